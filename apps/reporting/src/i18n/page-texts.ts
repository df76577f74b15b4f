import { useTranslation } from "react-i18next";

/** A page's own texts in every interface language; English has the German file's keys. */
export interface PageTexts<T> {
  de: T;
  en: T;
}

/**
 * The texts of a page that loads lazily, in their own i18next namespace: they travel with the
 * page's chunk instead of the first page's bundle, which must stay under its size budget.
 * Registered on first use (synchronously, so the first render already has them).
 *
 * @example
 * const { t } = usePageTexts("profile", profileTexts);
 * t("title");
 */
export function usePageTexts<T extends object>(namespace: string, texts: PageTexts<T>) {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle("de", namespace)) {
    i18n.addResourceBundle("de", namespace, texts.de, true, true);
    i18n.addResourceBundle("en", namespace, texts.en, true, true);
  }
  return useTranslation(namespace);
}
