import { renderToString } from "react-dom/server";
import { loadTranslate } from "../i18n/load-texts.js";
import type { PortalLanguage } from "../i18n/languages.js";
import { type Translate, TranslateContext } from "../i18n/translate.js";
import { type EmergencyContact, PortalContext, type PortalContextValue } from "../lib/portal-context.js";
import { EMBED_PREFIX, queryOf, routeOf } from "../lib/routes.js";
import { createPortalApi } from "../lib/trpc.js";
import { legalHead } from "../pages/legal/legal-head.js";
import { Portal } from "../Portal.js";
import { Document, type PageAssets, type PageHead } from "./document.js";
import { loadPage, type PageData } from "./load.js";

/** How a portal process reaches its API and what it says about its operator. */
export interface PortalOptions {
  /** The API's address, e.g. https://praevention.kreis-coesfeld.de; in the API process any origin with `fetch` below. */
  apiUrl: string;
  /** How requests reach the API: the global fetch, or the API app's own handler in the same process. */
  fetch: typeof fetch;
  /** The built client's files per language (readPortalAssets). */
  assets: (language: PortalLanguage) => PageAssets;
  operatorName: string;
  imprintUrl: string | null;
  privacyUrl: string | null;
  /** The official key of the area the portal serves (e.g. "05558", Kreis Coesfeld); null: everything on the platform. */
  areaCode: string | null;
  /** The youth office's own emergency numbers for the help page (PORTAL_EMERGENCY_CONTACTS). */
  emergencyContacts?: EmergencyContact[];
  /** The websites that may show the embed view in a frame (PORTAL_EMBED_ORIGINS). */
  embedOrigins?: string[];
}

/**
 * Names the sites that may frame an answer; the API's security headers (apps/api
 * src/http/security.ts, FRAMING_ORIGINS_HEADER) turn it into `frame-ancestors`.
 */
export const FRAMING_ORIGINS_HEADER = "X-Framing-Origins";

/**
 * Names the hashes (`'sha256-…'`, separated by spaces) of the inline style elements of an HTML
 * answer; the API's security headers (STYLE_HASHES_HEADER there) add them to `style-src`, the
 * standalone process to its own policy. Only the portal's pages carry it.
 */
export const STYLE_HASHES_HEADER = "X-Style-Hashes";

/** What the browser receives to hydrate a page, or to replace it after a search without reloading. */
export interface ClientState {
  data: PageData;
  context: Omit<PortalContextValue, "language"> & { languageTag: PortalLanguage["tag"] };
}

function headOf(data: PageData, t: Translate, context: PortalContextValue): PageHead {
  const site = `${t("site.name")} ${context.operatorName}`;
  const path = `${context.path}${context.query}`;
  switch (data.page) {
    case "offer":
      if (!data.offer) return { title: `${t("offer.notFound")} – ${site}`, description: t("home.lead"), path, noIndex: true };
      return {
        title: `${data.offer.display.title} – ${site}`,
        description: data.offer.display.description.slice(0, 160),
        path: context.path,
        structuredData: {
          "@context": "https://schema.org",
          "@type": "Service",
          name: data.offer.display.title,
          description: data.offer.display.description,
          provider: data.offer.provider ? { "@type": "Organization", name: data.offer.provider.name } : undefined,
          availableLanguage: data.offer.languages,
          isAccessibleForFree: data.offer.cost.free,
          areaServed: [...new Set(data.offer.locations.map((location) => location.address.city))].map((city) => ({ "@type": "City", name: city })),
          availableChannel: data.offer.locations.map((location) => ({ "@type": "ServiceChannel", serviceLocation: { "@type": "Place", name: location.name ?? undefined, address: { "@type": "PostalAddress", streetAddress: location.address.street, postalCode: location.address.postalCode, addressLocality: location.address.city, addressCountry: "DE" } } })),
        },
      };
    case "search":
      return { title: `${t("results.title")} – ${site}`, description: t("home.lead"), path };
    case "chain":
      return { title: `${t("chain.title")} – ${site}`, description: t("chain.lead"), path };
    case "help":
      return { title: `${t("help.title")} – ${site}`, description: t("help.lead"), path };
    case "shortlist":
      return { title: `${t("shortlist.title")} – ${site}`, description: t("shortlist.lead"), path, noIndex: true };
    case "legal":
      return legalHead(data.legal, t, site, path);
    case "notFound":
      return { title: `${t("errors.notFound")} – ${site}`, description: t("home.lead"), path, noIndex: true };
    case "home":
      return { title: `${site} – ${t("site.tagline")}`, description: t("home.lead"), path };
  }
}

function statusOf(data: PageData): number {
  return data.page === "notFound" || (data.page === "offer" && !data.offer) ? 404 : 200;
}

/**
 * The portal as a fetch handler: each GET renders its page on the server in the URL's
 * language. Asked for JSON (the enhanced search), it answers the page's data instead.
 */
export function createPortal(options: PortalOptions): (request: Request) => Promise<Response> {
  const api = createPortalApi(options.apiUrl, options.fetch);
  let area: Promise<string | null> | null = null;
  // Looked up once, on the first request, because the API may start after the portal.
  const areaId = () => {
    area ??= options.areaCode
      ? api.territory.list.query({ code: options.areaCode, limit: 1 }).then((page) => {
          if (!page.items[0]) throw new Error(`PORTAL_TERRITORY ${options.areaCode}: kein Gebiet mit diesem amtlichen Schlüssel.`);
          return page.items[0].id;
        })
      : Promise.resolve(null);
    area.catch(() => (area = null));
    return area;
  };
  return async (request) => {
    const url = new URL(request.url);
    const { language, route, embedded } = routeOf(url);
    const data = await loadPage(api, route, language, await areaId());
    // The page's own path, without language and embed prefixes: the canonical address is the full portal's.
    const ownPath = url.pathname.slice(language.prefix.length) || "/";
    const path = embedded ? ownPath.slice(EMBED_PREFIX.length) || "/" : ownPath;
    const shared = { operatorName: options.operatorName, imprintUrl: options.imprintUrl, privacyUrl: options.privacyUrl, path, query: route.page === "search" ? queryOf(route.params) : "", embedded, emergencyContacts: options.emergencyContacts ?? [] };
    const context: PortalContextValue = { language, ...shared };
    const state: ClientState = { data, context: { ...shared, languageTag: language.tag } };
    const embedOrigins = options.embedOrigins ?? [];
    const headers: Record<string, string> = { "Cache-Control": "public, max-age=60", Vary: "Accept", ...(embedded && embedOrigins.length > 0 ? { [FRAMING_ORIGINS_HEADER]: embedOrigins.join(" ") } : {}) };
    if (request.headers.get("accept")?.includes("application/json")) return Response.json(state, { status: statusOf(data), headers });
    const t = await loadTranslate(language, { legal: data.page === "legal" });
    const assets = options.assets(language);
    const html = renderToString(
      <Document language={language} head={headOf(data, t, context)} origin={url.origin} assets={assets} pageData={state}>
        <TranslateContext.Provider value={t}>
          <PortalContext.Provider value={context}>
            <Portal data={data} />
          </PortalContext.Provider>
        </TranslateContext.Provider>
      </Document>,
    );
    return new Response(`<!doctype html>${html}`, { status: statusOf(data), headers: { ...headers, "Content-Type": "text/html; charset=utf-8", [STYLE_HASHES_HEADER]: assets.style.hash } });
  };
}
