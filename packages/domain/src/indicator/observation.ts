import { z } from "zod";
import { IsoDateSchema } from "../shared/date.js";
import { IdSchema } from "../shared/id.js";
import { PeriodSchema } from "./period.js";

const observationFields = z.object({
  indicatorId: IdSchema,
  territoryId: IdSchema,
  period: PeriodSchema,
  numerator: z.number().int().nonnegative().nullable(),
  denominator: z.number().positive().finite().nullable(),
  value: z.number().nonnegative().finite().nullable(),
  source: z.string().trim().min(1).max(200),
  asOf: IsoDateSchema,
  isDemo: z.boolean(),
  note: z.string().trim().max(2000).nullable(),
});

function checkObservationFields(
  observation: z.infer<typeof observationFields>,
  ctx: z.RefinementCtx,
): void {
  const hasCounts = observation.numerator !== null && observation.denominator !== null;
  if (observation.value === null && !hasCounts) {
    ctx.addIssue({
      code: "custom",
      path: ["value"],
      message:
        "Eine Beobachtung braucht Zähler und Nenner oder, wenn die Quelle nur eine Quote veröffentlicht, einen Wert.",
    });
  }
}

/**
 * Beobachtung: one value of an indicator for one territory and period, with the counts it was
 * computed from, its source and as-of date (Datenstand). Counts are never entered as rates:
 * when numerator and denominator are known the value follows from them (see
 * `completeObservation`); a value alone is for sources that publish only rates. Rules that need
 * the indicator (period type, factor) live in `checkObservation`.
 *
 * @example
 * ObservationInputSchema.parse({
 *   indicatorId: "0b7f4c1e-6a0a-4c8e-9a55-2f1d2f0c9e11",
 *   territoryId: "5d0c8a4e-1f3b-4b7e-8a61-3c2e4f5a6b7c",
 *   period: "2021",
 *   numerator: 2_080,
 *   denominator: 32_000,
 *   value: 6.5,
 *   source: "Bundesagentur für Arbeit",
 *   asOf: "2022-03-31",
 *   isDemo: true,
 *   note: null,
 * });
 */
export const ObservationInputSchema = observationFields.superRefine(checkObservationFields);
/** What a user submits to create or replace an observation. */
export type ObservationInput = z.infer<typeof ObservationInputSchema>;

/** A stored observation: {@link ObservationInputSchema} with its id. */
export const ObservationSchema = observationFields
  .extend({ id: IdSchema })
  .superRefine(checkObservationFields);
/** A stored observation. */
export type Observation = z.infer<typeof ObservationSchema>;

/**
 * An observation as shown in public views and exports, after small-cell suppression: when
 * `suppressed` is true, value, numerator and denominator are all `null`, so no count of fewer
 * persons than the threshold can be read or recomputed.
 *
 * @example
 * PublicObservationSchema.parse({ ...observation, numerator: null, denominator: null, value: null, suppressed: true });
 */
export const PublicObservationSchema = observationFields
  .extend({ id: IdSchema, suppressed: z.boolean() })
  .superRefine((observation, ctx) => {
    if (
      observation.suppressed &&
      (observation.value !== null || observation.numerator !== null || observation.denominator !== null)
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["suppressed"],
        message:
          "Eine gesperrte Beobachtung darf weder Wert noch Zähler noch Nenner enthalten (Schutz kleiner Fallzahlen).",
      });
    }
  });
/** An observation after small-cell suppression, fit for public views and exports. */
export type PublicObservation = z.infer<typeof PublicObservationSchema>;
