import type { BoundaryGeometry, Bounds, LinearRing, Position } from "./geometry.js";
import { polygonsOf } from "./geometry.js";

/**
 * The area enclosed by a ring (shoelace formula), in square degrees, regardless of the ring's
 * direction. Planar in longitude and latitude, so good for comparing shapes that lie close
 * together, not for square kilometres.
 *
 * @example
 * ringArea([[7, 51], [8, 51], [8, 52], [7, 52], [7, 51]]); // 1
 */
export function ringArea(ring: readonly Position[]): number {
  let twice = 0;
  for (let i = 0; i < ring.length; i += 1) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    twice += x1 * y2 - x2 * y1;
  }
  return Math.abs(twice) / 2;
}

/**
 * The outer ring of the geometry's largest polygon (area of the outer ring minus its holes),
 * e.g. to draw schematic social areas inside a town's main area and not in an exclave. For a
 * Polygon that is its outer ring. The ring is returned as it is, not copied.
 *
 * @example
 * largestPolygon({ type: "MultiPolygon", coordinates: [exclave, mainArea] }); // mainArea[0]
 */
export function largestPolygon(geometry: BoundaryGeometry): LinearRing {
  let best: LinearRing = [];
  let bestArea = -1;
  for (const rings of polygonsOf(geometry)) {
    const [outer = [], ...holes] = rings;
    const area = ringArea(outer) - holes.reduce((sum, hole) => sum + ringArea(hole), 0);
    if (area > bestArea) {
      best = outer;
      bestArea = area;
    }
  }
  return best;
}

/** Keeps the part of an open ring on the inner side of one rectangle edge. */
function clipAgainst(
  points: readonly Position[],
  isInside: (p: Position) => boolean,
  crossing: (a: Position, b: Position) => Position,
): Position[] {
  const result: Position[] = [];
  for (let i = 0; i < points.length; i += 1) {
    const current = points[i]!;
    const previous = points[(i + points.length - 1) % points.length]!;
    if (isInside(current)) {
      if (!isInside(previous)) result.push(crossing(previous, current));
      result.push(current);
    } else if (isInside(previous)) {
      result.push(crossing(previous, current));
    }
  }
  return result;
}

/** Where the segment a–b crosses the vertical line at x. */
function atX(a: Position, b: Position, x: number): Position {
  const t = (x - a[0]) / (b[0] - a[0]);
  return [x, a[1] + t * (b[1] - a[1])];
}

/** Where the segment a–b crosses the horizontal line at y. */
function atY(a: Position, b: Position, y: number): Position {
  const t = (y - a[1]) / (b[1] - a[1]);
  return [a[0] + t * (b[0] - a[0]), y];
}

/**
 * The part of a ring inside an axis-aligned rectangle `[west, south, east, north]`
 * (Sutherland–Hodgman), as a closed ring; `null` when fewer than 3 distinct points or no area
 * remain. Works for concave rings; where the ring leaves and re-enters the rectangle (a U cut
 * through both arms) the pieces stay one ring, joined by zero-width edges along the rectangle's
 * side, which fills correctly on a map. Used to draw schematic social areas as vertical strips
 * of a town's bounding box cut to the town's real outline. Heights are dropped.
 *
 * @example
 * const [west, south, east, north] = geometryBounds(town);
 * const middle = (west + east) / 2;
 * clipRingToRectangle(largestPolygon(town), [west, south, middle, north]); // the western half
 */
export function clipRingToRectangle(ring: readonly Position[], rectangle: Bounds): Position[] | null {
  const [west, south, east, north] = rectangle;
  let points: Position[] = ring.map(([lon, lat]): Position => [lon, lat]);
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length > 1 && first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1]) {
    points.pop();
  }
  points = clipAgainst(points, (p) => p[0] >= west, (a, b) => atX(a, b, west));
  points = clipAgainst(points, (p) => p[0] <= east, (a, b) => atX(a, b, east));
  points = clipAgainst(points, (p) => p[1] >= south, (a, b) => atY(a, b, south));
  points = clipAgainst(points, (p) => p[1] <= north, (a, b) => atY(a, b, north));

  const result = points.filter((p, i) => {
    const previous = points[(i + points.length - 1) % points.length]!;
    return points.length === 1 || p[0] !== previous[0] || p[1] !== previous[1];
  });
  const distinct = new Set(result.map(([lon, lat]) => `${lon},${lat}`));
  if (distinct.size < 3 || ringArea(result) === 0) return null;
  return [...result, [result[0]![0], result[0]![1]]];
}
