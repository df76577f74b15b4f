import { ringArea } from "./clip.js";
import type { BoundaryGeometry, LinearRing, Position } from "./geometry.js";
import { polygonsOf } from "./geometry.js";
import { geometryBounds } from "./simplify.js";

/** Whether the point lies inside the ring (even–odd rule; a point on an edge may go either way). */
function ringContains(ring: readonly Position[], lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Whether a point `[longitude, latitude]` lies inside the geometry: inside an outer ring and
 * in none of that polygon's holes. Planar in degrees, which is exact enough for towns.
 *
 * @example
 * containsPoint(duelmen, [7.2836, 51.8307]); // true: Dülmen's market square
 */
export function containsPoint(geometry: BoundaryGeometry, [lon, lat]: readonly [number, number, ...number[]]): boolean {
  return polygonsOf(geometry).some(([outer = [], ...holes]) => ringContains(outer, lon, lat) && !holes.some((hole) => ringContains(hole, lon, lat)));
}

/** Where a horizontal line at `lat` crosses the rings, sorted west to east: inside between pairs. */
function crossings(rings: readonly LinearRing[], lat: number): number[] {
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > lat !== yj > lat) xs.push(xi + ((lat - yi) * (xj - xi)) / (yj - yi));
    }
  }
  return xs.sort((a, b) => a - b);
}

const fraction = (value: number): number => value - Math.floor(value);

/**
 * A point that certainly lies inside the geometry, the same for the same `seed` (any number):
 * on a horizontal line through the largest polygon, at a height chosen by the seed between 20 %
 * and 80 % of its extent, inside the widest stretch of that line that lies in the polygon and
 * outside its holes. Different seeds spread points over the area, e.g. invented demo locations
 * inside their town; `seed` 0.5 gives a point near the middle, useful for a label.
 *
 * @example
 * const [lon, lat] = interiorPoint(duelmen, 0.37);
 * containsPoint(duelmen, [lon, lat]); // true
 */
export function interiorPoint(geometry: BoundaryGeometry, seed = 0.5): [longitude: number, latitude: number] {
  let largest: LinearRing[] = [];
  let largestArea = -1;
  for (const rings of polygonsOf(geometry)) {
    const [outer = [], ...holes] = rings;
    const area = ringArea(outer) - holes.reduce((sum, hole) => sum + ringArea(hole), 0);
    if (area > largestArea) {
      largest = rings;
      largestArea = area;
    }
  }
  const polygon: BoundaryGeometry = { type: "Polygon", coordinates: largest };
  const [west, south, east, north] = geometryBounds(polygon);
  const heights = [0.2 + 0.6 * fraction(seed), 0.5, 0.3, 0.7, 0.41, 0.59];
  for (const height of heights) {
    const lat = south + (north - south) * height;
    const xs = crossings(largest, lat);
    let best: [number, number] | null = null;
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const a = xs[i] ?? 0;
      const b = xs[i + 1] ?? 0;
      if (b > a && (best === null || b - a > best[1] - best[0])) best = [a, b];
    }
    if (best === null) continue;
    const lon = best[0] + (best[1] - best[0]) * (0.3 + 0.4 * fraction(seed * 7.31 + 0.17));
    if (containsPoint(polygon, [lon, lat])) return [lon, lat];
  }
  return [(west + east) / 2, (south + north) / 2];
}
