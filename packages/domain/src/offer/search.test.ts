import { describe, expect, it } from "vitest";
import { OfferSearchCriteriaSchema, searchAge } from "./search.js";

const firstMessage = (input: unknown) => OfferSearchCriteriaSchema.safeParse(input).error?.issues[0]?.message;

describe("OfferSearchCriteriaSchema", () => {
  it("accepts what a family enters, every criterion optional", () => {
    expect(OfferSearchCriteriaSchema.parse({})).toEqual({});
    expect(OfferSearchCriteriaSchema.parse({ text: " Hebamme ", birthDate: "2026-03-01", wheelchairAccessible: true, displayLanguage: "de-x-ls" })).toEqual({
      text: "Hebamme",
      birthDate: "2026-03-01",
      wheelchairAccessible: true,
      displayLanguage: "de-x-ls",
    });
  });

  it("refuses wrong input in German", () => {
    expect(firstMessage({ ageMonths: 400 })).toBe("Das Alter in Monaten liegt zwischen -9 (Beginn der Schwangerschaft) und 324 (27 Jahre).");
    expect(firstMessage({ ageMonths: 2.5 })).toBe("Das Alter in Monaten ist eine ganze Zahl, z. B. 14.");
    expect(firstMessage({ ageMonths: 14, birthDate: "2025-09-20" })).toBe("Geben Sie entweder das Alter in Monaten oder das Geburtsdatum an, nicht beides.");
    expect(firstMessage({ displayLanguage: "fr" })).toMatch(/^Anzeigesprache als Sprachkürzel angeben/);
    expect(firstMessage({ language: "Türkisch" })).toBe("Sprache als ISO-639-1-Code angeben, z. B. „de“ oder „tr“.");
    expect(firstMessage({ wheelchairAccessible: "ja" })).toBe("„Rollstuhlgerecht“ ist ja (true) oder nein (false).");
  });
});

describe("searchAge", () => {
  it("takes the age as given or works it out from the birth date", () => {
    expect(searchAge({}, "2026-11-23")).toEqual({ ok: true, ageMonths: null });
    expect(searchAge({ ageMonths: 7 }, "2026-11-23")).toEqual({ ok: true, ageMonths: 7 });
    expect(searchAge({ birthDate: "2025-09-20" }, "2026-11-23")).toEqual({ ok: true, ageMonths: 14 });
    expect(searchAge({ birthDate: "2027-02-01" }, "2026-11-23")).toEqual({ ok: true, ageMonths: -3 });
  });

  it("refuses birth dates too far ahead or too long ago", () => {
    expect(searchAge({ birthDate: "2027-11-01" }, "2026-11-23")).toMatchObject({ ok: false, path: "birthDate", message: "Das Geburtsdatum liegt mehr als neun Monate in der Zukunft." });
    expect(searchAge({ birthDate: "1990-01-01" }, "2026-11-23")).toMatchObject({ ok: false, message: expect.stringContaining("mehr als 27 Jahre zurück") });
  });
});
