// Plane geometry for the results map: a county is small enough that an equirectangular
// projection scaled by the cosine of its middle latitude draws it true to shape, so the portal
// needs no projection library in its bundle.

/** A position as GeoJSON writes it: [longitude, latitude] in degrees (WGS 84). */
export type Position = [number, number];

/** The polygon shapes of a territory's boundary. */
export type AreaGeometry = { type: "Polygon"; coordinates: Position[][] } | { type: "MultiPolygon"; coordinates: Position[][][] };

/** A point on the earth in degrees. */
export interface LatLon {
  latitude: number;
  longitude: number;
}

/** Kilometres per degree of latitude (and of longitude at the equator). */
const KM_PER_DEGREE = 111.32;

/** The polygons of a geometry, each as its rings (outer ring first); other geometries have none. */
export function polygonsOf(geometry: unknown): Position[][][] {
  const shape = geometry as Partial<AreaGeometry> | null;
  if (shape?.type === "Polygon" && Array.isArray(shape.coordinates)) return [shape.coordinates as Position[][]];
  if (shape?.type === "MultiPolygon" && Array.isArray(shape.coordinates)) return shape.coordinates as Position[][][];
  return [];
}

/** West, south, east and north edges of the positions, or null for none. */
export function boundsOf(positions: Iterable<Position>): [number, number, number, number] | null {
  let bounds: [number, number, number, number] | null = null;
  for (const [lon, lat] of positions) {
    bounds = bounds ? [Math.min(bounds[0], lon), Math.min(bounds[1], lat), Math.max(bounds[2], lon), Math.max(bounds[3], lat)] : [lon, lat, lon, lat];
  }
  return bounds;
}

/** Whether a point lies inside the geometry (even-odd rule, so holes count as outside). */
export function containsPoint(geometry: unknown, [lon, lat]: Position): boolean {
  return polygonsOf(geometry).some((rings) => {
    let inside = false;
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
    return inside;
  });
}

/**
 * The centre of a territory for "within 5 km of": the area-weighted centroid of its largest
 * polygon's outer ring (a town's islands do not pull it into the countryside).
 */
export function centreOf(geometry: unknown): LatLon | null {
  let best: { area: number; x: number; y: number } | null = null;
  for (const rings of polygonsOf(geometry)) {
    const ring = rings[0];
    if (!ring || ring.length < 3) continue;
    let area = 0;
    let x = 0;
    let y = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      const cross = xj * yi - xi * yj;
      area += cross;
      x += (xj + xi) * cross;
      y += (yj + yi) * cross;
    }
    if (area === 0) continue;
    if (!best || Math.abs(area) > Math.abs(best.area)) best = { area, x: x / (3 * area), y: y / (3 * area) };
  }
  return best ? { latitude: best.y, longitude: best.x } : null;
}

/**
 * Distance in km between two points on the sphere (haversine), as the API's near filter counts it.
 *
 * @example
 * distanceKm({ latitude: 51.8307, longitude: 7.2836 }, { latitude: 51.8407, longitude: 7.2836 }); // ≈ 1.11
 */
export function distanceKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** How degrees become map units: x grows east, y grows south, both in the same units per km. */
export interface MapProjection {
  west: number;
  north: number;
  /** Map units per degree of latitude. */
  scale: number;
  /** cos(middle latitude): a degree of longitude is this much shorter than one of latitude. */
  squeeze: number;
  width: number;
  height: number;
}

/**
 * A projection fitting the bounds into `width` map units with a margin, true to shape.
 *
 * @example
 * const projection = fitProjection([7.0, 51.7, 7.6, 52.1], 600);
 * project(projection, { latitude: 51.9, longitude: 7.3 }); // { x: …, y: … }
 */
export function fitProjection([west, south, east, north]: [number, number, number, number], width: number, margin = 12): MapProjection {
  const squeeze = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const spanX = Math.max((east - west) * squeeze, 0.01);
  const spanY = Math.max(north - south, 0.01);
  const scale = (width - 2 * margin) / spanX;
  return { west: west - margin / (scale * squeeze), north: north + margin / scale, scale, squeeze, width, height: Math.round(spanY * scale + 2 * margin) };
}

/** Where a point lies on the map. */
export function project(projection: MapProjection, point: LatLon): { x: number; y: number } {
  return { x: (point.longitude - projection.west) * projection.scale * projection.squeeze, y: (projection.north - point.latitude) * projection.scale };
}

/** Which point of the earth a map position shows (for "pick a point on the map"). */
export function unproject(projection: MapProjection, x: number, y: number): LatLon {
  return { latitude: projection.north - y / projection.scale, longitude: projection.west + x / (projection.scale * projection.squeeze) };
}

/** A radius in km as map units. */
export function kmToMapUnits(projection: MapProjection, km: number): number {
  return (km / KM_PER_DEGREE) * projection.scale;
}

/** An SVG path of a geometry, rounded to a tenth of a map unit (a few KB for a county's towns). */
export function svgPath(projection: MapProjection, geometry: unknown): string {
  const round = (value: number) => Math.round(value * 10) / 10;
  return polygonsOf(geometry)
    .flatMap((rings) => rings)
    .map((ring) => {
      const points = ring.map(([longitude, latitude]) => {
        const { x, y } = project(projection, { latitude, longitude });
        return `${round(x)},${round(y)}`;
      });
      return `M${points.join("L")}Z`;
    })
    .join("");
}
