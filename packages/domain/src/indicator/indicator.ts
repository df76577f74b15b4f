import { z } from "zod";
import { IdSchema } from "../shared/id.js";
import { LabelSchema } from "../shared/label.js";
import { OwnerSchema } from "../shared/owner.js";
import { IndicatorFactorSchema } from "./factor.js";
import { PeriodTypeSchema } from "./period.js";
import { PolaritySchema } from "./polarity.js";
import { SpatialLevelSchema } from "./spatial-level.js";
import { IndicatorVisibilitySchema } from "./visibility.js";

const indicatorFields = z.object({
  code: z
    .string()
    .trim()
    .min(1)
    .max(20)
    .regex(/^[A-Z0-9][A-Z0-9._-]*$/i, {
      message:
        "Das Kürzel darf nur Buchstaben, Ziffern, Punkt, Unterstrich und Bindestrich enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen (z. B. „S1“).",
    }),
  name: LabelSchema,
  description: z.string().trim().max(5000),
  numerator: z.string().trim().min(1).max(500),
  denominator: z.string().trim().min(1).max(500),
  factor: IndicatorFactorSchema,
  unit: z.string().trim().max(20),
  polarity: PolaritySchema,
  source: z.string().trim().min(1).max(200),
  spatialLevels: z
    .array(SpatialLevelSchema)
    .min(1, { message: "Ein Indikator braucht mindestens eine Raumebene." }),
  periodType: PeriodTypeSchema,
  visibility: IndicatorVisibilitySchema,
  lifePhaseIds: z.array(IdSchema),
  fieldOfActionIds: z.array(IdSchema),
  suppressionThreshold: z.number().int().min(1).max(20).nullable(),
  /** The youth office of a local indicator; `null` for a platform-wide (statistics) indicator. */
  youthOfficeId: OwnerSchema,
});

function checkIndicator(indicator: z.infer<typeof indicatorFields>, ctx: z.RefinementCtx): void {
  const lists = [
    ["spatialLevels", "Raumebene"],
    ["lifePhaseIds", "Lebensphase"],
    ["fieldOfActionIds", "Handlungsfeld"],
  ] as const;
  for (const [key, noun] of lists) {
    const values: readonly string[] = indicator[key];
    if (new Set(values).size !== values.length) {
      ctx.addIssue({
        code: "custom",
        path: [key],
        message: `Jede ${noun} darf nur einmal angegeben werden.`,
      });
    }
  }
}

/**
 * Kennzahl / Indikator of the small-area prevention monitoring (SPM): a rate defined by what is
 * counted (numerator), what it is counted against (denominator) and a factor, e.g. S1
 * "SGB-II-Quote unter 15" from the Bundesagentur für Arbeit. `suppressionThreshold` overrides
 * the platform's default for small-cell suppression when set.
 *
 * @example
 * IndicatorInputSchema.parse({
 *   code: "S1",
 *   name: { de: "SGB-II-Quote unter 15 Jahren", en: "Child poverty rate (SGB II, under 15)" },
 *   description: "",
 *   numerator: "Personen unter 15 Jahren in SGB-II-Bedarfsgemeinschaften",
 *   denominator: "Bevölkerung unter 15 Jahren",
 *   factor: "percent",
 *   unit: "%",
 *   polarity: "lowerIsBetter",
 *   source: "Bundesagentur für Arbeit",
 *   spatialLevels: ["county", "town"],
 *   periodType: "year",
 *   visibility: "public",
 *   lifePhaseIds: [],
 *   fieldOfActionIds: [],
 *   suppressionThreshold: null,
 * });
 */
export const IndicatorInputSchema = indicatorFields.superRefine(checkIndicator);
/** What a user submits to create or replace an indicator. */
export type IndicatorInput = z.infer<typeof IndicatorInputSchema>;

/** A stored indicator: {@link IndicatorInputSchema} with its id. */
export const IndicatorSchema = indicatorFields.extend({ id: IdSchema }).superRefine(checkIndicator);
/** A stored indicator. */
export type Indicator = z.infer<typeof IndicatorSchema>;
