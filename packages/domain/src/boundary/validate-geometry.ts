import type { BoundaryGeometry, Bounds, LinearRing } from "./geometry.js";
import { polygonsOf } from "./geometry.js";

/**
 * Germany's bounding box with a little margin, `[west, south, east, north]` in degrees
 * (WGS 84). Every boundary coordinate must lie inside it; a coordinate outside usually means
 * swapped longitude and latitude or a file in a projected coordinate system.
 *
 * @example
 * const [west, south, east, north] = GERMANY_BOUNDS; // 5.5, 47, 15.5, 55.2
 */
export const GERMANY_BOUNDS: Bounds = Object.freeze([5.5, 47.0, 15.5, 55.2] as const);

/**
 * The largest boundary file accepted for upload, in bytes (5 MiB). Enough for every
 * municipality of a county at map resolution; detailed cadastral outlines should be
 * simplified before upload.
 *
 * @example
 * if (file.size > MAX_BOUNDARY_UPLOAD_BYTES) reject("Die Datei ist größer als 5 MB.");
 */
export const MAX_BOUNDARY_UPLOAD_BYTES = 5 * 1024 * 1024;

/**
 * How many problems {@link geometryIssues} lists before it stops and adds „… und weitere
 * Probleme.“, so that a file in the wrong coordinate system does not produce thousands.
 *
 * @example
 * geometryIssues(geometry).length <= MAX_GEOMETRY_ISSUES + 1; // true
 */
export const MAX_GEOMETRY_ISSUES = 20;

/** A number in German notation, for prose: 55,2. */
function de(value: number): string {
  return String(value).replace(".", ",");
}

function inside(lon: number, lat: number, [west, south, east, north]: Bounds): boolean {
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

const SWAPPED_HINT =
  "Sind Länge und Breite vertauscht? GeoJSON erwartet [Länge, Breite], z. B. [7.26, 51.83] für Dülmen.";
const PROJECTED_HINT =
  "Die Zahlen sehen nach Metern in einem projizierten Koordinatensystem aus (z. B. UTM, EPSG:25832, oder Gauß-Krüger, EPSG:31467); bitte die Datei nach WGS 84 (EPSG:4326, Länge und Breite in Grad) umrechnen.";

function outOfRange(lon: number, lat: number): string | null {
  const parts: string[] = [];
  if (!(lon >= -180 && lon <= 180)) parts.push(`die Länge ${lon} liegt nicht zwischen -180 und 180`);
  if (!(lat >= -90 && lat <= 90)) parts.push(`die Breite ${lat} liegt nicht zwischen -90 und 90`);
  if (parts.length === 0) return null;
  const projected = Math.abs(lon) >= 1000 || Math.abs(lat) >= 1000;
  return `${parts.join(" und ")}.${projected ? ` ${PROJECTED_HINT}` : ""}`;
}

function outsideGermany(lon: number, lat: number): string {
  const [west, south, east, north] = GERMANY_BOUNDS;
  const swapped = inside(lat, lon, GERMANY_BOUNDS);
  return (
    `[${lon}, ${lat}] liegt außerhalb Deutschlands (Länge ${de(west)}° bis ${de(east)}°, Breite ${de(south)}° bis ${de(north)}°).` +
    (swapped ? ` ${SWAPPED_HINT}` : "")
  );
}

function furtherPoints(count: number): string {
  if (count === 0) return "";
  return count === 1 ? " Ebenso 1 weiterer Punkt dieses Rings." : ` Ebenso ${count} weitere Punkte dieses Rings.`;
}

function pointCount(count: number): string {
  if (count === 0) return "keine Punkte";
  return count === 1 ? "nur 1 Punkt" : `nur ${count} Punkte`;
}

/** Reports the problems of one ring through `add`, each starting with its location `where`. */
function ringIssues(ring: LinearRing, where: string, add: (message: string) => void): void {
  if (ring.length < 4) {
    add(`${where}: der Ring hat ${pointCount(ring.length)}; ein Ring braucht mindestens 4 (der letzte wiederholt den ersten).`);
  }
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first !== undefined && last !== undefined && (first[0] !== last[0] || first[1] !== last[1])) {
    add(`${where}: der Ring ist nicht geschlossen (erster und letzter Punkt müssen gleich sein).`);
  }
  let rangeFirst: string | null = null;
  let rangeCount = 0;
  let outsideFirst: string | null = null;
  let outsideCount = 0;
  for (const [index, [lon, lat]] of ring.entries()) {
    const range = outOfRange(lon, lat);
    if (range !== null) {
      rangeCount += 1;
      rangeFirst ??= `${where}, Punkt ${index + 1}: ${range}`;
    } else if (!inside(lon, lat, GERMANY_BOUNDS)) {
      outsideCount += 1;
      outsideFirst ??= `${where}, Punkt ${index + 1}: ${outsideGermany(lon, lat)}`;
    }
  }
  if (rangeFirst !== null) add(rangeFirst + furtherPoints(rangeCount - 1));
  if (outsideFirst !== null) add(outsideFirst + furtherPoints(outsideCount - 1));
}

/**
 * The geometric problems of a boundary, in German, each naming the polygon, ring and (where it
 * concerns one) point, counted from 1. Empty when the boundary is fine. Rules:
 *
 * - every ring has at least 4 positions and is closed (last position equals the first);
 * - longitudes lie in [-180, 180], latitudes in [-90, 90]; large numbers get a hint that the
 *   file is probably in metres (UTM, Gauß-Krüger) rather than degrees;
 * - every position lies inside {@link GERMANY_BOUNDS}; a position that would fit with longitude
 *   and latitude swapped gets a hint saying so.
 *
 * Out-of-range and outside-Germany positions are reported once per ring (the first, with the
 * number of further ones). After {@link MAX_GEOMETRY_ISSUES} problems the list stops with
 * „… und weitere Probleme.“. Self-intersections and ring orientation are not checked.
 *
 * @example
 * geometryIssues({ type: "Polygon", coordinates: [[[7.2, 51.8], [7.3, 51.8], [7.3, 51.9], [7.25, 51.85]]] });
 * // ["Ring 1: der Ring ist nicht geschlossen (erster und letzter Punkt müssen gleich sein)."]
 */
export function geometryIssues(geometry: BoundaryGeometry): string[] {
  const issues: string[] = [];
  let more = false;
  const add = (message: string): void => {
    if (issues.length < MAX_GEOMETRY_ISSUES) issues.push(message);
    else more = true;
  };
  const polygons = polygonsOf(geometry);
  for (const [p, rings] of polygons.entries()) {
    for (const [r, ring] of rings.entries()) {
      const where = geometry.type === "MultiPolygon" ? `Polygon ${p + 1}, Ring ${r + 1}` : `Ring ${r + 1}`;
      ringIssues(ring, where, add);
      if (more) return [...issues, "… und weitere Probleme."];
    }
  }
  return issues;
}
