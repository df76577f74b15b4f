import type { PortalLanguage } from "../i18n/languages.js";
import type { LegalRoute } from "../pages/legal/legal-route.js";
import { distanceKm, type LatLon } from "../lib/geo.js";
import { DEFAULT_NEAR_KM, type Route, type SearchParams } from "../lib/routes.js";
import { searchOptionsOf, type SearchSummary, summariseSearch } from "../lib/summaries.js";
import type { LifePhase, OfferDetail, PortalApi, SearchInput, SearchResult, Transition } from "../lib/trpc.js";
import { createGeoLoader, type GeoLoader } from "./geo-loader.js";
import { loadResultsMap, type ResultsMapData } from "./results-map.js";

/** Results per page of the offer finder. */
export const PAGE_SIZE = 20;

/** Why a distance could not be searched: no town or point chosen, or the town has no boundary to find its centre. */
export type NearProblem = "noCentre" | "noBoundary";

/** What a page needs to render, loaded on the server and embedded in the page for hydration. */
export type PageData =
  | { page: "home"; options: Pick<SearchSummary, "facets"> }
  | {
      page: "search";
      params: SearchParams;
      result: SearchSummary | null;
      error: string | null;
      /** The results on the map, when the map view is asked for and boundaries exist. */
      map: ResultsMapData | null;
      /** Km from the search's centre to each offer's nearest place, by offer id. */
      distances: Record<string, number>;
      nearProblem: NearProblem | null;
    }
  | { page: "offer"; offer: OfferDetail | null }
  | { page: "chain"; phases: LifePhase[]; transitions: Transition[]; counts: Pick<SearchSummary, "facets"> }
  | { page: "help" }
  | { page: "shortlist" }
  | { page: "legal"; legal: LegalRoute }
  | { page: "notFound" };

/** "Mein Kind ist 2 Jahre alt" means 24 to 35 months: the middle of that year is searched for. */
function ageMonthsOf(alter: string | undefined): number | undefined {
  if (alter === "schwanger") return -4;
  const years = Number(alter);
  return alter && Number.isInteger(years) && years >= 0 && years <= 26 ? years * 12 + 6 : undefined;
}

/** The API's search input for a search in the URL. */
export function searchInputOf(params: SearchParams, language: PortalLanguage): SearchInput {
  const ageMonths = params.geburtsdatum ? undefined : ageMonthsOf(params.alter);
  return {
    text: params.q,
    ageMonths,
    birthDate: params.geburtsdatum,
    territoryId: params.ort,
    fieldOfActionId: params.thema,
    lifePhaseId: params.phase,
    transitionId: params.uebergang,
    language: params.sprache,
    freeOfCharge: params.kostenlos,
    wheelchairAccessible: params.rollstuhl,
    displayLanguage: language.tag,
    limit: PAGE_SIZE,
    offset: ((params.seite ?? 1) - 1) * PAGE_SIZE,
  };
}

/** The point of a `punkt` parameter ("51.8307,7.2836"). */
function pointOf(punkt: string | undefined): LatLon | null {
  const [latitude, longitude] = (punkt ?? "").split(",").map(Number);
  return latitude !== undefined && longitude !== undefined && Number.isFinite(latitude) && Number.isFinite(longitude) ? { latitude, longitude } : null;
}

/** The circle a search asks for: around the picked point, else around the chosen town's centre. */
async function nearOf(params: SearchParams, geo: GeoLoader): Promise<{ centre: LatLon | null; km: number | null; problem: NearProblem | null }> {
  const point = pointOf(params.punkt);
  const km = params.umkreis ?? (point ? DEFAULT_NEAR_KM : null);
  if (km === null) return { centre: null, km: null, problem: null };
  if (point) return { centre: point, km, problem: null };
  if (!params.ort) return { centre: null, km, problem: "noCentre" };
  const centre = await geo.centreOf(params.ort);
  return centre ? { centre, km, problem: null } : { centre: null, km, problem: "noBoundary" };
}

/** Km from the centre to each offer's nearest place with coordinates. */
function distancesFrom(centre: LatLon | null, result: SearchResult): Record<string, number> {
  if (!centre) return {};
  const distances: Record<string, number> = {};
  for (const offer of result.items) {
    const kms = offer.locations.flatMap((location) => (location.coordinates ? [distanceKm(centre, location.coordinates)] : []));
    if (kms.length > 0) distances[offer.id] = Math.min(...kms);
  }
  return distances;
}

/**
 * A search with its extras: within a distance (the town's own filter gives way to the circle),
 * the distances, and the map when asked for.
 */
async function loadSearch(api: PortalApi, params: SearchParams, language: PortalLanguage, area: string | null): Promise<PageData> {
  const geo = createGeoLoader(api);
  const near = await nearOf(params, geo);
  const input = searchInputOf(params, language);
  const circle = near.centre && near.km ? { ...near.centre, km: near.km } : undefined;
  const result = await api.offer.searchCards.query({ ...input, territoryId: circle ? (area ?? undefined) : (input.territoryId ?? area ?? undefined), near: circle });
  const map = params.ansicht === "karte" ? await loadResultsMap(geo, result, { chosenId: params.ort ?? null, areaId: area, centre: near.centre, km: near.km }) : null;
  return { page: "search", params, result: summariseSearch(result), error: null, map, distances: distancesFrom(near.centre, result), nearProblem: near.problem };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isNotFound(error: unknown): boolean {
  return (error as { data?: { code?: string } } | null)?.data?.code === "NOT_FOUND";
}

function isBadRequest(error: unknown): boolean {
  return (error as { data?: { code?: string } } | null)?.data?.code === "BAD_REQUEST";
}

/**
 * Loads what a page shows. A search the API refuses (e.g. a birth date too far ahead) becomes a
 * message on the page, an unknown offer a 404; anything else is a failure of the platform.
 */
export async function loadPage(api: PortalApi, route: Route, language: PortalLanguage, area: string | null): Promise<PageData> {
  // The portal's area (a county, say) is the search's territory until the family picks a place.
  const territoryId = area ?? undefined;
  switch (route.page) {
    case "home":
      return { page: "home", options: searchOptionsOf(await api.offer.searchCards.query({ limit: 1, territoryId, displayLanguage: language.tag })) };
    case "search":
      try {
        return await loadSearch(api, route.params, language, area);
      } catch (error) {
        if (!isBadRequest(error)) throw error;
        return { page: "search", params: route.params, result: null, error: messageOf(error), map: null, distances: {}, nearProblem: null };
      }
    case "offer":
      try {
        return { page: "offer", offer: await api.offer.get.query({ id: route.id, displayLanguage: language.tag }) };
      } catch (error) {
        if (isNotFound(error)) return { page: "offer", offer: null };
        throw error;
      }
    case "chain": {
      // The phases in force for the area's youth office; without an area, the platform's defaults.
      const inForce = territoryId ? { territoryId } : { youthOfficeId: null };
      const [phases, transitions, counts] = await Promise.all([
        api.lifePhase.list.query({ limit: 100, ...inForce }),
        api.transition.list.query({ limit: 100, ...inForce }),
        api.offer.searchCards.query({ limit: 1, territoryId, displayLanguage: language.tag }),
      ]);
      return { page: "chain", phases: [...phases.items].sort((a, b) => a.order - b.order), transitions: [...transitions.items].sort((a, b) => a.order - b.order), counts: searchOptionsOf(counts) };
    }
    case "help":
      return { page: "help" };
    case "shortlist":
      return { page: "shortlist" };
    case "legal":
      return { page: "legal", legal: route.legal };
    case "notFound":
      return { page: "notFound" };
  }
}
