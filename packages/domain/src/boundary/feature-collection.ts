import { z } from "zod";
import { BoundaryGeometrySchema } from "./geometry.js";
import { geometryIssues } from "./validate-geometry.js";

/**
 * One feature of an uploaded GeoJSON file, read leniently: missing `properties` count as
 * `null`, and the geometry is left unchecked so that {@link checkBoundaryFeatures} can name the
 * feature whose geometry is wrong.
 *
 * @example
 * BoundaryFeatureSchema.parse({ type: "Feature", properties: { name: "Dülmen" }, geometry: null });
 */
export const BoundaryFeatureSchema = z.object({
  type: z.literal("Feature", { error: "Jedes Objekt der Datei muss den Typ „Feature“ haben." }),
  /** Attributes such as name and official key; `null` when the file has none. */
  properties: z
    .record(z.string(), z.unknown(), { error: "Die Eigenschaften (properties) eines Objekts müssen ein Objekt oder null sein." })
    .nullable()
    .default(null),
  /** The geometry as found in the file (possibly missing), checked per feature later. */
  geometry: z.unknown().optional(),
});
/** One feature of an uploaded GeoJSON file, geometry not yet checked. */
export type BoundaryFeature = z.infer<typeof BoundaryFeatureSchema>;

/**
 * An uploaded GeoJSON FeatureCollection of boundaries, read leniently (other members such as
 * `name`, `crs` or `bbox` are ignored). Check the geometries with {@link checkBoundaryFeatures}.
 *
 * @example
 * const collection = BoundaryFeatureCollectionSchema.parse(JSON.parse(fileText));
 * checkBoundaryFeatures(collection); // [] when every feature has a valid boundary
 */
export const BoundaryFeatureCollectionSchema = z.object({
  type: z.literal("FeatureCollection", {
    error: "Die Datei ist keine GeoJSON-FeatureCollection (type muss „FeatureCollection“ sein).",
  }),
  /** The features, one per territory. */
  features: z.array(BoundaryFeatureSchema, { error: "Die FeatureCollection braucht eine Liste „features“." }),
});
/** An uploaded GeoJSON FeatureCollection, geometries not yet checked. */
export type BoundaryFeatureCollection = z.infer<typeof BoundaryFeatureCollectionSchema>;

const NAME_PROPERTIES = ["name", "Name", "NAME", "GEN", "gen"] as const;
const KEY_PROPERTIES = ["ags", "AGS", "code", "Code", "CODE", "key", "KEY", "schluessel", "Schluessel", "SCHLUESSEL"] as const;
const AGS_PROPERTIES: ReadonlySet<string> = new Set(["ags", "AGS"]);

function firstText(
  properties: Readonly<Record<string, unknown>> | null,
  names: readonly string[],
): { name: string; value: string } | null {
  if (properties === null) return null;
  for (const name of names) {
    const value = properties[name];
    const text = typeof value === "string" ? value.trim() : typeof value === "number" && Number.isFinite(value) ? String(value) : "";
    if (text !== "") return { name, value: text };
  }
  return null;
}

/**
 * The feature's name, from the first non-empty property among `name`, `Name`, `NAME`, `GEN`
 * (BKG VG250) and `gen`; `null` when it has none. For matching features to territories by name.
 *
 * @example
 * featureName({ type: "Feature", properties: { GEN: "Dülmen" }, geometry: null }); // "Dülmen"
 */
export function featureName(feature: Pick<BoundaryFeature, "properties">): string | null {
  return firstText(feature.properties, NAME_PROPERTIES)?.value ?? null;
}

/**
 * The feature's official key (AGS or a local code), from the first non-empty property among
 * `ags`, `AGS`, `code`, `key` and `schluessel` (in lower, capitalised or upper case); `null`
 * when it has none. Numbers are turned into text. An `ags`/`AGS` of 7 or 4 digits gets its
 * leading zero back (spreadsheets drop it: 5558016 → 05558016), since every AGS has 8 (town)
 * or 5 (county) digits. For matching features to territories by their code.
 *
 * @example
 * featureKey({ type: "Feature", properties: { AGS: 5558016 }, geometry: null }); // "05558016"
 */
