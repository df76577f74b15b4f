import { z } from "zod";
import type { EnumLabels } from "../shared/label.js";
import type { OfferInput } from "./offer.js";

const TRANSLATION_LANGUAGES_MESSAGE =
  "Übersetzungen gibt es auf Englisch (en), Türkisch (tr), Arabisch (ar), Ukrainisch (uk), Russisch (ru), Polnisch (pl), Persisch (fa) und in Leichter Sprache (de-x-ls).";

/**
 * Sprachen of an offer's translations, as BCP 47 language tags:
 *
 * | tag | language |
 * |---|---|
 * | `en` | English (Englisch) |
 * | `tr` | Turkish (Türkisch) |
 * | `ar` | Arabic (Arabisch), written right to left |
 * | `uk` | Ukrainian (Ukrainisch) |
 * | `ru` | Russian (Russisch) |
 * | `pl` | Polish (Polnisch) |
 * | `fa` | Persian (Persisch, Farsi/Dari), written right to left |
 * | `de-x-ls` | Leichte Sprache: German in easy language (private-use subtag `x-ls`) |
 *
 * German (`de`) is no translation: it is the offer's own text, always present. `de-x-ls` is a
 * valid value of the HTML `lang` attribute and keeps `de` as its primary language, so screen
 * readers pronounce it as German.
 *
 * @example
 * TranslationLanguageSchema.parse("de-x-ls"); // Leichte Sprache
 */
export const TranslationLanguageSchema = z.enum(["en", "tr", "ar", "uk", "ru", "pl", "fa", "de-x-ls"], { error: TRANSLATION_LANGUAGES_MESSAGE });
/** A language an offer can be translated into. */
export type TranslationLanguage = z.infer<typeof TranslationLanguageSchema>;

/**
 * Anzeigesprache: a language an offer can be shown in: German (`de`, the offer's own text) or
 * one of the {@link TranslationLanguageSchema} tags.
 *
 * @example
 * DisplayLanguageSchema.parse("tr");
 */
export const DisplayLanguageSchema = z.enum(["de", ...TranslationLanguageSchema.options], {
  error: "Anzeigesprache als Sprachkürzel angeben: de, en, tr, ar, uk, ru, pl, fa oder de-x-ls (Leichte Sprache).",
});
/** A language an offer can be shown in. */
export type DisplayLanguage = z.infer<typeof DisplayLanguageSchema>;

/** German and English names of the display languages. */
export const displayLanguageLabels: EnumLabels<DisplayLanguage> = {
  de: { de: "Deutsch", en: "German" },
  en: { de: "Englisch", en: "English" },
  tr: { de: "Türkisch", en: "Turkish" },
  ar: { de: "Arabisch", en: "Arabic" },
  uk: { de: "Ukrainisch", en: "Ukrainian" },
  ru: { de: "Russisch", en: "Russian" },
  pl: { de: "Polnisch", en: "Polish" },
  fa: { de: "Persisch", en: "Persian" },
  "de-x-ls": { de: "Leichte Sprache", en: "Easy German (Leichte Sprache)" },
};

/**
 * Each display language's name in itself, for a language menu that people find their
 * language in without reading German.
 *
 * @example
 * nativeLanguageNames.tr; // "Türkçe"
 */
export const nativeLanguageNames: Readonly<Record<DisplayLanguage, string>> = {
  de: "Deutsch",
  en: "English",
  tr: "Türkçe",
  ar: "العربية",
  uk: "Українська",
  ru: "Русский",
  pl: "Polski",
  fa: "فارسی",
  "de-x-ls": "Leichte Sprache",
};

/**
 * The writing direction of a display language, for the HTML `dir` attribute: Arabic and
 * Persian are written right to left.
 *
 * @example
 * languageDirection("ar"); // "rtl"
 */
export function languageDirection(language: DisplayLanguage): "ltr" | "rtl" {
  return language === "ar" || language === "fa" ? "rtl" : "ltr";
}

/**
 * Übersetzung of an offer's texts into one language. The title is required; a short title,
 * description or eligibility left empty (`null` or "") is not translated, and the German text
 * is shown in its place (see {@link offerInLanguage}).
 *
 * @example
 * OfferTranslationSchema.parse({ title: "Welcome visit for newborns", description: "Staff of the early help service visit families …" });
 */
