import { z } from "zod";
import type { EnumLabels } from "../shared/label.js";

/**
 * Polarität: which direction of an indicator is desirable. A child poverty rate is better when
 * lower, a childcare rate when higher; some context figures are not judged at all.
 *
 * @example
 * PolaritySchema.parse("lowerIsBetter");
 */
export const PolaritySchema = z.enum(["higherIsBetter", "lowerIsBetter", "neutral"]);
/** The desirable direction of an indicator. */
export type Polarity = z.infer<typeof PolaritySchema>;

/** German and English labels of the polarities. */
export const polarityLabels: EnumLabels<Polarity> = {
  higherIsBetter: { de: "Höher ist besser", en: "Higher is better" },
  lowerIsBetter: { de: "Niedriger ist besser", en: "Lower is better" },
  neutral: { de: "Neutral (ohne Bewertung)", en: "Neutral (not rated)" },
};
