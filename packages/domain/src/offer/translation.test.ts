import { describe, expect, it } from "vitest";
import { fellBackToGerman } from "./fallback.js";
import { OfferInputSchema } from "./offer.js";
import {
  DisplayLanguageSchema,
  displayLanguageLabels,
  languageDirection,
  nativeLanguageNames,
  offerInLanguage,
  OfferTranslationSchema,
  TranslationLanguageSchema,
} from "./translation.js";

const welcome = {
  title: "Willkommensbesuch für Neugeborene",
  shortTitle: "Willkommensbesuch",
  description: "Fachkräfte der Frühen Hilfen besuchen Familien nach der Geburt.",
  eligibility: "Alle Familien mit Neugeborenen.",
  translations: {
    en: {
      title: "Welcome visit for newborns",
      shortTitle: "Welcome visit",
      description: "Staff of the early help service visit families after the birth.",
      eligibility: "All families with a newborn baby.",
    },
    tr: { title: "Yenidoğanlar için hoş geldin ziyareti", shortTitle: null, description: "Erken Yardım uzmanları doğumdan sonra aileleri ziyaret eder.", eligibility: "" },
    "de-x-ls": { title: "Besuch nach der Geburt", shortTitle: null, description: "", eligibility: "" },
  },
};

describe("offerInLanguage", () => {
  it("shows German as it is", () => {
    expect(offerInLanguage(welcome, "de")).toMatchObject({ requestedLanguage: "de", shownLanguage: "de", fallback: false, title: welcome.title, description: welcome.description });
  });

  it("shows a complete translation without fallback", () => {
    const shown = offerInLanguage(welcome, "en");
    expect(shown).toMatchObject({ shownLanguage: "en", fallback: false, title: "Welcome visit for newborns", shortTitle: "Welcome visit", eligibility: "All families with a newborn baby." });
    expect(Object.values(shown.fieldLanguages)).toEqual(["en", "en", "en", "en"]);
  });

  it("falls back to German field by field and says so", () => {
    const shown = offerInLanguage(welcome, "tr");
    expect(shown).toMatchObject({ shownLanguage: "tr", fallback: true, title: "Yenidoğanlar için hoş geldin ziyareti", shortTitle: "Willkommensbesuch", eligibility: "Alle Familien mit Neugeborenen." });
    expect(shown.fieldLanguages).toEqual({ title: "tr", shortTitle: "de", description: "tr", eligibility: "de" });
  });

  it("shows German with fallback when there is no translation at all, also for records without translations", () => {
    const shown = offerInLanguage(welcome, "uk");
    expect(shown).toMatchObject({ requestedLanguage: "uk", shownLanguage: "de", fallback: true, title: welcome.title, description: welcome.description });
    expect(Object.values(shown.fieldLanguages)).toEqual(["de", "de", "de", "de"]);
    const old = { ...welcome, translations: undefined };
    expect(offerInLanguage(old, "ar")).toMatchObject({ shownLanguage: "de", fallback: true, title: welcome.title });
  });

  it("treats Leichte Sprache like a language of its own and falls back to standard German", () => {
    const shown = offerInLanguage(welcome, "de-x-ls");
    expect(shown).toMatchObject({ shownLanguage: "de-x-ls", fallback: true, title: "Besuch nach der Geburt", description: welcome.description });
  });

  it("is no fallback where the German text is empty, too", () => {
    const plain = { ...welcome, shortTitle: null, eligibility: "", translations: { pl: { title: "Wizyta powitalna", shortTitle: null, description: "Wizyta po porodzie.", eligibility: "" } } };
    const shown = offerInLanguage(plain, "pl");
    expect(shown).toMatchObject({ fallback: false, shortTitle: null, eligibility: "" });
    expect(shown.fieldLanguages).toEqual({ title: "pl", shortTitle: "pl", description: "pl", eligibility: "pl" });
  });
});

