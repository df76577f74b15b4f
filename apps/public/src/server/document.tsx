import type { ReactNode } from "react";
import { localPath, PORTAL_LANGUAGES, type PortalLanguage } from "../i18n/languages.js";

/** What the head of a page says to browsers and search engines. */
export interface PageHead {
  title: string;
  description: string;
  /** Path without language prefix plus query, for canonical and alternate links. */
  path: string;
  /** schema.org data of the page, if any (offers). */
  structuredData?: object;
  noIndex?: boolean;
}

/** The portal's whole stylesheet as the text of a `<style>` element, and its CSP source (`'sha256-…'`). */
export interface InlineStyle {
  css: string;
  hash: string;
}

/** The built assets of a page: the client entry, the inline stylesheet, the modules to preload. */
export interface PageAssets {
  script: string;
  style: InlineStyle;
  preload: string[];
}

// JSON inside a <script> element must not be able to close it.
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/**
 * The whole HTML document around a rendered page: language and direction, title, description,
 * canonical URL and one `hreflang` link per language, the stylesheet inline (allowed by its hash
 * in the CSP), the page data for hydration as JSON (not executed, so the strict CSP stays), and
 * the client script.
 */
export function Document({ language, head, origin, assets, pageData, children }: { language: PortalLanguage; head: PageHead; origin: string; assets: PageAssets; pageData: unknown; children: ReactNode }) {
  return (
    <html lang={language.tag} dir={language.dir}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{head.title}</title>
        <meta name="description" content={head.description} />
        {head.noIndex && <meta name="robots" content="noindex" />}
        <link rel="canonical" href={`${origin}${localPath(language, head.path)}`} />
        {PORTAL_LANGUAGES.map((other) => <link key={other.tag} rel="alternate" hrefLang={other.tag} href={`${origin}${localPath(other, head.path)}`} />)}
        <link rel="alternate" hrefLang="x-default" href={`${origin}${head.path}`} />
        <link rel="icon" href="data:," />
        {/* Inline, not linked: no second round trip before the first paint. The CSP allows exactly this text by its hash. */}
        <style dangerouslySetInnerHTML={{ __html: assets.style.css }} />
        {assets.preload.map((href) => <link key={href} rel="modulepreload" href={href} />)}
        {head.structuredData && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(head.structuredData) }} />}
      </head>
      <body>
        <div id="app">{children}</div>
        <script type="application/json" id="page-data" dangerouslySetInnerHTML={{ __html: scriptJson(pageData) }} />
        {/* Normal priority on purpose: with low priority the first paint came before the script's work, which Lighthouse then counted as blocking time and a late largest paint (performance 0.97 → 0.91 on the offer page). */}
        <script type="module" src={assets.script} />
      </body>
    </html>
  );
}
