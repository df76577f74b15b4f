import { describe, expect, it } from "vitest";
import { clipRingToRectangle, largestPolygon, ringArea } from "./clip.js";
import type { Bounds, Position } from "./geometry.js";
import { geometryIssues } from "./validate-geometry.js";

const square: Position[] = [
  [7, 51],
  [8, 51],
  [8, 52],
  [7, 52],
  [7, 51],
];

/** A U open to the north: two arms 7.0–7.2 and 7.8–8.0 wide, joined by a base 51.0–51.2. */
const u: Position[] = [
  [7, 51],
  [8, 51],
  [8, 52],
  [7.8, 52],
  [7.8, 51.2],
  [7.2, 51.2],
  [7.2, 52],
  [7, 52],
  [7, 51],
];

function isClosed(ring: readonly Position[]): boolean {
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  return first[0] === last[0] && first[1] === last[1];
}

describe("ringArea", () => {
  it("computes the shoelace area regardless of direction", () => {
    expect(ringArea(square)).toBeCloseTo(1);
    expect(ringArea([...square].reverse())).toBeCloseTo(1);
    expect(ringArea(u)).toBeCloseTo(1 - 0.6 * 0.8);
    expect(ringArea([])).toBe(0);
  });
});

describe("clipRingToRectangle", () => {
  it("cuts a square into vertical strips that add up to the whole", () => {
    const strips: Bounds[] = [
      [7, 51, 7.25, 52],
      [7.25, 51, 7.5, 52],
      [7.5, 51, 8, 52],
    ];
    const pieces = strips.map((strip) => clipRingToRectangle(square, strip));
    expect(pieces.map((p) => ringArea(p!))).toEqual([expect.closeTo(0.25), expect.closeTo(0.25), expect.closeTo(0.5)]);
    for (const piece of pieces) {
      expect(isClosed(piece!)).toBe(true);
      expect(geometryIssues({ type: "Polygon", coordinates: [piece!] })).toEqual([]);
    }
    expect(pieces[0]).toEqual([
      [7, 51],
      [7.25, 51],
      [7.25, 52],
      [7, 52],
      [7, 51],
    ]);
  });

  it("returns the ring itself when the rectangle contains it, also for an open ring", () => {
    expect(ringArea(clipRingToRectangle(square, [6, 50, 9, 53])!)).toBeCloseTo(1);
    const clipped = clipRingToRectangle(square.slice(0, 4), [6, 50, 9, 53])!;
    expect(isClosed(clipped)).toBe(true);
    expect(clipped).toHaveLength(5);
  });

  it("clips a concave U by strips through the arms and through the gap", () => {
    // the western strip holds the west arm and part of the base
    expect(ringArea(clipRingToRectangle(u, [7, 51, 7.5, 52])!)).toBeCloseTo(0.2 * 1 + 0.3 * 0.2);
    // a strip over the gap holds only the base below it
    const gap = clipRingToRectangle(u, [7.3, 51, 7.7, 52])!;
    expect(ringArea(gap)).toBeCloseTo(0.4 * 0.2);
    for (const [, lat] of gap) expect(lat).toBeLessThanOrEqual(51.2 + 1e-12);
    // a band across both arms above the base: one ring, the pieces joined along the edge
    const band = clipRingToRectangle(u, [7, 51.5, 8, 51.7])!;
    expect(isClosed(band)).toBe(true);
    expect(ringArea(band)).toBeCloseTo(2 * 0.2 * 0.2);
  });

  it("returns null when nothing or no area remains", () => {
    expect(clipRingToRectangle(square, [9, 51, 10, 52])).toBeNull();
    expect(clipRingToRectangle(square, [8, 51, 9, 52])).toBeNull(); // touches along the east edge only
    expect(clipRingToRectangle(u, [7.3, 51.5, 7.7, 51.9])).toBeNull(); // inside the gap
    expect(clipRingToRectangle([], [7, 51, 8, 52])).toBeNull();
  });

  it("does not change its input", () => {
    const copy = structuredClone(u);
    clipRingToRectangle(u, [7, 51.5, 8, 51.7]);
    expect(u).toEqual(copy);
  });
});

describe("largestPolygon", () => {
  it("picks the outer ring of the largest polygon, counting holes", () => {
    const small: Position[] = [
      [9, 51],
      [9.5, 51],
      [9.5, 51.5],
      [9, 51],
    ];
    expect(largestPolygon({ type: "Polygon", coordinates: [square] })).toBe(square);
    expect(largestPolygon({ type: "MultiPolygon", coordinates: [[small], [square]] })).toBe(square);
    const hole: Position[] = [
      [7.01, 51.01],
      [7.99, 51.01],
      [7.99, 51.99],
      [7.01, 51.01],
    ];
    const big: Position[] = [
      [10, 50],
      [10.6, 50],
      [10.6, 50.6],
      [10, 50],
    ];
    // square minus its triangular hole: 1 - 0.48 = 0.52, more than big (0.18)
    expect(largestPolygon({ type: "MultiPolygon", coordinates: [[big], [square, hole]] })).toBe(square);
    const biggerHole: Position[] = [
      [7.01, 51.01],
      [7.99, 51.01],
      [7.99, 51.99],
      [7.01, 51.99],
      [7.01, 51.01],
    ];
    // square minus a hole of 0.96 leaves 0.04 < 0.18
    expect(largestPolygon({ type: "MultiPolygon", coordinates: [[square, biggerHole], [big]] })).toBe(big);
  });
});
