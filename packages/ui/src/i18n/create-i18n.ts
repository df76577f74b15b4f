import i18next, { type i18n, type Resource } from "i18next";
import { initReactI18next } from "react-i18next";

const STORAGE_KEY = "praeventionskette.sprache";

/** Languages written right to left; the page's `dir` follows the language. */
const RIGHT_TO_LEFT = new Set(["ar", "fa"]);

/**
 * An i18next instance for an app: German first, the language chosen before remembered on this
 * device, `<html lang dir>` kept in step so screen readers pronounce the right language.
 *
 * @example
 * const i18n = await createI18n({ de: { translation: de }, en: { translation: en } });
 */
export async function createI18n(resources: Resource, options: { initialLanguage?: string } = {}): Promise<i18n> {
  const supported = Object.keys(resources);
  const remembered = typeof localStorage === "undefined" ? null : localStorage.getItem(STORAGE_KEY);
  const wanted = options.initialLanguage ?? remembered ?? "de";
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources,
    lng: supported.includes(wanted) ? wanted : "de",
    fallbackLng: "de",
    supportedLngs: supported,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const apply = (language: string) => {
    if (typeof document === "undefined") return;
    document.documentElement.lang = language;
    document.documentElement.dir = RIGHT_TO_LEFT.has(language) ? "rtl" : "ltr";
  };
  apply(instance.language);
  instance.on("languageChanged", (language) => {
    apply(language);
    if (typeof localStorage !== "undefined") localStorage.setItem(STORAGE_KEY, language);
  });
  return instance;
}
