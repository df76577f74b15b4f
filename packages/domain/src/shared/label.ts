import { z } from "zod";

/** The UI languages every label exists in: German first, English available. */
export const LocaleSchema = z.enum(["de", "en"]);
/** A UI language: `de` or `en`. */
export type Locale = z.infer<typeof LocaleSchema>;

/**
 * A short text in German and English, e.g. for an enumeration value.
 *
 * @example
 * const label: Label = { de: "Gesundheit", en: "Health" };
 */
export const LabelSchema = z.object({
  de: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
/** A short text in German and English. */
export type Label = z.infer<typeof LabelSchema>;

/** German and English labels for every value of a string enumeration. */
export type EnumLabels<T extends string> = Readonly<Record<T, Label>>;

/**
 * The label of an enumeration value in the requested language.
 *
 * @example
 * labelOf(preventionLevelLabels, "universal", "en"); // "Universal prevention"
 */
export function labelOf<T extends string>(
  labels: EnumLabels<T>,
  value: T,
  locale: Locale = "de",
): string {
  return labels[value][locale];
}
