import { createContext, useContext } from "react";

/** Values a text may name in `{{…}}`; `count` also picks the plural form. */
export type TextValues = Record<string, unknown> & { count?: number };

/** Looks a text up by its dotted key (`"results.count"`) and fills in its values. */
export type Translate = (key: string, values?: TextValues) => string;

/** A language's texts: nested groups of strings, as in de.ts. */
export type TextTree = { readonly [key: string]: string | TextTree };

const PLACEHOLDER = /\{\{\s*([^{}]+?)\s*\}\}/g;

function lookup(texts: TextTree, key: string): string | undefined {
  let node: string | TextTree | undefined = texts;
  for (const part of key.split(".")) {
    if (typeof node !== "object") return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

function pluralRulesOf(locale: string): Intl.PluralRules {
  try {
    return new Intl.PluralRules(locale);
  } catch {
    // A private-use tag such as Leichte Sprache's "de-x-ls" counts like its language.
    return new Intl.PluralRules(locale.split("-")[0]);
  }
}

/**
 * The portal's translation function, small enough for the first page's JavaScript budget (i18next
 * alone weighs 15 KB gzipped). It follows the i18next conventions the text files are written in:
 * dotted keys, `{{name}}` placeholders, plural forms as `_one`, `_other` (and Arabic's `_zero`,
 * `_two`, `_few`, `_many`) chosen by `Intl.PluralRules` from `count`, `_zero` first for a count of
 * 0, and each text looked up in the page's language first, then in German; a text missing
 * everywhere shows its key.
 *
 * @example
 * const t = createTranslate("tr", tr, de);
 * t("results.count", { count: 3 }); // "3 hizmet"
 */
export function createTranslate(locale: string, texts: TextTree, fallback: TextTree | null): Translate {
  const sources: { texts: TextTree; rules: Intl.PluralRules }[] = [{ texts, rules: pluralRulesOf(locale) }];
  if (fallback && fallback !== texts) sources.push({ texts: fallback, rules: pluralRulesOf("de") });
  return (key, values) => {
    const count = values?.count;
    let text: string | undefined;
    for (const source of sources) {
      if (typeof count === "number") {
        text = (count === 0 ? lookup(source.texts, `${key}_zero`) : undefined) ?? lookup(source.texts, `${key}_${source.rules.select(count)}`);
      }
      text ??= lookup(source.texts, key);
      if (text !== undefined) break;
    }
    if (text === undefined) return key;
    return values ? text.replace(PLACEHOLDER, (whole, name: string) => (name in values ? String(values[name]) : whole)) : text;
  };
}

/** The page's translation function, provided around the whole portal. */
export const TranslateContext = createContext<Translate>((key) => key);

/** The page's texts, as `const { t } = useTranslation()`. */
export function useTranslation(): { t: Translate } {
  return { t: useContext(TranslateContext) };
}
