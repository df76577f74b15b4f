import { type PortalLanguage, splitLanguage } from "../i18n/languages.js";
import { type LegalRoute, legalRouteOf } from "../pages/legal/legal-route.js";

/** The search as it stands in the URL (German parameter names, so links read well to users). */
export interface SearchParams {
  q?: string;
  /** Age in whole years, or "schwanger". */
  alter?: string;
  geburtsdatum?: string;
  ort?: string;
  thema?: string;
  phase?: string;
  uebergang?: string;
  sprache?: string;
  kostenlos?: boolean;
  rollstuhl?: boolean;
  /** Umkreis in km around the chosen town or point (one of NEAR_KM). */
  umkreis?: number;
  /** A point the family picked on the map or took from the browser: "51.8307,7.2836". */
  punkt?: string;
  /** "karte" shows the results on the map; the list is the default. */
  ansicht?: "karte";
  seite?: number;
}

/** The distances a family can search within, in km. */
export const NEAR_KM = [2, 5, 10, 25] as const;

/** The circle around a point the family picked, until it chooses another distance. */
export const DEFAULT_NEAR_KM = 5;

/** The embed view (for municipalities' own websites) lives under this prefix, after the language's. */
export const EMBED_PREFIX = "/einbetten";

/** What a URL of the portal shows. */
export type Route =
  | { page: "home" }
  | { page: "search"; params: SearchParams }
  | { page: "offer"; id: string }
  | { page: "chain" }
  | { page: "help" }
  | { page: "shortlist" }
  | { page: "legal"; legal: LegalRoute }
  | { page: "notFound" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The page paths, the same in every language (the language is the prefix). */
export const PATHS = { home: "/", search: "/angebote", chain: "/lebensphasen", help: "/hilfe", shortlist: "/merkliste" } as const;

function text(value: string | null, max = 200): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
}

/** Reads the search from a query string; unknown or malformed values are dropped, not fatal. */
export function searchParamsOf(query: URLSearchParams): SearchParams {
  const id = (name: string) => {
    const value = query.get(name);
    return value && UUID.test(value) ? value : undefined;
  };
  const page = Number(query.get("seite"));
  const km = Number(query.get("umkreis"));
  const point = /^(-?\d{1,2}(?:\.\d{1,6})?),(-?\d{1,3}(?:\.\d{1,6})?)$/.exec(query.get("punkt") ?? "");
  return {
    q: text(query.get("q")),
    alter: text(query.get("alter"), 10),
    geburtsdatum: /^\d{4}-\d{2}-\d{2}$/.test(query.get("geburtsdatum") ?? "") ? query.get("geburtsdatum")! : undefined,
    ort: id("ort"),
    thema: id("thema"),
    phase: id("phase"),
    uebergang: id("uebergang"),
    sprache: /^[a-z]{2}$/.test(query.get("sprache") ?? "") ? query.get("sprache")! : undefined,
    kostenlos: query.get("kostenlos") === "1" || undefined,
    rollstuhl: query.get("rollstuhl") === "1" || undefined,
    umkreis: (NEAR_KM as readonly number[]).includes(km) ? km : undefined,
    punkt: point && Math.abs(Number(point[1])) <= 90 && Math.abs(Number(point[2])) <= 180 ? point[0] : undefined,
    ansicht: query.get("ansicht") === "karte" ? "karte" : undefined,
    seite: Number.isInteger(page) && page > 1 && page < 10_000 ? page : undefined,
  };
}

/** The query string of a search (empty values left out), for links and the browser's address bar. */
export function queryOf(params: SearchParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === "" || value === false) continue;
    query.set(key, value === true ? "1" : String(value));
  }
  const string = query.toString();
  return string ? `?${string}` : "";
}

/** The page a URL shows, in which language, and whether as the embed view (no header and footer). */
export function routeOf(url: URL): { language: PortalLanguage; route: Route; embedded: boolean } {
  const split = splitLanguage(url.pathname.replace(/\/+$/, "") || "/");
  const embedded = split.path === EMBED_PREFIX || split.path.startsWith(`${EMBED_PREFIX}/`);
  return { ...pageRouteOf(url, split.language, embedded ? split.path.slice(EMBED_PREFIX.length) || "/" : split.path), embedded };
}

function pageRouteOf(url: URL, language: PortalLanguage, path: string): { language: PortalLanguage; route: Route } {
  if (path === "/") return { language, route: { page: "home" } };
  if (path === PATHS.search) return { language, route: { page: "search", params: searchParamsOf(url.searchParams) } };
  if (path === PATHS.chain) return { language, route: { page: "chain" } };
  if (path === PATHS.help) return { language, route: { page: "help" } };
  if (path === PATHS.shortlist) return { language, route: { page: "shortlist" } };
  const legal = legalRouteOf(path, url.searchParams);
  if (legal) return { language, route: { page: "legal", legal } };
  const offer = /^\/angebote\/([^/]+)$/.exec(path);
  if (offer && UUID.test(offer[1]!)) return { language, route: { page: "offer", id: offer[1]! } };
  return { language, route: { page: "notFound" } };
}
