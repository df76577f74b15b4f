import type { DisplayLanguage } from "@praeventionskette/domain";

/** A language of the portal: its tag (HTML `lang`, `hreflang`, offer translations), URL prefix and direction. */
export interface PortalLanguage {
  tag: Extract<DisplayLanguage, "de" | "en" | "tr" | "ar" | "uk" | "de-x-ls">;
  /** The URL prefix; German, the default, has none. */
  prefix: string;
  /** The language's name in itself, for the language menu. */
  ownName: string;
  dir: "ltr" | "rtl";
}

/** The portal's languages; German first. */
export const PORTAL_LANGUAGES: readonly PortalLanguage[] = [
  { tag: "de", prefix: "", ownName: "Deutsch", dir: "ltr" },
  { tag: "en", prefix: "/en", ownName: "English", dir: "ltr" },
  { tag: "tr", prefix: "/tr", ownName: "Türkçe", dir: "ltr" },
  { tag: "ar", prefix: "/ar", ownName: "العربية", dir: "rtl" },
  { tag: "uk", prefix: "/uk", ownName: "Українська", dir: "ltr" },
  { tag: "de-x-ls", prefix: "/leichte-sprache", ownName: "Leichte Sprache", dir: "ltr" },
];

/**
 * The writing direction of a text in a language (an offer's text may be in another language than
 * the page: a German description on an Arabic page must still run left to right).
 */
export function directionOf(tag: string): "ltr" | "rtl" {
  return tag === "ar" ? "rtl" : "ltr";
}

/** The portal language for a tag; German for anything unknown. */
export function portalLanguage(tag: string): PortalLanguage {
  return PORTAL_LANGUAGES.find((language) => language.tag === tag) ?? PORTAL_LANGUAGES[0]!;
}

/** The language a path is in and the path without its prefix: `/tr/angebote` → tr, `/angebote`. */
export function splitLanguage(pathname: string): { language: PortalLanguage; path: string } {
  for (const language of PORTAL_LANGUAGES) {
    if (language.prefix && (pathname === language.prefix || pathname.startsWith(`${language.prefix}/`))) {
      return { language, path: pathname.slice(language.prefix.length) || "/" };
    }
  }
  return { language: PORTAL_LANGUAGES[0]!, path: pathname };
}

/** A path of the portal in a language: `localPath(tr, "/angebote")` → `/tr/angebote`. */
export function localPath(language: PortalLanguage, path: string): string {
  return `${language.prefix}${path === "/" && language.prefix ? "" : path}` || "/";
}
