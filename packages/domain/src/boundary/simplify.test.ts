import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BoundaryGeometrySchema, polygonsOf, type BoundaryGeometry, type Position } from "./geometry.js";
import { displayTolerance, geometryBounds, geometrySize, simplifyGeometry } from "./simplify.js";
import { geometryIssues } from "./validate-geometry.js";

const nrwTowns = new URL("../../../../../shared/geodata/nrw-gemeinden-2021.geojson", import.meta.url);

/** A closed ring of `points` positions (plus the closing one) on a circle around Dülmen. */
function circle(points: number, radius = 0.05, [lon, lat]: Position = [7.26, 51.83]): Position[] {
  const ring = Array.from({ length: points }, (_, i): Position => {
    const angle = (2 * Math.PI * i) / points;
    return [lon + radius * Math.cos(angle), lat + radius * Math.sin(angle)];
  });
  return [...ring, ring[0]!];
}

function isClosed(ring: readonly Position[]): boolean {
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  return first[0] === last[0] && first[1] === last[1];
}

describe("simplifyGeometry", () => {
  it("shrinks a dense circle well below a fifth of its size and keeps it valid", () => {
    const dense: BoundaryGeometry = { type: "Polygon", coordinates: [circle(2000)] };
    const simplified = simplifyGeometry(dense, displayTolerance(geometryBounds(dense)));
    expect(geometrySize(simplified)).toBeLessThan(geometrySize(dense) * 0.2);
    expect(geometryIssues(simplified)).toEqual([]);
    const ring = simplified.coordinates[0] as Position[];
    expect(isClosed(ring)).toBe(true);
    expect(ring.length).toBeGreaterThan(20); // still round
    // every kept position lies on the circle (up to rounding)
    for (const [x, y] of ring) expect(Math.hypot(x - 7.26, y - 51.83)).toBeCloseTo(0.05, 4);
  });

  it("never changes its input", () => {
    const input: BoundaryGeometry = { type: "MultiPolygon", coordinates: [[circle(300), circle(50, 0.01)], [circle(40, 0.01, [7.5, 51.9])]] };
    const copy = structuredClone(input);
    simplifyGeometry(input, 0.01);
    expect(input).toEqual(copy);
  });

  it("rounds to 5 decimals, drops heights and removes positions that rounding merges", () => {
    const ring: Position[] = [
      [7.123456789, 51.8, 60],
      [7.3, 51.8, 60],
      [7.300001, 51.800001, 60],
      [7.3, 51.9, 60],
      [7.123456789, 51.8, 60],
    ];
    expect(simplifyGeometry({ type: "Polygon", coordinates: [ring] }, 0)).toEqual({
      type: "Polygon",
      coordinates: [
        [
          [7.12346, 51.8],
          [7.3, 51.8],
          [7.3, 51.9],
          [7.12346, 51.8],
        ],
      ],
    });
  });

  it("drops collinear positions even at tolerance 0 and keeps corners", () => {
    const square: Position[] = [
      [7.2, 51.8],
      [7.25, 51.8],
      [7.3, 51.8],
      [7.3, 51.9],
      [7.2, 51.9],
      [7.2, 51.8],
    ];
    expect(simplifyGeometry({ type: "Polygon", coordinates: [square] }, 0).coordinates).toEqual([
      [
        [7.2, 51.8],
        [7.3, 51.8],
        [7.3, 51.9],
        [7.2, 51.9],
        [7.2, 51.8],
      ],
    ]);
  });

  it("keeps a tiny outer ring with at least 4 positions but drops a tiny hole", () => {
    const island = circle(200, 0.001, [7.5, 51.9]);
    const geometry: BoundaryGeometry = {
      type: "MultiPolygon",
      coordinates: [
        [circle(500), circle(200, 0.001)],
        [island],
      ],
    };
    const simplified = simplifyGeometry(geometry, 0.01);
    expect(geometryIssues(simplified)).toEqual([]);
    const [main, small] = polygonsOf(simplified);
    expect(main).toHaveLength(1); // the hole is gone
    expect(small).toHaveLength(1);
    expect(small![0]!.length).toBeGreaterThanOrEqual(4);
    expect(small![0]!.length).toBeLessThan(island.length / 4); // simplified with a smaller tolerance, not kept whole
    expect(isClosed(small![0]!)).toBe(true);
  });

  it("keeps every ring of random shapes closed and with at least 4 positions", () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let n = 0; n < 50; n += 1) {
      const points = 3 + Math.floor(random() * 200);
      const ring = circle(points, 0.01 + random() * 0.2).map(([x, y]): Position => [x + random() * 0.01, y + random() * 0.01]);
      ring[ring.length - 1] = ring[0]!;
      const simplified = simplifyGeometry({ type: "Polygon", coordinates: [ring] }, random() * 0.1);
      for (const rings of polygonsOf(simplified)) {
        for (const r of rings) {
          expect(isClosed(r)).toBe(true);
          expect(r.length).toBeGreaterThanOrEqual(4);
        }
      }
    }
  });

  it.skipIf(!existsSync(nrwTowns))("keeps the 11 towns of Kreis Coesfeld valid and under 50 KB at display tolerance", () => {
    const collection = JSON.parse(readFileSync(nrwTowns, "utf8")) as {
      features: { properties: { ags: string }; geometry: unknown }[];
    };
    const towns = collection.features
      .filter((f) => f.properties.ags.startsWith("05558"))
      .map((f) => BoundaryGeometrySchema.parse(f.geometry));
    expect(towns).toHaveLength(11);
    const bounds = towns.map(geometryBounds).reduce((a, b) => [
      Math.min(a[0], b[0]),
      Math.min(a[1], b[1]),
      Math.max(a[2], b[2]),
      Math.max(a[3], b[3]),
    ]);
    const tolerance = displayTolerance(bounds);
    let total = 0;
    for (const town of towns) {
      const simplified = simplifyGeometry(town, tolerance);
      expect(geometryIssues(simplified)).toEqual([]);
      expect(geometrySize(simplified)).toBeLessThanOrEqual(geometrySize(town));
      total += geometrySize(simplified);
    }
    expect(total).toBeLessThan(50 * 1024);
  });
});

describe("geometryBounds / geometrySize / displayTolerance", () => {
  it("finds the bounding box over all polygons", () => {
    const geometry: BoundaryGeometry = {
      type: "MultiPolygon",
      coordinates: [[circle(4, 0.1)], [circle(4, 0.1, [7.5, 52])]],
    };
    const [west, south, east, north] = geometryBounds(geometry);
    expect(west).toBeCloseTo(7.16);
    expect(south).toBeCloseTo(51.73);
    expect(east).toBeCloseTo(7.6);
    expect(north).toBeCloseTo(52.1);
    expect(geometryBounds({ type: "Polygon", coordinates: [[]] })).toEqual([Infinity, Infinity, -Infinity, -Infinity]);
  });

  it("measures the JSON size in bytes", () => {
    const geometry: BoundaryGeometry = { type: "Polygon", coordinates: [[[7, 51], [8, 51], [8, 52], [7, 51]]] };
    expect(geometrySize(geometry)).toBe(JSON.stringify(geometry).length);
  });

  it("derives the tolerance from the larger side of the box", () => {
    expect(displayTolerance([7, 51.7, 7.8, 52])).toBeCloseTo(0.0004);
    expect(displayTolerance([7, 51, 7.2, 52])).toBeCloseTo(0.0005);
    expect(displayTolerance([7, 51, 7, 51])).toBe(0);
    expect(displayTolerance([Infinity, Infinity, -Infinity, -Infinity])).toBe(0);
  });
});
