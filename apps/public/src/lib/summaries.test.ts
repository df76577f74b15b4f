import { offerInLanguage } from "@praeventionskette/domain";
import { describe, expect, it } from "vitest";
import { fellBackToGerman } from "./summaries.js";

const german = {
  title: "Hebammen für Familien",
  shortTitle: "Familienhebammen",
  description: "Familienhebammen begleiten Familien im ersten Lebensjahr.",
  eligibility: "Schwangere und Familien mit Säuglingen",
};

describe("fellBackToGerman", () => {
  it("ignores a short title the portal never shows", () => {
    const display = offerInLanguage(
      { ...german, translations: { "de-x-ls": { title: "Hebammen für Familien", shortTitle: null, description: "Eine Hebamme hilft bei der Geburt.", eligibility: "Für Schwangere." } } },
      "de-x-ls"
    );
    expect(display.fallback).toBe(true);
    expect(fellBackToGerman(display, ["title", "description", "eligibility"])).toBe(false);
  });

  it("names a shown text that is still German", () => {
    const display = offerInLanguage({ ...german, translations: { en: { title: "Midwives for families", shortTitle: null, description: "", eligibility: "" } } }, "en");
    expect(fellBackToGerman(display, ["title"])).toBe(false);
    expect(fellBackToGerman(display, ["title", "description"])).toBe(true);
  });

  it("is false for German and true without any translation", () => {
    expect(fellBackToGerman(offerInLanguage(german, "de"), ["title", "description"])).toBe(false);
    expect(fellBackToGerman(offerInLanguage(german, "ar"), ["title"])).toBe(true);
  });
});
