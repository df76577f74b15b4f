import { z } from "zod";
import { IdSchema } from "../shared/id.js";
import { LabelSchema } from "../shared/label.js";
import { AdoptedFromSchema, OwnerSchema } from "../shared/owner.js";

/** Youngest age a life phase or offer can start at: nine months before birth (pregnancy). */
export const MIN_AGE_MONTHS = -9;
/** Oldest age bound we accept (30 years): SGB VIII ends at 27, with some headroom. */
export const MAX_AGE_MONTHS = 360;

/**
 * A short lower-case code in kebab case (`schwangerschaft`, `kita-alter`) that stays stable
 * when names are edited, so that imports and seeds can refer to it.
 *
 * @example
 * SlugSchema.parse("fruehe-kindheit");
 */
export const SlugSchema = z
  .string()
  .trim()
  .max(50)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: "Der Code besteht aus Kleinbuchstaben, Ziffern und Bindestrichen, z. B. „kita-alter“.",
  });

const lifePhaseFields = z.object({
  /** Stable short code, e.g. `schwangerschaft`. */
  code: SlugSchema,
  /** Display name in German and English. */
  name: LabelSchema,
  /** What the phase covers (settings, typical offers); may be empty. */
  description: z.string().trim().max(2000),
  /** Inclusive lower age bound in months; −9 is the start of pregnancy. */
  minAgeMonths: z.number().int().min(MIN_AGE_MONTHS).max(MAX_AGE_MONTHS),
  /** Exclusive: a child whose age equals it has left the phase. */
  maxAgeMonths: z.number().int().min(MIN_AGE_MONTHS).max(MAX_AGE_MONTHS),
  /** Position in lists and on the offer map. */
  order: z.number().int().nonnegative(),
  /** The youth office whose phase this is; `null` for a platform default. */
  youthOfficeId: OwnerSchema,
  /** The platform default this phase was adopted from, if any. */
  adoptedFromId: AdoptedFromSchema,
});

function checkLifePhase(
  p: { minAgeMonths: number; maxAgeMonths: number },
  ctx: z.RefinementCtx,
): void {
  if (p.maxAgeMonths <= p.minAgeMonths) {
    ctx.addIssue({
      code: "custom",
      path: ["maxAgeMonths"],
      message: "Das Höchstalter (ausschließlich) muss über dem Mindestalter der Lebensphase liegen.",
    });
  }
}

/**
 * Lebensphase: an age band of the prevention chain (e.g. "Kita-Alter", 36 to under 72 months).
 * Ages are in months so that pregnancy can start at −9; the upper bound is exclusive. Phases
 * may overlap and are configurable per municipality.
 *
 * @example
 * LifePhaseInputSchema.parse({ code: "kita-alter", name: { de: "Kita-Alter", en: "Kindergarten age" },
 *   description: "", minAgeMonths: 36, maxAgeMonths: 72, order: 3 });
 */
export const LifePhaseInputSchema = lifePhaseFields.superRefine(checkLifePhase);
/** What a user submits to create or replace a life phase. */
export type LifePhaseInput = z.infer<typeof LifePhaseInputSchema>;

/**
 * A stored life phase (Lebensphase) with its id.
 *
 * @example
 * LifePhaseSchema.parse({ ...input, id });
 */
export const LifePhaseSchema = lifePhaseFields.extend({
  /** Record identifier. */
  id: IdSchema,
}).superRefine(checkLifePhase);
/** A stored life phase. */
export type LifePhase = z.infer<typeof LifePhaseSchema>;
