import { describe, expect, it } from "vitest";
import { centreOf, containsPoint, distanceKm, fitProjection, kmToMapUnits, project, svgPath, unproject } from "./geo.js";

// A square of about 1.4 × 2.2 km around Dülmen's market, with a square hole in the middle.
const ring = [[7.27, 51.82], [7.29, 51.82], [7.29, 51.84], [7.27, 51.84], [7.27, 51.82]] as [number, number][];
const hole = [[7.279, 51.829], [7.281, 51.829], [7.281, 51.831], [7.279, 51.831], [7.279, 51.829]] as [number, number][];
const square = { type: "Polygon", coordinates: [ring, hole] };

describe("geometry for the results map", () => {
  it("finds points inside a polygon, holes excluded, and a centre for 'within 5 km of'", () => {
    expect(containsPoint(square, [7.275, 51.835])).toBe(true);
    expect(containsPoint(square, [7.28, 51.83])).toBe(false);
    expect(containsPoint({ type: "MultiPolygon", coordinates: [[ring]] }, [7.3, 51.83])).toBe(false);
    const centre = centreOf(square);
    expect(centre?.latitude).toBeCloseTo(51.83, 6);
    expect(centre?.longitude).toBeCloseTo(7.28, 6);
    expect(centreOf({ type: "Point", coordinates: [7, 51] })).toBeNull();
  });

  it("measures distances as the API's near filter does", () => {
    expect(distanceKm({ latitude: 51.8307, longitude: 7.2836 }, { latitude: 51.8407, longitude: 7.2836 })).toBeCloseTo(1.112, 2);
    expect(distanceKm({ latitude: 51.8307, longitude: 7.2836 }, { latitude: 51.8584, longitude: 7.4347 })).toBeCloseTo(10.83, 1);
  });

  it("projects true to shape into the map's width, and back for a picked point", () => {
    const projection = fitProjection([7.27, 51.82, 7.29, 51.84], 600);
    expect(projection.width).toBe(600);
    // 2 km of latitude against 1.38 km of longitude: taller than wide.
    expect(projection.height).toBeGreaterThan(800);
    const { x, y } = project(projection, { latitude: 51.83, longitude: 7.28 });
    expect(x).toBeCloseTo(300, 0);
    expect(unproject(projection, x, y).latitude).toBeCloseTo(51.83, 8);
    expect(kmToMapUnits(projection, 1)).toBeCloseTo(projection.scale / 111.32, 6);
    expect(svgPath(projection, square)).toMatch(/^M12,\d+(\.\d)?L.*ZM.*Z$/);
  });
});