export const OfferTranslationSchema = z.object({
  /** Title in this language. */
  title: z.string().trim().min(1).max(200),
  /** Short title; `null` = not translated. */
  shortTitle: z.string().trim().min(1).max(80).nullable().default(null),
  /** Description; "" = not translated. */
  description: z.string().trim().max(5000).default(""),
  /** Who may use the offer; "" = not translated. */
  eligibility: z.string().trim().max(2000).default(""),
});
/** An offer's texts in one language. */
export type OfferTranslation = z.infer<typeof OfferTranslationSchema>;

/**
 * The translations of an offer, by language tag; any subset of the languages, none by default.
 *
 * @example
 * OfferTranslationsSchema.parse({ en: { title: "Parents' café" }, "de-x-ls": { title: "Treffen für Eltern" } });
 */
export const OfferTranslationsSchema = z.partialRecord(TranslationLanguageSchema, OfferTranslationSchema, {
  // zod reports keys outside the enum as `unrecognized_keys`, which its issue type for records does not list.
  error: (issue) => {
    const { code, keys } = issue as { code: string; keys?: string[] };
    return code === "unrecognized_keys" ? `${TRANSLATION_LANGUAGES_MESSAGE} Unbekannt: ${(keys ?? []).join(", ")}.` : undefined;
  },
});
/** An offer's translations by language. */
export type OfferTranslations = z.infer<typeof OfferTranslationsSchema>;

/** The texts of an offer that are translated. */
export type OfferTextField = "title" | "shortTitle" | "description" | "eligibility";

/** What {@link offerInLanguage} needs: the German texts and any translations (records stored before translations existed have none). */
export type TranslatableOffer = Pick<OfferInput, OfferTextField> & { translations?: OfferTranslations | undefined };

/** An offer's texts as shown in one language, and in which language each text really is. */
export interface OfferInLanguage {
  /** The language asked for. */
  requestedLanguage: DisplayLanguage;
  /** The language the offer is shown in: the requested one when a translation exists, else German. */
  shownLanguage: DisplayLanguage;
  /** True when some text is shown in German although another language was asked for. */
  fallback: boolean;
  title: string;
  shortTitle: string | null;
  description: string;
  eligibility: string;
  /** Per text, the language it is shown in (for the `lang` attribute of each part). */
  fieldLanguages: Record<OfferTextField, DisplayLanguage>;
}

/**
 * An offer's title, short title, description and eligibility in the requested language, field
 * by field: a translated text where the translation has it, else the German one. Says which
 * language it shows (`shownLanguage`: the requested one if a translation exists, else `de`),
 * whether anything fell back to German (`fallback`), and each field's language. A field that is
 * empty in German too counts as shown in the requested language (there is nothing to fall back
 * to). German Leichte Sprache (`de-x-ls`) falls back to standard German like any other language.
 *
 * @example
 * const shown = offerInLanguage(offer, "tr");
 * shown.fallback; // true when, say, only the title is translated into Turkish
 * shown.fieldLanguages.description; // "de" then
 */
export function offerInLanguage(offer: TranslatableOffer, language: DisplayLanguage): OfferInLanguage {
  const translation = language === "de" ? undefined : offer.translations?.[language];
  if (translation === undefined) {
    const german = { title: "de", shortTitle: "de", description: "de", eligibility: "de" } as const;
    return {
      requestedLanguage: language,
      shownLanguage: "de",
      fallback: language !== "de",
      title: offer.title,
      shortTitle: offer.shortTitle,
      description: offer.description,
      eligibility: offer.eligibility,
      fieldLanguages: german,
    };
  }
  const pick = <T extends string | null>(translated: T | undefined, original: T): { text: T; language: DisplayLanguage; fellBack: boolean } => {
    if (translated !== undefined && translated !== null && translated.trim() !== "") return { text: translated, language, fellBack: false };
    const hasOriginal = original !== null && original.trim() !== "";
    return { text: original, language: hasOriginal ? "de" : language, fellBack: hasOriginal };
  };
  const title = pick(translation.title, offer.title);
  const shortTitle = pick(translation.shortTitle, offer.shortTitle);
  const description = pick(translation.description, offer.description);
  const eligibility = pick(translation.eligibility, offer.eligibility);
  return {
    requestedLanguage: language,
    shownLanguage: language,
    fallback: [title, shortTitle, description, eligibility].some((field) => field.fellBack),
    title: title.text,
    shortTitle: shortTitle.text,
    description: description.text,
    eligibility: eligibility.text,
    fieldLanguages: { title: title.language, shortTitle: shortTitle.language, description: description.language, eligibility: eligibility.language },
  };
}
