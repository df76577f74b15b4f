import type { BoundaryGeometry, Bounds, LinearRing, Position } from "./geometry.js";
import { polygonsOf } from "./geometry.js";

/** Decimal places kept by {@link simplifyGeometry}: 5 decimals are about a metre. */
const DECIMALS = 1e5;

function round(value: number): number {
  return Math.round(value * DECIMALS) / DECIMALS;
}

/** Squared distance from p to the segment a–b (to a when a and b coincide). */
function squaredSegmentDistance(p: Position, a: Position, b: Position): number {
  let [x, y] = a;
  const dx = b[0] - x;
  const dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0] - x) * dx + (p[1] - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      [x, y] = b;
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  return (p[0] - x) ** 2 + (p[1] - y) ** 2;
}

/**
 * Douglas–Peucker on a line whose first and last positions stay: iterative, so that long
 * rings do not exhaust the call stack. On a closed ring the first "segment" is a single
 * point, so the first split happens at the position farthest from the start.
 */
function douglasPeucker(points: LinearRing, tolerance: number): Position[] {
  const last = points.length - 1;
  if (last < 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[last] = 1;
  const limit = tolerance * tolerance;
  const stack: [number, number][] = [[0, last]];
  for (let span = stack.pop(); span !== undefined; span = stack.pop()) {
    const [from, to] = span;
    let farthest = -1;
    let maxDistance = -1;
    for (let i = from + 1; i < to; i += 1) {
      const distance = squaredSegmentDistance(points[i]!, points[from]!, points[to]!);
      if (distance > maxDistance) {
        maxDistance = distance;
        farthest = i;
      }
    }
    if (farthest !== -1 && maxDistance > limit) {
      keep[farthest] = 1;
      stack.push([from, farthest], [farthest, to]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** Rounded 2-D copies, without consecutive duplicates that rounding may create. */
function roundRing(ring: readonly Position[]): Position[] {
  const result: Position[] = [];
  for (const position of ring) {
    const rounded: Position = [round(position[0]), round(position[1])];
    const previous = result[result.length - 1];
    if (previous === undefined || previous[0] !== rounded[0] || previous[1] !== rounded[1]) result.push(rounded);
  }
  return result;
}

/** Closes a ring whose last position differs from its first (e.g. after dropping duplicates). */
function closeRing(ring: Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first !== undefined && last !== undefined && (first[0] !== last[0] || first[1] !== last[1])) {
    return [...ring, [first[0], first[1]]];
  }
  return ring;
}

function simplifyRing(ring: LinearRing, tolerance: number): Position[] | null {
  const simplified = closeRing(roundRing(douglasPeucker(ring, tolerance)));
  return simplified.length >= 4 ? simplified : null;
}

/**
 * An outer ring must not vanish from the map: halve the tolerance until the ring keeps 4
 * positions; a ring that even rounding collapses (under a metre across) keeps its original
 * positions.
 */
function simplifyOuterRing(ring: LinearRing, tolerance: number): Position[] {
  for (let t = tolerance / 2; t > 1 / DECIMALS / 100; t /= 2) {
    const simplified = simplifyRing(ring, t);
    if (simplified !== null) return simplified;
  }
  return simplifyRing(ring, 0) ?? ring.map(([lon, lat]): Position => [lon, lat]);
}

function simplifyPolygon(rings: readonly LinearRing[], tolerance: number): Position[][] {
  const result: Position[][] = [];
  for (const [r, ring] of rings.entries()) {
    const simplified = simplifyRing(ring, tolerance);
    if (simplified !== null) {
      result.push(simplified);
    } else if (r === 0) {
      result.push(simplifyOuterRing(ring, tolerance));
    }
    // a hole that collapses at this tolerance is too small to see: drop it
  }
  return result;
}

/**
 * A simplified copy of a boundary for display: Douglas–Peucker per ring with the tolerance in
 * degrees, coordinates rounded to 5 decimals (about a metre) and heights dropped. Rings stay
 * closed with at least 4 positions: an outer ring that would collapse is simplified with a
 * smaller tolerance instead (and keeps its original positions if even that fails), a hole that
 * would collapse is dropped. Distances are measured in plain degrees, and the
 * result may self-intersect where the tolerance is large against the shape's details. Pure: the
 * input is never changed.
 *
 * @example
 * simplifyGeometry(geometry, displayTolerance(geometryBounds(geometry)));
 */
export function simplifyGeometry(geometry: BoundaryGeometry, toleranceDegrees: number): BoundaryGeometry {
  const tolerance = Number.isFinite(toleranceDegrees) && toleranceDegrees > 0 ? toleranceDegrees : 0;
  if (geometry.type === "Polygon") {
    return { type: "Polygon", coordinates: simplifyPolygon(geometry.coordinates, tolerance) };
  }
  return {
    type: "MultiPolygon",
    coordinates: geometry.coordinates.map((rings) => simplifyPolygon(rings, tolerance)),
  };
}

/**
 * The bounding box of a geometry, `[west, south, east, north]`. A geometry without positions
 * (which {@link geometryIssues} rejects) gives the empty box `[Infinity, Infinity, -Infinity,
 * -Infinity]`.
 *
 * @example
 * geometryBounds(dülmen); // [7.12…, 51.75…, 7.39…, 51.92…]
 */
export function geometryBounds(geometry: BoundaryGeometry): Bounds {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const rings of polygonsOf(geometry)) {
    for (const ring of rings) {
      for (const [lon, lat] of ring) {
        if (lon < west) west = lon;
        if (lon > east) east = lon;
        if (lat < south) south = lat;
        if (lat > north) north = lat;
      }
    }
  }
  return [west, south, east, north];
}

/**
 * The size of a geometry as JSON, in bytes (UTF-8), e.g. to check that simplified boundaries
 * stay small enough to send to a browser.
 *
 * @example
 * geometrySize(simplifyGeometry(geometry, 0.001)) < geometrySize(geometry); // usually true
 */
export function geometrySize(geometry: BoundaryGeometry): number {
  let bytes = 0;
  for (const character of JSON.stringify(geometry)) {
    const code = character.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/**
 * A simplification tolerance in degrees that keeps shapes recognisable when the whole area of
 * `bounds` fills a map of about county size on screen: 1/2000 of the larger side of the box
 * (for Kreis Coesfeld, about 0.7° wide, some 0.00035°, i.e. 25–40 m). 0 for an empty or
 * degenerate box.
 *
 * @example
 * simplifyGeometry(town, displayTolerance(geometryBounds(county)));
 */
export function displayTolerance(bounds: Bounds): number {
  const [west, south, east, north] = bounds;
  const side = Math.max(east - west, north - south);
  return Number.isFinite(side) && side > 0 ? side / 2000 : 0;
}
