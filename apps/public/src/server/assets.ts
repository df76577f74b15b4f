import { readFileSync } from "node:fs";
import path from "node:path";
import type { PortalLanguage } from "../i18n/languages.js";
import type { PageAssets } from "./document.js";

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
}

const TEXT_SOURCES: Record<PortalLanguage["tag"], string> = {
  de: "src/i18n/de.ts",
  en: "src/i18n/en.ts",
  tr: "src/i18n/tr.ts",
  ar: "src/i18n/ar.ts",
  uk: "src/i18n/uk.ts",
  "de-x-ls": "src/i18n/leicht.ts",
};

/**
 * The client build's files for each language's pages, from Vite's manifest: the entry script,
 * its stylesheets, and what to preload (shared chunks and the language's texts, which the
 * script would otherwise only discover after it ran), at low priority behind the stylesheet.
 */
export function readPortalAssets(clientDir: string): (language: PortalLanguage) => PageAssets {
  const manifest = JSON.parse(readFileSync(path.join(clientDir, ".vite", "manifest.json"), "utf8")) as Record<string, ManifestChunk>;
  const entry = manifest["src/entry-client.tsx"];
  if (!entry) throw new Error(`Das Familienportal ist nicht gebaut: ${clientDir} enthält keinen Einstieg.`);
  const chunksOf = (key: string, seen = new Set<string>()): string[] => {
    if (seen.has(key)) return [];
    seen.add(key);
    const chunk = manifest[key];
    return chunk ? [chunk.file, ...(chunk.imports ?? []).flatMap((imported) => chunksOf(imported, seen))] : [];
  };
  const shared = chunksOf("src/entry-client.tsx").slice(1);
  return (language) => ({
    script: `/${entry.file}`,
    styles: (entry.css ?? []).map((file) => `/${file}`),
    // Other languages fall back to German texts, so their pages load the German chunk too.
    preload: [...new Set([...shared, ...chunksOf(TEXT_SOURCES[language.tag]), ...(language.tag === "de" ? [] : chunksOf(TEXT_SOURCES.de))])].map((file) => `/${file}`),
  });
}
