import { type EnumLabels, labelOf, type Locale } from "@praeventionskette/domain";
import { useTranslation } from "react-i18next";

/**
 * Labels of the domain's enumerations (statuses, kinds) in the interface language: they live in
 * the domain package, so every app and the API say the same.
 */
export function useLabels() {
  const { i18n } = useTranslation();
  const locale: Locale = i18n.language === "en" ? "en" : "de";
  return {
    locale,
    label: <T extends string>(labels: EnumLabels<T>, value: T) => labelOf(labels, value, locale),
    name: (text: { de: string; en: string }) => text[locale],
  };
}