export function featureKey(feature: Pick<BoundaryFeature, "properties">): string | null {
  const found = firstText(feature.properties, KEY_PROPERTIES);
  if (found === null) return null;
  if (AGS_PROPERTIES.has(found.name) && /^\d{7}$|^\d{4}$/.test(found.value)) return `0${found.value}`;
  return found.value;
}

/**
 * How a feature is named in messages: its position in the file (from 1), with name and key
 * where it has them.
 *
 * @example
 * featureLabel({ type: "Feature", properties: { name: "Dülmen", ags: "05558016" }, geometry: null }, 2);
 * // "Objekt 3 („Dülmen“, 05558016)"
 */
export function featureLabel(feature: Pick<BoundaryFeature, "properties">, index: number): string {
  const name = featureName(feature);
  const key = featureKey(feature);
  const details = [name === null ? null : `„${name}“`, key].filter((part) => part !== null);
  return details.length === 0 ? `Objekt ${index + 1}` : `Objekt ${index + 1} (${details.join(", ")})`;
}

/** The problems of one feature of an upload, for the person who uploaded it. */
export interface BoundaryFeatureIssues {
  /** Position of the feature in the file, from 0. */
  index: number;
  /** The feature as named in messages, e.g. `Objekt 3 („Dülmen“, 05558016)`. */
  label: string;
  /** What is wrong, in German. */
  issues: string[];
}

/** The place a zod issue concerns, in the words of {@link geometryIssues}. */
function locate(type: unknown, path: readonly PropertyKey[]): string {
  if (path[0] !== "coordinates") return "";
  const indices = path.slice(1).map((segment) => Number(segment) + 1);
  const names = type === "MultiPolygon" ? ["Polygon", "Ring", "Punkt"] : ["Ring", "Punkt"];
  const parts = names.slice(0, indices.length).map((name, i) => `${name} ${indices[i]}`);
  return parts.length === 0 ? "" : `${parts.join(", ")}: `;
}

function shapeIssues(geometry: unknown): string[] {
  if (geometry === null || geometry === undefined) {
    return ["Das Objekt hat keine Geometrie."];
  }
  const type = typeof geometry === "object" && "type" in geometry ? geometry.type : undefined;
  if (type !== "Polygon" && type !== "MultiPolygon") {
    return [
      typeof type === "string"
        ? `Die Geometrie ist vom Typ „${type}“; eine Grenze muss eine Fläche sein (Polygon oder MultiPolygon).`
        : "Die Geometrie hat keinen gültigen Typ; erwartet wird Polygon oder MultiPolygon.",
    ];
  }
  const parsed = BoundaryGeometrySchema.safeParse(geometry);
  if (parsed.success) return geometryIssues(parsed.data);
  const messages = parsed.error.issues.map((issue) => `${locate(type, issue.path)}${issue.message}`);
  const unique = [...new Set(messages)];
  return unique.length > 5 ? [...unique.slice(0, 5), "… und weitere Probleme."] : unique;
}

/**
 * The features of an upload whose geometry is missing, not a Polygon or MultiPolygon, or
 * breaks a rule of {@link geometryIssues}, each with its label and German messages. Empty when
 * every feature has a valid boundary.
 *
 * @example
 * checkBoundaryFeatures(collection);
 * // [{ index: 2, label: "Objekt 3 („Dülmen“, 05558016)",
 * //    issues: ["Ring 1: der Ring ist nicht geschlossen (erster und letzter Punkt müssen gleich sein)."] }]
 */
export function checkBoundaryFeatures(collection: BoundaryFeatureCollection): BoundaryFeatureIssues[] {
  const result: BoundaryFeatureIssues[] = [];
  for (const [index, feature] of collection.features.entries()) {
    const issues = shapeIssues(feature.geometry);
    if (issues.length > 0) result.push({ index, label: featureLabel(feature, index), issues });
  }
  return result;
}
