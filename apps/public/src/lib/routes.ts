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
  seite?: number;
}

/** What a URL of the portal shows. */
export type Route =
  | { page: "home" }
  | { page: "search"; params: SearchParams }
  | { page: "offer"; id: string }
  | { page: "chain" }
  | { page: "help" }
  | { page: "legal"; legal: LegalRoute }
  | { page: "notFound" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The page paths, the same in every language (the language is the prefix). */
export const PATHS = { home: "/", search: "/angebote", chain: "/lebensphasen", help: "/hilfe" } as const;

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

/** The page a URL shows, and in which language. */
export function routeOf(url: URL): { language: PortalLanguage; route: Route } {
  const { language, path } = splitLanguage(url.pathname.replace(/\/+$/, "") || "/");
  if (path === "/") return { language, route: { page: "home" } };
  if (path === PATHS.search) return { language, route: { page: "search", params: searchParamsOf(url.searchParams) } };
  if (path === PATHS.chain) return { language, route: { page: "chain" } };
  if (path === PATHS.help) return { language, route: { page: "help" } };
  const legal = legalRouteOf(path, url.searchParams);
  if (legal) return { language, route: { page: "legal", legal } };
  const offer = /^\/angebote\/([^/]+)$/.exec(path);
  if (offer && UUID.test(offer[1]!)) return { language, route: { page: "offer", id: offer[1]! } };
  return { language, route: { page: "notFound" } };
}
