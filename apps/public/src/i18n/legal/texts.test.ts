import { describe, expect, it } from "vitest";
import { legalAr } from "./ar.js";
import { legalDe } from "./de.js";
import { legalEn } from "./en.js";
import { legalFooterTexts } from "./footer.js";
import { legalLeicht } from "./leicht.js";
import { legalTr } from "./tr.js";
import { legalUk } from "./uk.js";

const PLACEHOLDER = /\{\{\s*([^{}]+?)\s*\}\}/g;

/** Every text by its dotted key path. */
function textsOf(node: object, prefix = ""): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [key, value] of Object.entries(node)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") texts.set(path, value);
    else for (const [inner, text] of textsOf(value as object, path)) texts.set(inner, text);
  }
  return texts;
}

const placeholders = (text: string) => [...text.matchAll(PLACEHOLDER)].map((match) => match[1]).sort();

describe("legal page texts", () => {
  const german = textsOf(legalDe);
  for (const [name, texts] of Object.entries({ en: legalEn, tr: legalTr, ar: legalAr, uk: legalUk, leicht: legalLeicht })) {
    it(`${name}: every text, none empty, the same placeholders as German`, () => {
      const translated = textsOf(texts);
      expect([...translated.keys()].sort()).toEqual([...german.keys()].sort());
      for (const [path, text] of translated) {
        expect(text.trim(), path).not.toBe("");
        expect(placeholders(text), path).toEqual(placeholders(german.get(path)!));
      }
    });
  }

  it("names the NRW ombuds office in German in every language (its official name)", () => {
    for (const texts of [legalDe, legalEn, legalTr, legalAr, legalUk, legalLeicht]) {
      expect(texts.accessibility.ombudsName).toBe("Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen");
    }
  });

  it("has the footer's links in every portal language", () => {
    for (const footer of Object.values(legalFooterTexts)) expect(Object.values(footer).every((text) => text.trim() !== "")).toBe(true);
    expect(Object.keys(legalFooterTexts).sort()).toEqual(["ar", "de", "de-x-ls", "en", "tr", "uk"]);
  });
});
