import { z } from "zod";
import { IdSchema } from "../shared/id.js";
import { LabelSchema } from "../shared/label.js";
import { AdoptedFromSchema, OwnerSchema } from "../shared/owner.js";

const transitionFields = z.object({
  /** Stable short code, e.g. `UE1`. */
  code: z
    .string()
    .trim()
    .min(1)
    .max(20)
    .regex(/^[A-Za-z0-9-]+$/, {
      error: "Der Code besteht aus Buchstaben ohne Umlaute, Ziffern und Bindestrichen, z. B. „UE1“.",
    }),
  /** Display name in German and English. */
  name: LabelSchema,
  /** What happens at the transition; may be empty. */
  description: z.string().trim().max(2000),
  /** The life phase the transition leaves. */
  fromLifePhaseId: IdSchema,
  /** The life phase the transition enters. */
  toLifePhaseId: IdSchema,
  /** Position in lists. */
  order: z.number().int().nonnegative(),
  /** The youth office whose transition this is; `null` for a platform default. */
  youthOfficeId: OwnerSchema,
  /** The platform default this transition was adopted from, if any. */
  adoptedFromId: AdoptedFromSchema,
});

function checkTransition(
  t: { fromLifePhaseId: string; toLifePhaseId: string },
  ctx: z.RefinementCtx,
): void {
  if (t.fromLifePhaseId === t.toLifePhaseId) {
    ctx.addIssue({
      code: "custom",
      path: ["toLifePhaseId"],
      message: "Ein Übergang führt von einer Lebensphase in eine andere: wählen Sie zwei verschiedene Phasen.",
    });
  }
}

/**
 * Übergang: a critical transition between two life phases where prevention chains most often
 * break (e.g. Ü2 Kita → primary school).
 *
 * @example
 * TransitionInputSchema.parse({ code: "UE2", name: { de: "Kita → Grundschule", en: "Kindergarten → primary school" },
 *   description: "", fromLifePhaseId: kitaId, toLifePhaseId: primaryId, order: 2 });
 */
export const TransitionInputSchema = transitionFields.superRefine(checkTransition);
/** What a user submits to create or replace a transition. */
export type TransitionInput = z.infer<typeof TransitionInputSchema>;

/**
 * A stored transition (Übergang) with its id.
 *
 * @example
 * TransitionSchema.parse({ ...input, id });
 */
export const TransitionSchema = transitionFields.extend({
  /** Record identifier. */
  id: IdSchema,
}).superRefine(checkTransition);
/** A stored transition. */
export type Transition = z.infer<typeof TransitionSchema>;
