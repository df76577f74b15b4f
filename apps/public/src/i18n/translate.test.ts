import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { ar } from "./ar.js";
import { de } from "./de.js";
import { en } from "./en.js";
import { leicht } from "./leicht.js";
import { tr } from "./tr.js";
import { uk } from "./uk.js";
import { createTranslate, type TextTree } from "./translate.js";

// The portal's translate function replaced i18next in the pages (to keep the first page's
// JavaScript small); the texts are written for i18next. Every text in every language must read
// exactly as i18next would render it, plural forms and fallbacks included.
const LANGUAGES: Record<string, TextTree> = { de, en, tr, ar, uk, "de-x-ls": leicht };
const COUNTS = [0, 1, 2, 3, 5, 11, 21, 100, 101];
const VALUES = { operator: "Kreis Coesfeld", from: "1 Jahr", to: "3 Jahre", number: "0800 111 0 111", transition: "Ü1", title: "Elterncafé", place: "Dülmen", page: 2, pages: 7, name: "AWO", message: "Fehler", km: 10, distance: "3,5 km", date: "1.2.2027" };

/** Every key of the German texts, plural forms by their base key. */
function keysOf(node: TextTree, prefix = ""): string[] {
  return Object.entries(node).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === "string" ? [path.replace(/_(zero|one|two|few|many|other)$/, "")] : keysOf(value, path);
  });
}

async function i18nextFor(tag: string, texts: TextTree) {
  const instance = i18next.createInstance();
  await instance.init({ lng: tag, fallbackLng: "de", resources: { [tag]: { translation: texts }, de: { translation: de } }, interpolation: { escapeValue: false }, initAsync: false });
  return instance.t.bind(instance) as (key: string, options?: object) => string;
}

describe("createTranslate", () => {
  const keys = [...new Set(keysOf(de))];

  for (const [tag, texts] of Object.entries(LANGUAGES)) {
    it(`renders every text of ${tag} as i18next does, with every count`, async () => {
      const expected = await i18nextFor(tag, texts);
      const t = createTranslate(tag, texts, de);
      for (const key of keys) {
        expect(t(key, VALUES), key).toBe(expected(key, VALUES));
        for (const count of COUNTS) expect(t(key, { ...VALUES, count }), `${key} (${count})`).toBe(expected(key, { ...VALUES, count }));
      }
    });
  }

  it("falls back to German for a text the language lacks, and to the key for an unknown one", () => {
    const t = createTranslate("en", { site: { name: "Family portal" } }, de);
    expect(t("site.name")).toBe("Family portal");
    expect(t("site.search")).toBe(de.site.search);
    expect(t("site.nothing")).toBe("site.nothing");
  });

  it("leaves a placeholder without a value as it is", () => {
    expect(createTranslate("de", { text: "Hallo {{name}}" }, null)("text", {})).toBe("Hallo {{name}}");
  });
});
