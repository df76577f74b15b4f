import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BoundaryGeometry } from "./geometry.js";
import { containsPoint, interiorPoint } from "./point.js";

// A U-shaped town: its bounding box's centre lies outside, in the gap between the arms.
const uShape: BoundaryGeometry = {
  type: "Polygon",
  coordinates: [[[7.0, 51.0], [7.3, 51.0], [7.3, 51.3], [7.2, 51.3], [7.2, 51.1], [7.1, 51.1], [7.1, 51.3], [7.0, 51.3], [7.0, 51.0]]],
};
// A square with a hole in the middle, and a tiny exclave.
const withHole: BoundaryGeometry = {
  type: "MultiPolygon",
  coordinates: [
    [[[8.0, 52.0], [8.01, 52.0], [8.01, 52.01], [8.0, 52.01], [8.0, 52.0]]],
    [
      [[7.0, 51.0], [7.4, 51.0], [7.4, 51.4], [7.0, 51.4], [7.0, 51.0]],
      [[7.05, 51.05], [7.35, 51.05], [7.35, 51.35], [7.05, 51.35], [7.05, 51.05]],
    ],
  ],
};

describe("containsPoint", () => {
  it("knows inside, outside and holes", () => {
    expect(containsPoint(uShape, [7.05, 51.2])).toBe(true);
    expect(containsPoint(uShape, [7.15, 51.2])).toBe(false);
    expect(containsPoint(withHole, [7.02, 51.2])).toBe(true);
    expect(containsPoint(withHole, [7.2, 51.2])).toBe(false);
    expect(containsPoint(withHole, [8.005, 52.005])).toBe(true);
    expect(containsPoint(withHole, [9, 52])).toBe(false);
  });
});

describe("interiorPoint", () => {
  it("always lies inside, also for concave shapes and shapes with holes", () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), (seed) => {
        expect(containsPoint(uShape, interiorPoint(uShape, seed))).toBe(true);
        expect(containsPoint(withHole, interiorPoint(withHole, seed))).toBe(true);
      }),
    );
  });

  it("is the same for the same seed and spreads for different seeds, in the largest polygon", () => {
    expect(interiorPoint(withHole, 0.25)).toEqual(interiorPoint(withHole, 0.25));
    const points = [0.1, 0.35, 0.6, 0.85].map((seed) => interiorPoint(uShape, seed).join(","));
    expect(new Set(points).size).toBe(4);
    const [lon] = interiorPoint(withHole, 0.5);
    expect(lon).toBeLessThan(7.5);
  });
});
