import { describe, expect, it } from "vitest";
import { ar } from "./ar.js";
import { de, type PortalTexts } from "./de.js";
import { en } from "./en.js";
import { leicht } from "./leicht.js";
import { tr } from "./tr.js";
import { uk } from "./uk.js";

// The type check: each language has every key of de.ts. Assigning the language objects (not fresh
// object literals) lets ar and uk carry their extra plural forms, which PortalTexts does not name.
const all: Record<string, PortalTexts> = { de, en, tr, ar, uk, leicht };

/** The language whose plural rules i18next applies to each text object; Leichte Sprache is German. */
const PLURAL_LOCALE: Record<string, string> = { de: "de", en: "en", tr: "tr", ar: "ar", uk: "uk", leicht: "de" };

const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;
const PLACEHOLDER = /\{\{\s*([^{}]+?)\s*\}\}/g;

/** Every text of a nested text object by its dotted key path; fails on anything but texts and objects. */
function textsOf(node: unknown, prefix = ""): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") texts.set(path, value);
    else if (typeof value === "object" && value !== null && !Array.isArray(value)) for (const [inner, text] of textsOf(value, path)) texts.set(inner, text);
    else throw new Error(`${path} is neither a text nor a group of texts`);
  }
  return texts;
}

function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]!))].sort();
}

const german = textsOf(de);

/** The German text a translated key renders: the same key, or for a plural form the German `_other`. */
function germanFor(path: string): string | undefined {
  const plural = PLURAL.exec(path);
  return plural ? german.get(`${plural[1]}_other`) : german.get(path);
}

describe("portal texts", () => {
  for (const [name, texts] of Object.entries(all)) {
    const translated = textsOf(texts);

    describe(name, () => {
      it("has every text of de.ts", () => {
        expect([...german.keys()].filter((path) => !translated.has(path))).toEqual([]);
      });

      it("has no key that de.ts does not know, except further plural forms of a German plural text", () => {
        expect([...translated.keys()].filter((path) => germanFor(path) === undefined)).toEqual([]);
      });

      it("has every plural form its language needs", () => {
        const categories = new Intl.PluralRules(PLURAL_LOCALE[name]).resolvedOptions().pluralCategories;
        const bases = [...german.keys()].flatMap((path) => PLURAL.exec(path)?.[1] ?? []);
        const missing = [...new Set(bases)].flatMap((base) => categories.map((category) => `${base}_${category}`)).filter((path) => !translated.has(path));
        expect(missing).toEqual([]);
      });

      it("keeps the placeholders of the German text, and adds none", () => {
        const wrong = [...translated]
          .filter(([path, text]) => {
            const source = germanFor(path);
            return source !== undefined && placeholdersOf(source).join() !== placeholdersOf(text).join();
          })
          .map(([path, text]) => `${path}: ${text}`);
        expect(wrong).toEqual([]);
      });

      it("has no empty text", () => {
        expect([...translated].filter(([, text]) => text.trim() === "").map(([path]) => path)).toEqual([]);
      });
    });
  }
});
