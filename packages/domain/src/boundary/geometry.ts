import { z } from "zod";

const coordinate = z.number({
  error: "Eine Koordinate muss eine endliche Zahl sein.",
});

/**
 * A position in WGS 84 (EPSG:4326, the GeoJSON default): `[longitude, latitude]` in degrees,
 * with an optional height as third element (ignored by the maps). Only the shape is checked
 * here: two or three finite numbers. Whether the numbers lie in Germany is checked by
 * {@link geometryIssues}.
 *
 * @example
 * PositionSchema.parse([7.26, 51.83]); // Dülmen: longitude first, then latitude
 */
export const PositionSchema = z.tuple([coordinate, coordinate, coordinate.optional()], {
  error: "Eine Position besteht aus Länge und Breite (und höchstens einer Höhe), z. B. [7.26, 51.83].",
});
/** A position: `[longitude, latitude]` in degrees, optionally followed by a height. */
export type Position = z.infer<typeof PositionSchema>;

/**
 * A linear ring: the positions of one boundary line. A valid ring is closed (the last position
 * repeats the first) and has at least four positions; {@link geometryIssues} checks that, the
 * schema only the shape.
 *
 * @example
 * LinearRingSchema.parse([[7.2, 51.8], [7.3, 51.8], [7.3, 51.9], [7.2, 51.8]]);
 */
export const LinearRingSchema = z.array(PositionSchema, {
  error: "Ein Ring muss eine Liste von Positionen sein.",
});
/** The positions of one boundary line, the last repeating the first. */
export type LinearRing = z.infer<typeof LinearRingSchema>;

/** The coordinates of one polygon: its outer ring first, then its holes. */
const polygonCoordinates = z
  .array(LinearRingSchema, { error: "Ein Polygon muss eine Liste von Ringen sein." })
  .min(1, { error: "Ein Polygon braucht mindestens einen Ring (die Außengrenze)." });

/**
 * A GeoJSON Polygon: an outer ring, optionally followed by holes (e.g. a town that encloses
 * another one).
 *
 * @example
 * PolygonSchema.parse({
 *   type: "Polygon",
 *   coordinates: [[[7.2, 51.8], [7.3, 51.8], [7.3, 51.9], [7.2, 51.8]]],
 * });
 */
export const PolygonSchema = z.object({
  type: z.literal("Polygon"),
  /** Outer ring first, then the holes. */
  coordinates: polygonCoordinates,
});
/** A GeoJSON Polygon. */
export type Polygon = z.infer<typeof PolygonSchema>;

/**
 * A GeoJSON MultiPolygon: several polygons, e.g. a municipality with an exclave.
 *
 * @example
 * MultiPolygonSchema.parse({
 *   type: "MultiPolygon",
 *   coordinates: [
 *     [[[7.2, 51.8], [7.3, 51.8], [7.3, 51.9], [7.2, 51.8]]],
 *     [[[7.4, 51.8], [7.5, 51.8], [7.5, 51.9], [7.4, 51.8]]],
 *   ],
 * });
 */
export const MultiPolygonSchema = z.object({
  type: z.literal("MultiPolygon"),
  /** The polygons, each as outer ring followed by holes. */
  coordinates: z
    .array(polygonCoordinates, { error: "Ein MultiPolygon muss eine Liste von Polygonen sein." })
    .min(1, { error: "Ein MultiPolygon braucht mindestens ein Polygon." }),
});
/** A GeoJSON MultiPolygon. */
export type MultiPolygon = z.infer<typeof MultiPolygonSchema>;

/**
 * The geometry of a territory's boundary: a Polygon or a MultiPolygon, told apart by `type`.
 * Checks the shape only; the geometric rules (closed rings, coordinates in Germany, …) are
 * in {@link geometryIssues}.
 *
 * @example
 * BoundaryGeometrySchema.parse({
 *   type: "Polygon",
 *   coordinates: [[[7.2, 51.8], [7.3, 51.8], [7.3, 51.9], [7.2, 51.8]]],
 * });
 */
export const BoundaryGeometrySchema = z.discriminatedUnion("type", [PolygonSchema, MultiPolygonSchema], {
  error: "Die Geometrie muss ein Polygon oder ein MultiPolygon sein.",
});
/** A boundary geometry: Polygon or MultiPolygon. */
export type BoundaryGeometry = z.infer<typeof BoundaryGeometrySchema>;

/**
 * A bounding box in GeoJSON order: `[west, south, east, north]`, in degrees.
 *
 * @example
 * const coesfeld: Bounds = [7.0, 51.7, 7.7, 52.0];
 */
export type Bounds = readonly [west: number, south: number, east: number, north: number];

/**
 * The polygons of a geometry as lists of rings, so that Polygon and MultiPolygon can be
 * walked alike.
 *
 * @example
 * polygonsOf(geometry).forEach((rings, p) => rings.forEach((ring, r) => draw(p, r, ring)));
 */
export function polygonsOf(geometry: BoundaryGeometry): LinearRing[][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}
