import { describe, expect, it } from "vitest";
import { BKG_ATTRIBUTION, BoundaryInputSchema, BoundarySchema } from "./boundary.js";

const boundaryId = "2b7f4c1e-6a0a-4c8e-9a55-2f1d2f0c9e13";
const townId = "1b7f4c1e-6a0a-4c8e-9a55-2f1d2f0c9e12";

const duelmen = {
  territoryId: townId,
  geometry: {
    type: "Polygon" as const,
    coordinates: [
      [
        [7.2, 51.8],
        [7.3, 51.8],
        [7.3, 51.9],
        [7.2, 51.9],
        [7.2, 51.8],
      ],
    ],
  },
  validFrom: "2021-01-01",
  validTo: null,
  source: BKG_ATTRIBUTION,
  schematic: false,
};

function issues(input: unknown): { path: string; message: string }[] {
  const r = BoundaryInputSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}

describe("BoundaryInputSchema", () => {
  it("accepts an official and a schematic boundary", () => {
    expect(BoundaryInputSchema.parse(duelmen).geometry.type).toBe("Polygon");
    expect(BoundaryInputSchema.parse({ ...duelmen, source: "  Skizze Jugendamt Kreis Coesfeld ", schematic: true }).source).toBe(
      "Skizze Jugendamt Kreis Coesfeld",
    );
  });

  it("reports each broken geometry rule on geometry", () => {
    const open = { type: "Polygon", coordinates: [duelmen.geometry.coordinates[0]!.slice(0, 4)] };
    expect(issues({ ...duelmen, geometry: open })).toEqual([
      { path: "geometry", message: "Ring 1: der Ring ist nicht geschlossen (erster und letzter Punkt müssen gleich sein)." },
    ]);
    const swapped = { type: "Polygon", coordinates: [duelmen.geometry.coordinates[0]!.map(([lon, lat]) => [lat, lon])] };
    expect(issues({ ...duelmen, geometry: swapped })[0]?.message).toContain("vertauscht");
  });

  it("rejects geometries that are not areas", () => {
    expect(issues({ ...duelmen, geometry: { type: "Point", coordinates: [7.26, 51.83] } })).toEqual([
      { path: "geometry.type", message: "Die Geometrie muss ein Polygon oder ein MultiPolygon sein." },
    ]);
  });

  it("rejects a validity period that ends before it starts", () => {
    expect(issues({ ...duelmen, validFrom: "2021-01-01", validTo: "2020-12-31" })).toEqual([
      { path: "validTo", message: "Das Ende der Gültigkeit liegt vor ihrem Beginn." },
    ]);
    expect(issues({ ...duelmen, validTo: "2021-01-01" })).toEqual([]);
  });

  it("requires a source note of reasonable length", () => {
    expect(issues({ ...duelmen, source: "  " })).toEqual([
      { path: "source", message: "Bitte die Quelle der Grenze angeben, z. B. „© GeoBasis-DE / BKG 2021 (Daten verändert)“." },
    ]);
    expect(issues({ ...duelmen, source: "x".repeat(501) })).toHaveLength(1);
    expect(issues({ ...duelmen, schematic: undefined })).toHaveLength(1);
    expect(issues({ ...duelmen, territoryId: "Dülmen" })).toHaveLength(1);
  });

  it("stored boundaries need an id", () => {
    expect(BoundarySchema.safeParse(duelmen).success).toBe(false);
    expect(BoundarySchema.parse({ ...duelmen, id: boundaryId }).id).toBe(boundaryId);
  });

  it("carries the BKG source note", () => {
    expect(BKG_ATTRIBUTION).toBe("© GeoBasis-DE / BKG 2021 (Daten verändert)");
  });
});
