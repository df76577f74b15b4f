import { z } from "zod";
import type { EnumLabels } from "../shared/label.js";

/**
 * Finanzierungsart: how a grant relates to the project's costs under German public funding law
 * (VV zu §44 LHO): a fixed amount, a share of the eligible costs, or the gap left after own
 * funds and other income.
 *
 * @example
 * FinancingTypeSchema.parse("fixedAmount");
 */
export const FinancingTypeSchema = z.enum(["fixedAmount", "shareOfCosts", "deficit"]);
/** The financing type of a funding programme. */
export type FinancingType = z.infer<typeof FinancingTypeSchema>;

/** German and English labels of the financing types. */
export const financingTypeLabels: EnumLabels<FinancingType> = {
  fixedAmount: { de: "Festbetragsfinanzierung", en: "Fixed-amount financing" },
  shareOfCosts: { de: "Anteilfinanzierung", en: "Share-of-costs financing" },
  deficit: { de: "Fehlbedarfsfinanzierung", en: "Deficit financing" },
};
