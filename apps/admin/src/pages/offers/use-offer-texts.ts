import { useTranslation } from "react-i18next";
import { offerAreaDe, offerAreaEn } from "./texts.js";

const registered = new WeakSet<object>();

/**
 * `useTranslation` with this area's texts (`offerArea.*`) added on first use: they arrive with
 * the area's lazy pages instead of weighing on the app's first page.
 */
export function useOfferTexts() {
  const translation = useTranslation();
  const { i18n } = translation;
  if (!registered.has(i18n)) {
    i18n.addResourceBundle("de", "translation", { offerArea: offerAreaDe }, true, false);
    i18n.addResourceBundle("en", "translation", { offerArea: offerAreaEn }, true, false);
    registered.add(i18n);
  }
  return translation;
}
