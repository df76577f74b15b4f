import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BoundaryGeometrySchema, type BoundaryGeometry, type Position } from "./geometry.js";
import { GERMANY_BOUNDS, MAX_BOUNDARY_UPLOAD_BYTES, MAX_GEOMETRY_ISSUES, geometryIssues } from "./validate-geometry.js";

const nrwTowns = new URL("../../../../../shared/geodata/nrw-gemeinden-2021.geojson", import.meta.url);

/** A closed square ring of the given size with its south-west corner at [west, south]. */
function square(west: number, south: number, size = 0.1): Position[] {
  return [
    [west, south],
    [west + size, south],
    [west + size, south + size],
    [west, south + size],
    [west, south],
  ];
}

const polygon = (...rings: Position[][]): BoundaryGeometry => ({ type: "Polygon", coordinates: rings });

describe("geometryIssues", () => {
  it("finds nothing wrong in a closed square in Dülmen, with and without a hole", () => {
    expect(geometryIssues(polygon(square(7.2, 51.8)))).toEqual([]);
    expect(geometryIssues(polygon(square(7.2, 51.8), square(7.22, 51.82, 0.02)))).toEqual([]);
    expect(geometryIssues({ type: "MultiPolygon", coordinates: [[square(7.2, 51.8)], [square(7.4, 51.8)]] })).toEqual([]);
  });

  it("reports an unclosed ring, naming polygon and ring", () => {
    const open = square(7.2, 51.8).slice(0, 4);
    expect(geometryIssues(polygon(open))).toEqual([
      "Ring 1: der Ring ist nicht geschlossen (erster und letzter Punkt müssen gleich sein).",
    ]);
    expect(geometryIssues({ type: "MultiPolygon", coordinates: [[square(7.4, 51.8)], [open]] })).toEqual([
      "Polygon 2, Ring 1: der Ring ist nicht geschlossen (erster und letzter Punkt müssen gleich sein).",
    ]);
  });

  it("compares only longitude and latitude when checking closure", () => {
    const ring = square(7.2, 51.8);
    ring[ring.length - 1] = [7.2, 51.8, 55];
    expect(geometryIssues(polygon(ring))).toEqual([]);
  });

  it("reports rings with fewer than 4 positions", () => {
    const triangle: Position[] = [
      [7.2, 51.8],
      [7.3, 51.8],
      [7.2, 51.8],
    ];
    expect(geometryIssues(polygon(square(7.2, 51.8), triangle))).toEqual([
      "Ring 2: der Ring hat nur 3 Punkte; ein Ring braucht mindestens 4 (der letzte wiederholt den ersten).",
    ]);
    expect(geometryIssues(polygon([]))).toEqual([
      "Ring 1: der Ring hat keine Punkte; ein Ring braucht mindestens 4 (der letzte wiederholt den ersten).",
    ]);
    expect(geometryIssues(polygon([[7.2, 51.8], [7.3, 51.8]]))).toHaveLength(2); // too short and open
  });

  it("reports out-of-range coordinates, naming the bad value", () => {
    const ring = square(7.2, 51.8);
    ring[2] = [200, 51.9];
    expect(geometryIssues(polygon(ring))).toEqual(["Ring 1, Punkt 3: die Länge 200 liegt nicht zwischen -180 und 180."]);
    ring[2] = [7.3, -91];
    expect(geometryIssues(polygon(ring))).toEqual(["Ring 1, Punkt 3: die Breite -91 liegt nicht zwischen -90 und 90."]);
  });

  it("recognises metres of a projected system and reports each ring once", () => {
    // Dülmen in UTM zone 32N (EPSG:25832)
    const utm: Position[] = [
      [379000, 5743000],
      [386000, 5743000],
      [386000, 5750000],
      [379000, 5743000],
    ];
    const issues = geometryIssues(polygon(utm));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^Ring 1, Punkt 1: die Länge 379000 liegt nicht zwischen -180 und 180 und die Breite 5743000/);
    expect(issues[0]).toContain("UTM");
    expect(issues[0]).toContain("Gauß-Krüger");
    expect(issues[0]).toContain("WGS 84");
    expect(issues[0]).toMatch(/Ebenso 3 weitere Punkte dieses Rings\.$/);
  });

  it("reports positions outside Germany and hints at swapped longitude and latitude", () => {
    const swapped = square(7.2, 51.8).map(([lon, lat]): Position => [lat, lon]);
    expect(geometryIssues(polygon(swapped))).toEqual([
      "Ring 1, Punkt 1: [51.8, 7.2] liegt außerhalb Deutschlands (Länge 5,5° bis 15,5°, Breite 47° bis 55,2°). " +
        "Sind Länge und Breite vertauscht? GeoJSON erwartet [Länge, Breite], z. B. [7.26, 51.83] für Dülmen. " +
        "Ebenso 4 weitere Punkte dieses Rings.",
    ]);
  });

  it("reports positions outside Germany without the hint where swapping would not help", () => {
    const paris = square(2.3, 48.8);
    const [issue] = geometryIssues(polygon(paris));
    expect(issue).toContain("[2.3, 48.8] liegt außerhalb Deutschlands");
    expect(issue).not.toContain("vertauscht");
    const border = square(7.2, 51.8);
    border[1] = [5.4, 51.8]; // just west of the margin
    expect(geometryIssues(polygon(border))).toEqual([
      "Ring 1, Punkt 2: [5.4, 51.8] liegt außerhalb Deutschlands (Länge 5,5° bis 15,5°, Breite 47° bis 55,2°).",
    ]);
  });

  it("accepts positions on the edge of the German bounding box", () => {
    const [west, south, east, north] = GERMANY_BOUNDS;
    const edge: Position[] = [
      [west, south],
      [east, south],
      [east, north],
      [west, south],
    ];
    expect(geometryIssues(polygon(edge))).toEqual([]);
  });

  it("stops after the maximum and says there are more", () => {
    const open = square(7.2, 51.8).slice(0, 4);
    const many: BoundaryGeometry = { type: "MultiPolygon", coordinates: Array.from({ length: 30 }, () => [open]) };
    const issues = geometryIssues(many);
    expect(issues).toHaveLength(MAX_GEOMETRY_ISSUES + 1);
    expect(issues[MAX_GEOMETRY_ISSUES - 1]).toMatch(/^Polygon 20, Ring 1:/);
    expect(issues[MAX_GEOMETRY_ISSUES]).toBe("… und weitere Probleme.");
    const exactly: BoundaryGeometry = { type: "MultiPolygon", coordinates: Array.from({ length: 20 }, () => [open]) };
    expect(geometryIssues(exactly)).toHaveLength(MAX_GEOMETRY_ISSUES);
  });

  it("limits uploads to 5 MiB", () => {
    expect(MAX_BOUNDARY_UPLOAD_BYTES).toBe(5_242_880);
  });

  it.skipIf(!existsSync(nrwTowns))("finds nothing wrong in the official boundaries of the 396 NRW municipalities", () => {
    const collection = JSON.parse(readFileSync(nrwTowns, "utf8")) as { features: { geometry: unknown }[] };
    expect(collection.features).toHaveLength(396);
    for (const feature of collection.features) {
      expect(geometryIssues(BoundaryGeometrySchema.parse(feature.geometry))).toEqual([]);
    }
  });
});
