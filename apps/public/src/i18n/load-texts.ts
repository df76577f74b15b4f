import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import type { PortalLanguage } from "./languages.js";

/** A language's texts with those of the legal pages (i18n/legal/) under `legal`, both loaded at once. */
async function withLegal(texts: Promise<object>, legal: Promise<object>): Promise<Record<string, unknown>> {
  const [main, legalTexts] = await Promise.all([texts, legal]);
  return { ...main, legal: legalTexts };
}

// Each language is its own chunk: a page loads the texts of its language only.
const loaders: Record<PortalLanguage["tag"], () => Promise<Record<string, unknown>>> = {
  de: async () => withLegal(import("./de.js").then((m) => m.de), import("./legal/de.js").then((m) => m.legalDe)),
  en: async () => withLegal(import("./en.js").then((m) => m.en), import("./legal/en.js").then((m) => m.legalEn)),
  tr: async () => withLegal(import("./tr.js").then((m) => m.tr), import("./legal/tr.js").then((m) => m.legalTr)),
  ar: async () => withLegal(import("./ar.js").then((m) => m.ar), import("./legal/ar.js").then((m) => m.legalAr)),
  uk: async () => withLegal(import("./uk.js").then((m) => m.uk), import("./legal/uk.js").then((m) => m.legalUk)),
  "de-x-ls": async () => withLegal(import("./leicht.js").then((m) => m.leicht), import("./legal/leicht.js").then((m) => m.legalLeicht)),
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
