import { geoIdentity, geoPath } from "d3-geo";

type Position = number[];
/** A polygon or multipolygon in longitude/latitude, as uploads and stored boundaries carry them. */
export type Shape = { type: "Polygon"; coordinates: Position[][] } | { type: "MultiPolygon"; coordinates: Position[][][] };

const isShape = (geometry: unknown): geometry is Shape =>
  typeof geometry === "object" && geometry !== null && "type" in geometry && ((geometry as Shape).type === "Polygon" || (geometry as Shape).type === "MultiPolygon") && Array.isArray((geometry as Shape).coordinates);

const rings = (shape: Shape): Position[][] => (shape.type === "Polygon" ? shape.coordinates : shape.coordinates.flat());

/**
 * SVG paths for shapes in a box of `width` × `height`: drawn planar with longitudes shrunk by
 * the cosine of the mean latitude (as the reporting map does), so a town looks as on a
 * topographic map and no spherical winding rules apply. Shapes that are no polygon get no path.
 */
export function planarPaths(geometries: unknown[], width: number, height: number): (string | null)[] {
  const shapes = geometries.map((geometry) => (isShape(geometry) ? geometry : null));
  const points = shapes.flatMap((shape) => (shape ? rings(shape).flat() : []));
  if (points.length === 0) return shapes.map(() => null);
  const cosLat = Math.cos(((points.reduce((sum, p) => sum + (p[1] ?? 0), 0) / points.length) * Math.PI) / 180);
  const flatten = (shape: Shape): Shape => {
    const point = (p: Position) => [(p[0] ?? 0) * cosLat, p[1] ?? 0];
    return shape.type === "Polygon"
      ? { type: "Polygon", coordinates: shape.coordinates.map((ring) => ring.map(point)) }
      : { type: "MultiPolygon", coordinates: shape.coordinates.map((polygon) => polygon.map((ring) => ring.map(point))) };
  };
  const flat = shapes.map((shape) => (shape ? flatten(shape) : null));
  const collection = { type: "FeatureCollection" as const, features: flat.flatMap((shape) => (shape ? [{ type: "Feature" as const, properties: {}, geometry: shape }] : [])) };
  const path = geoPath(geoIdentity().reflectY(true).fitExtent([[8, 8], [width - 8, height - 8]], collection));
  return flat.map((shape) => (shape ? path(shape) : null));
}
