import type { PortalLanguage } from "./languages.js";
import { legalFooterTexts } from "./legal/footer.js";
import { createTranslate, type TextTree, type Translate } from "./translate.js";

// Each language is its own chunk: a page loads the texts of its language only.
const loaders: Record<PortalLanguage["tag"], () => Promise<Record<string, unknown>>> = {
  de: async () => (await import("./de.js")).de,
  en: async () => (await import("./en.js")).en,
  tr: async () => (await import("./tr.js")).tr,
  ar: async () => (await import("./ar.js")).ar,
  uk: async () => (await import("./uk.js")).uk,
  "de-x-ls": async () => (await import("./leicht.js")).leicht,
};

// The legal pages' texts (i18n/legal/), a chunk per language loaded on those pages only.
const legalLoaders: Record<PortalLanguage["tag"], () => Promise<object>> = {
  de: async () => (await import("./legal/de.js")).legalDe,
  en: async () => (await import("./legal/en.js")).legalEn,
  tr: async () => (await import("./legal/tr.js")).legalTr,
  ar: async () => (await import("./legal/ar.js")).legalAr,
  uk: async () => (await import("./legal/uk.js")).legalUk,
  "de-x-ls": async () => (await import("./legal/leicht.js")).legalLeicht,
};

/** A language's texts, with the legal texts under `legal`: the footer's always, the pages' when asked for. */
async function textsOf(tag: PortalLanguage["tag"], legal: boolean): Promise<Record<string, unknown>> {
  const [texts, pages] = await Promise.all([loaders[tag](), legal ? legalLoaders[tag]() : null]);
  return { ...texts, legal: { ...pages, footer: legalFooterTexts[tag] } };
}

/**
 * The translation function for one page in one language (one per request on the server). German
 * is the fallback for a text a translation lacks. Leichte Sprache uses German plural rules.
 * `legal`: the page is one of the legal pages, whose texts are loaded only then.
 */
export async function loadTranslate(language: PortalLanguage, options: { legal?: boolean } = {}): Promise<Translate> {
  const [texts, german] = await Promise.all([textsOf(language.tag, options.legal ?? false), language.tag === "de" ? null : textsOf("de", false)]);
  return createTranslate(language.tag, texts as TextTree, german as TextTree | null);
}
