import { BoundaryGeometrySchema, containsPoint, OfferTranslationsSchema } from "@praeventionskette/domain";
import { describe, expect, it } from "vitest";
import { readNrwGeodata } from "./geodata.js";
import { OFFER_ROWS } from "./offer-rows.js";
import { OFFER_TRANSLATIONS } from "./offer-translations.js";
import { demoCoordinates } from "./offers.js";
import { townRow } from "./territories.js";

const titles = new Set(OFFER_ROWS.map((row) => row.title));
const languagesOf = (title: string) => Object.keys(OFFER_TRANSLATIONS[title] ?? {});

describe("demo offer translations", () => {
  it("belong to demo offers and are valid translations", () => {
    for (const [title, translations] of Object.entries(OFFER_TRANSLATIONS)) {
      expect(titles.has(title), title).toBe(true);
      expect(OfferTranslationsSchema.safeParse(translations).success, title).toBe(true);
    }
  });

  it("cover the welcome visit, midwives, a family centre and language support in English, Turkish, Arabic and Ukrainian", () => {
    const core = ["en", "tr", "ar", "uk"];
    for (const title of [
      "Willkommensbesuch für Neugeborene",
      "Familienhebammen und Familien-Gesundheits- und Kinderkrankenpflegerinnen",
      "Familienzentrum St. Lamberti",
      "Alltagsintegrierte Sprachbildung in Kitas",
      "Rucksack KiTa – Elternprogramm zur Sprachförderung",
    ]) {
      expect(languagesOf(title), title).toEqual(expect.arrayContaining(core));
    }
  });

  it("are a realistic share, a few of them in Leichte Sprache, some only partly translated", () => {
    const translated = Object.keys(OFFER_TRANSLATIONS).length;
    expect(translated).toBeGreaterThanOrEqual(10);
    expect(translated).toBeLessThan(OFFER_ROWS.length / 3);
    expect(Object.values(OFFER_TRANSLATIONS).filter((t) => t["de-x-ls"]).length).toBeGreaterThanOrEqual(3);
    const partial = Object.values(OFFER_TRANSLATIONS).flatMap((t) => Object.values(t)).filter((translation) => translation.description === "");
    expect(partial.length).toBeGreaterThan(0);
  });
});

describe("demo coordinates", () => {
  const geodata = readNrwGeodata();
  const places = OFFER_ROWS.flatMap((row) => row.at ?? []);

  it.skipIf(geodata === null)("lie inside the town of each place, are marked as demo data and stay the same", () => {
    expect(places.length).toBeGreaterThan(50);
    for (const place of places) {
      const outline = BoundaryGeometrySchema.parse(geodata!.byKey(townRow(place.town).ags)!.geometry);
      const coordinates = demoCoordinates(place, outline);
      expect(coordinates?.source).toBe("demo");
      expect(containsPoint(outline, [coordinates!.longitude, coordinates!.latitude]), `${place.name} in ${place.town}`).toBe(true);
      expect(demoCoordinates(place, outline)).toEqual(coordinates);
    }
    const distinct = new Set(places.map((place) => JSON.stringify(demoCoordinates(place, BoundaryGeometrySchema.parse(geodata!.byKey(townRow(place.town).ags)!.geometry)))));
    expect(distinct.size).toBeGreaterThan(places.length / 2);
  });

  it("are left out without the town's boundary", () => {
    expect(demoCoordinates(places[0]!, undefined)).toBeNull();
  });
});
