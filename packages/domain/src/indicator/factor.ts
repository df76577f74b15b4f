import { z } from "zod";
import type { EnumLabels } from "../shared/label.js";

/**
 * Faktor: the scale an indicator's rate is expressed in (per cent, per 1,000, …). A rate is
 * `numerator / denominator × multiplier`.
 *
 * @example
 * IndicatorFactorSchema.parse("perTenThousand");
 */
export const IndicatorFactorSchema = z.enum([
  "percent",
  "perThousand",
  "perTenThousand",
  "perHundredThousand",
  "ratio",
]);
/** The scale of an indicator's rate. */
export type IndicatorFactor = z.infer<typeof IndicatorFactorSchema>;

/** German and English labels of the indicator factors. */
export const indicatorFactorLabels: EnumLabels<IndicatorFactor> = {
  percent: { de: "Prozent (%)", en: "Per cent (%)" },
  perThousand: { de: "je 1.000", en: "Per 1,000" },
  perTenThousand: { de: "je 10.000", en: "Per 10,000" },
  perHundredThousand: { de: "je 100.000", en: "Per 100,000" },
  ratio: { de: "Verhältniszahl (Faktor 1)", en: "Ratio (factor 1)" },
};

const multipliers: Readonly<Record<IndicatorFactor, number>> = {
  percent: 100,
  perThousand: 1_000,
  perTenThousand: 10_000,
  perHundredThousand: 100_000,
  ratio: 1,
};

/**
 * The number a quotient is multiplied by to express it in the given factor.
 *
 * @example
 * factorMultiplier("perTenThousand"); // 10000
 */
export function factorMultiplier(factor: IndicatorFactor): number {
  return multipliers[factor];
}
