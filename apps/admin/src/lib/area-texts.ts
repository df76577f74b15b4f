import { useTranslation } from "react-i18next";

type Texts = Record<string, unknown>;

const registered = new WeakMap<object, Set<string>>();

/**
 * `useTranslation` with one area's texts (under `key`) added on first use. An area's texts
 * arrive with its lazy pages instead of weighing on the app's first page; only the navigation
 * labels stay in `i18n/de.ts` and `en.ts`.
 */
export function useAreaTexts(key: string, de: Texts, en: Texts) {
  const translation = useTranslation();
  const { i18n } = translation;
  const done = registered.get(i18n) ?? new Set<string>();
  if (!done.has(key)) {
    i18n.addResourceBundle("de", "translation", { [key]: de }, true, false);
    i18n.addResourceBundle("en", "translation", { [key]: en }, true, false);
    done.add(key);
    registered.set(i18n, done);
  }
  return translation;
}