describe("translation schemas", () => {
  it("know the languages, their names and writing direction", () => {
    expect(TranslationLanguageSchema.options).toEqual(["en", "tr", "ar", "uk", "ru", "pl", "fa", "de-x-ls"]);
    expect(DisplayLanguageSchema.options[0]).toBe("de");
    expect(DisplayLanguageSchema.options.every((l) => displayLanguageLabels[l].de && nativeLanguageNames[l])).toBe(true);
    expect(["ar", "fa", "tr", "de-x-ls"].map((l) => languageDirection(DisplayLanguageSchema.parse(l)))).toEqual(["rtl", "rtl", "ltr", "ltr"]);
  });

  it("need a title; the other texts default to not translated", () => {
    expect(OfferTranslationSchema.parse({ title: " Parents' café " })).toEqual({ title: "Parents' café", shortTitle: null, description: "", eligibility: "" });
    expect(OfferTranslationSchema.safeParse({ description: "Only a description" }).success).toBe(false);
  });

  it("are optional on offers, none by default, and refuse unknown languages in German", () => {
    const offer = {
      ...welcome, providerId: "00000000-0000-4000-8000-000000000001", territoryIds: ["00000000-0000-4000-8000-000000000002"], locations: [], schedules: [],
      languages: ["de"], cost: { free: true, amountCents: null, description: null }, minAgeMonths: 0, maxAgeMonths: 6,
      contact: { name: null, email: "fruehehilfen@example.org", phone: null, url: null }, status: "active", visibleFrom: null, visibleTo: null,
      lifePhaseIds: [], transitionIds: [], fieldOfActionIds: ["00000000-0000-4000-8000-000000000003"], targetGroups: ["parents"], preventionLevel: "universal", goalIds: [],
    };
    expect(OfferInputSchema.parse({ ...offer, translations: undefined }).translations).toEqual({});
    expect(OfferInputSchema.parse(offer).translations.tr?.title).toBe("Yenidoğanlar için hoş geldin ziyareti");
    const french = OfferInputSchema.safeParse({ ...offer, translations: { fr: { title: "Visite de bienvenue" } } });
    expect(french.error?.issues[0]?.path).toEqual(["translations"]);
    expect(french.error?.issues[0]?.message).toMatch(/^Übersetzungen gibt es auf Englisch \(en\).* Unbekannt: fr\.$/);
    const untitled = OfferInputSchema.safeParse({ ...offer, translations: { en: { title: "  " } } });
    expect(untitled.error?.issues[0]?.path).toEqual(["translations", "en", "title"]);
  });
});

const germanTexts = {
  title: "Hebammen für Familien",
  shortTitle: "Familienhebammen",
  description: "Familienhebammen begleiten Familien im ersten Lebensjahr.",
  eligibility: "Schwangere und Familien mit Säuglingen",
};

describe("fellBackToGerman", () => {
  it("ignores a short title the portal never shows", () => {
    const display = offerInLanguage(
      { ...germanTexts, translations: { "de-x-ls": { title: "Hebammen für Familien", shortTitle: null, description: "Eine Hebamme hilft bei der Geburt.", eligibility: "Für Schwangere." } } },
      "de-x-ls"
    );
    expect(display.fallback).toBe(true);
    expect(fellBackToGerman(display, ["title", "description", "eligibility"])).toBe(false);
  });

  it("names a shown text that is still German", () => {
    const display = offerInLanguage({ ...germanTexts, translations: { en: { title: "Midwives for families", shortTitle: null, description: "", eligibility: "" } } }, "en");
    expect(fellBackToGerman(display, ["title"])).toBe(false);
    expect(fellBackToGerman(display, ["title", "description"])).toBe(true);
  });

  it("is false for German and true without any translation", () => {
    expect(fellBackToGerman(offerInLanguage(germanTexts, "de"), ["title", "description"])).toBe(false);
    expect(fellBackToGerman(offerInLanguage(germanTexts, "ar"), ["title"])).toBe(true);
  });
});
