import { describe, expect, it } from "vitest";
import {
  BoundaryGeometrySchema,
  LinearRingSchema,
  MultiPolygonSchema,
  PolygonSchema,
  PositionSchema,
  polygonsOf,
  type Position,
} from "./geometry.js";

const ring: Position[] = [
  [7.2, 51.8],
  [7.3, 51.8],
  [7.3, 51.9],
  [7.2, 51.8],
];

describe("PositionSchema", () => {
  it("accepts longitude and latitude, optionally with a height", () => {
    expect(PositionSchema.parse([7.26, 51.83])).toEqual([7.26, 51.83]);
    expect(PositionSchema.parse([7.26, 51.83, 60])).toEqual([7.26, 51.83, 60]);
  });

  it("rejects too few or too many numbers and non-finite or non-numeric values", () => {
    for (const bad of [[7.26], [7.26, 51.83, 60, 1], [7.26, Number.NaN], [Infinity, 51.83], ["7.26", 51.83], "7.26,51.83", null]) {
      expect(PositionSchema.safeParse(bad).success).toBe(false);
    }
  });

  it("explains the expected form in German", () => {
    const r = PositionSchema.safeParse([7.26]);
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toEqual([
      "Eine Position besteht aus Länge und Breite (und höchstens einer Höhe), z. B. [7.26, 51.83].",
    ]);
  });
});

describe("ring, polygon and multipolygon schemas", () => {
  it("check the shape only, not the geometric rules", () => {
    // open and too short, but well-formed: geometryIssues reports that
    expect(LinearRingSchema.parse([[7.2, 51.8]])).toHaveLength(1);
    expect(PolygonSchema.parse({ type: "Polygon", coordinates: [[]] }).coordinates).toEqual([[]]);
  });

  it("need at least one ring or polygon", () => {
    expect(PolygonSchema.safeParse({ type: "Polygon", coordinates: [] }).success).toBe(false);
    expect(MultiPolygonSchema.safeParse({ type: "MultiPolygon", coordinates: [] }).success).toBe(false);
    expect(MultiPolygonSchema.safeParse({ type: "MultiPolygon", coordinates: [[]] }).success).toBe(false);
    expect(MultiPolygonSchema.parse({ type: "MultiPolygon", coordinates: [[ring], [ring]] }).coordinates).toHaveLength(2);
  });

  it("tells Polygon and MultiPolygon apart and rejects other geometries", () => {
    expect(BoundaryGeometrySchema.parse({ type: "Polygon", coordinates: [ring] }).type).toBe("Polygon");
    expect(BoundaryGeometrySchema.parse({ type: "MultiPolygon", coordinates: [[ring]] }).type).toBe("MultiPolygon");
    // a Polygon's coordinates are one level shallower than a MultiPolygon's
    expect(BoundaryGeometrySchema.safeParse({ type: "MultiPolygon", coordinates: [ring] }).success).toBe(false);
    const point = BoundaryGeometrySchema.safeParse({ type: "Point", coordinates: [7.26, 51.83] });
    expect(point.success ? [] : point.error.issues.map((i) => i.message)).toEqual([
      "Die Geometrie muss ein Polygon oder ein MultiPolygon sein.",
    ]);
  });

  it("drops unknown members", () => {
    expect(BoundaryGeometrySchema.parse({ type: "Polygon", coordinates: [ring], bbox: [1, 2, 3, 4] })).toEqual({
      type: "Polygon",
      coordinates: [ring],
    });
  });
});

describe("polygonsOf", () => {
  it("walks Polygon and MultiPolygon alike", () => {
    expect(polygonsOf({ type: "Polygon", coordinates: [ring] })).toEqual([[ring]]);
    expect(polygonsOf({ type: "MultiPolygon", coordinates: [[ring], [ring]] })).toHaveLength(2);
  });
});
