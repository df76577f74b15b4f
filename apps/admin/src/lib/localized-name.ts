import { useTranslation } from "react-i18next";

/**
 * A name given in German and English (life phases, fields of action, indicators) in the
 * interface language. Kept apart from the domain's labels so the first page loads no schemas.
 */
export function useLocalizedName(): (text: { de: string; en: string }) => string {
  const { i18n } = useTranslation();
  return (text) => (i18n.language === "en" ? text.en : text.de);
}
