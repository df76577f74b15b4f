import { z } from "zod";
import { IsoDateSchema } from "../shared/date.js";
import { IdSchema } from "../shared/id.js";
import { BoundaryGeometrySchema } from "./geometry.js";
import { geometryIssues } from "./validate-geometry.js";

/**
 * The source note required wherever the official boundaries of the Bundesamt für Kartographie
 * und Geodäsie (VG5000, dl-de/by-2.0) are shown, linked to https://www.bkg.bund.de.
 *
 * @example
 * BoundaryInputSchema.parse({ ...boundary, source: BKG_ATTRIBUTION, schematic: false });
 */
export const BKG_ATTRIBUTION = "© GeoBasis-DE / BKG 2021 (Daten verändert)";

const boundaryFields = z.object({
  /** The territory whose outline this is. */
  territoryId: IdSchema,
  /** The outline in WGS 84 longitude/latitude. */
  geometry: BoundaryGeometrySchema,
  /** First day the outline is valid. */
  validFrom: IsoDateSchema,
  /** Last day it is valid (inclusive); `null` while current. */
  validTo: IsoDateSchema.nullable(),
  /** Source and licence note shown with the map, e.g. {@link BKG_ATTRIBUTION}. */
  source: z
    .string()
    .trim()
    .min(1, { error: "Bitte die Quelle der Grenze angeben, z. B. „© GeoBasis-DE / BKG 2021 (Daten verändert)“." })
    .max(500, { error: "Die Quellenangabe darf höchstens 500 Zeichen lang sein." }),
  /** `true` for a drawn or schematic outline that is not an official boundary. */
  schematic: z.boolean(),
});

type BoundaryFields = z.infer<typeof boundaryFields>;

function checkBoundary(b: BoundaryFields, ctx: z.RefinementCtx): void {
  if (b.validTo !== null && b.validTo < b.validFrom) {
    ctx.addIssue({
      code: "custom",
      path: ["validTo"],
      message: "Das Ende der Gültigkeit liegt vor ihrem Beginn.",
    });
  }
  for (const message of geometryIssues(b.geometry)) {
    ctx.addIssue({ code: "custom", path: ["geometry"], message });
  }
}

/**
 * Grenze: the outline of a territory for choropleth maps, with its validity period (boundaries
 * change with municipal reforms), its source note and whether it is official or schematic
 * (e.g. social areas drawn as strips of their town). The geometry must follow the rules of
 * {@link geometryIssues}; each broken rule is an issue on `geometry`.
 *
 * @example
 * BoundaryInputSchema.parse({
 *   territoryId: duelmenId,
 *   geometry: { type: "Polygon", coordinates: [[[7.2, 51.8], [7.3, 51.8], [7.3, 51.9], [7.2, 51.8]]] },
 *   validFrom: "2021-01-01", validTo: null, source: BKG_ATTRIBUTION, schematic: false,
 * });
 */
export const BoundaryInputSchema = boundaryFields.superRefine(checkBoundary);
/** What a user submits to create or replace a territory's boundary. */
export type BoundaryInput = z.infer<typeof BoundaryInputSchema>;

/**
 * A stored boundary with its id.
 *
 * @example
 * BoundarySchema.parse({ id, territoryId: duelmenId, geometry, validFrom: "2021-01-01",
 *   validTo: null, source: BKG_ATTRIBUTION, schematic: false });
 */
export const BoundarySchema = boundaryFields
  .extend({
    /** Record identifier. */
    id: IdSchema,
  })
  .superRefine(checkBoundary);
/** A stored boundary. */
export type Boundary = z.infer<typeof BoundarySchema>;
