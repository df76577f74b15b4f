import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import type { PortalLanguage } from "./languages.js";

// Each language is its own chunk: a page loads the texts of its language only.
const loaders: Record<PortalLanguage["tag"], () => Promise<Record<string, unknown>>> = {
  de: async () => (await import("./de.js")).de,
  en: async () => (await import("./en.js")).en,
  tr: async () => (await import("./tr.js")).tr,
  ar: async () => (await import("./ar.js")).ar,
  uk: async () => (await import("./uk.js")).uk,
  "de-x-ls": async () => (await import("./leicht.js")).leicht,
};

/**
 * An i18next instance for one page in one language (one per request on the server). German is
 * the fallback for a text a translation lacks. Leichte Sprache uses German plural rules.
 */
export async function createPortalI18n(language: PortalLanguage): Promise<i18n> {
  const instance = i18next.createInstance();
  const [texts, german] = await Promise.all([loaders[language.tag](), language.tag === "de" ? null : loaders.de()]);
  const lng = language.tag === "de-x-ls" ? "de-x-ls" : language.tag;
  await instance.use(initReactI18next).init({
    lng,
    fallbackLng: "de",
    resources: { [lng]: { translation: texts }, ...(german ? { de: { translation: german } } : {}) },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
