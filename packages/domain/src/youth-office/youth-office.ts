import { z } from "zod";
import { IdSchema } from "../shared/id.js";

const youthOfficeFields = z.object({
  /** Name as the authority calls itself, e.g. „Jugendamt Kreis Coesfeld“. */
  name: z.string().trim().min(1).max(200),
  /** The territory whose administration runs it: a county, a county-free city or a town. */
  territoryId: IdSchema,
  /** What the youth office wants families and partners to know; may be empty. */
  description: z.string().trim().max(2000).default(""),
});

/**
 * Jugendamt: the unit that plans a prevention chain. A county's youth office covers the towns
 * without their own; a large town or a county-free city runs its own. Territories name the
 * youth office that covers them; life phases, transitions, fields of action, local indicators
 * and funding programmes belong to a youth office or are platform defaults.
 *
 * @example
 * YouthOfficeInputSchema.parse({ name: "Jugendamt Dülmen", territoryId: duelmenId, description: "" });
 */
export const YouthOfficeInputSchema = youthOfficeFields;
/** What a user submits to create or replace a youth office. */
export type YouthOfficeInput = z.infer<typeof YouthOfficeInputSchema>;

/**
 * A stored youth office (Jugendamt) with its id.
 *
 * @example
 * YouthOfficeSchema.parse({ ...input, id });
 */
export const YouthOfficeSchema = youthOfficeFields.extend({
  /** Record identifier. */
  id: IdSchema,
});
/** A stored youth office. */
export type YouthOffice = z.infer<typeof YouthOfficeSchema>;
