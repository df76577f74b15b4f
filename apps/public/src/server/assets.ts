import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { PortalLanguage } from "../i18n/languages.js";
import type { InlineStyle, PageAssets } from "./document.js";

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
 * The built stylesheets as one `<style>` element's text, with the hash the Content-Security-Policy
 * names to allow exactly this text. Inline, the first paint needs no second round trip (on slow
 * 4G the 3 KB stylesheet cost as much as the page itself); it is small enough to send with every page.
 */
export function inlineStyleOf(clientDir: string, files: string[]): InlineStyle {
  const css = files.map((file) => readFileSync(path.join(clientDir, file), "utf8").trim()).join("\n");
  // The text ends the element if it contains its closing tag; built CSS never should.
  if (/<\/style/i.test(css)) throw new Error("Das Stylesheet des Familienportals enthält „</style“ und kann nicht eingebettet werden.");
  return { css, hash: `'sha256-${createHash("sha256").update(css, "utf8").digest("base64")}'` };
}

/**
 * The client build's files for each language's pages, from Vite's manifest: the entry script,
 * its stylesheets (inline, read once at start), and what to preload (shared chunks and the
 * language's texts, which the script would otherwise only discover after it ran).
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
  const style = inlineStyleOf(clientDir, entry.css ?? []);
  return (language) => ({
    script: `/${entry.file}`,
    style,
    // Other languages fall back to German texts, so their pages load the German chunk too.
    preload: [...new Set([...shared, ...chunksOf(TEXT_SOURCES[language.tag]), ...(language.tag === "de" ? [] : chunksOf(TEXT_SOURCES.de))])].map((file) => `/${file}`),
  });
}
