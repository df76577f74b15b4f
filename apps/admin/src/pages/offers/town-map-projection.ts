/** A GeoJSON position: longitude, latitude. */
type Position = number[];

/** The boundary shapes the API answers (`territory.boundaries`). */
export type BoundaryGeometry = { type: "Polygon"; coordinates: Position[][] } | { type: "MultiPolygon"; coordinates: Position[][][] };

/** A point in degrees (WGS 84). */
export interface GeoPoint {
  latitude: number;
  longitude: number;
}

/** Maps degrees to the SVG's pixels and back, fitted to one town. */
export interface TownProjection {
  width: number;
  height: number;
  toScreen: (point: GeoPoint) => { x: number; y: number };
  toGeo: (x: number, y: number) => GeoPoint;
  /** An SVG path `d` for a boundary. */
  path: (geometry: BoundaryGeometry) => string;
}

const polygonsOf = (geometry: BoundaryGeometry): Position[][][] => (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates);

/**
 * A projection for one town: longitudes shrunk by the cosine of the town's mean latitude, so
 * the town looks as on a topographic map. A town is a few kilometres wide, so this plain
 * equirectangular fit is as exact as a pointer can be, and it inverts without a library.
 *
 * @example
 * const projection = fitTown(duelmen, 640, 16);
 * projection.toGeo(320, 240); // the point in the middle of the drawing
 */
export function fitTown(geometry: BoundaryGeometry, width: number, padding: number): TownProjection {
  let minLon = Infinity, maxLon = -Infinity, minLat = Infinity, maxLat = -Infinity;
  for (const polygon of polygonsOf(geometry)) for (const ring of polygon) for (const [lon = 0, lat = 0] of ring) {
    minLon = Math.min(minLon, lon);
    maxLon = Math.max(maxLon, lon);
    minLat = Math.min(minLat, lat);
    maxLat = Math.max(maxLat, lat);
  }
  const cosLat = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLon - minLon) * cosLat, 1e-6);
  const spanY = Math.max(maxLat - minLat, 1e-6);
  const scale = (width - 2 * padding) / spanX;
  const height = Math.round(spanY * scale + 2 * padding);
  const toScreen = ({ latitude, longitude }: GeoPoint) => ({ x: padding + (longitude - minLon) * cosLat * scale, y: padding + (maxLat - latitude) * scale });
  const toGeo = (x: number, y: number): GeoPoint => ({ longitude: minLon + (x - padding) / scale / cosLat, latitude: maxLat - (y - padding) / scale });
  const path = (shape: BoundaryGeometry) =>
    polygonsOf(shape)
      .flatMap((polygon) => polygon.map((ring) => ring.map(([lon = 0, lat = 0], index) => {
        const { x, y } = toScreen({ latitude: lat, longitude: lon });
        return `${index === 0 ? "M" : "L"}${x.toFixed(1)},${y.toFixed(1)}`;
      }).join("") + "Z"))
      .join("");
  return { width, height, toScreen, toGeo, path };
}

/** Whether a point lies inside a boundary (even–odd rule, so holes count as outside). */
export function containsPoint(geometry: BoundaryGeometry, { latitude, longitude }: GeoPoint): boolean {
  let inside = false;
  for (const polygon of polygonsOf(geometry)) for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = 0, yi = 0] = ring[i] ?? [];
      const [xj = 0, yj = 0] = ring[j] ?? [];
      if (yi > latitude !== yj > latitude && longitude < ((xj - xi) * (latitude - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Degrees rounded to five places (about a metre), as a location needs no more. */
export const roundDegrees = (value: number): number => Math.round(value * 1e5) / 1e5;
