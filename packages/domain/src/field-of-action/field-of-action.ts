import { z } from "zod";
import { IdSchema } from "../shared/id.js";
import { LabelSchema } from "../shared/label.js";
import { SlugSchema } from "../life-phase/life-phase.js";
import { AdoptedFromSchema, OwnerSchema } from "../shared/owner.js";

const fieldOfActionFields = z.object({
  /** Stable short code, e.g. `gesundheit`. */
  code: SlugSchema,
  /** Display name in German and English. */
  name: LabelSchema,
  /** What belongs to the field; may be empty. */
  description: z.string().trim().max(2000),
  /** The youth office whose field this is; `null` for a platform default. */
  youthOfficeId: OwnerSchema,
  /** The platform default this field was adopted from, if any. */
  adoptedFromId: AdoptedFromSchema,
});

/**
 * Handlungsfeld: a field of action across departments (e.g. Gesundheit, Bildung), the second
 * axis of the offer map beside the life phases.
 *
 * @example
 * FieldOfActionInputSchema.parse({ code: "gesundheit", name: { de: "Gesundheit", en: "Health" }, description: "" });
 */
export const FieldOfActionInputSchema = fieldOfActionFields;
/** What a user submits to create or replace a field of action. */
export type FieldOfActionInput = z.infer<typeof FieldOfActionInputSchema>;

/**
 * A stored field of action (Handlungsfeld) with its id.
 *
 * @example
 * FieldOfActionSchema.parse({ ...input, id });
 */
export const FieldOfActionSchema = fieldOfActionFields.extend({
  /** Record identifier. */
  id: IdSchema,
});
/** A stored field of action. */
export type FieldOfAction = z.infer<typeof FieldOfActionSchema>;
