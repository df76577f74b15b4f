import type { PortalLanguage } from "../i18n/languages.js";
import type { LegalRoute } from "../pages/legal/legal-route.js";
import type { Route, SearchParams } from "../lib/routes.js";
import type { LifePhase, OfferDetail, PortalApi, SearchInput, SearchResult, Transition } from "../lib/trpc.js";

/** Results per page of the offer finder. */
export const PAGE_SIZE = 20;

/** What a page needs to render, loaded on the server and embedded in the page for hydration. */
export type PageData =
  | { page: "home"; options: SearchResult }
  | { page: "search"; params: SearchParams; result: SearchResult | null; error: string | null }
  | { page: "offer"; offer: OfferDetail | null }
  | { page: "chain"; phases: LifePhase[]; transitions: Transition[]; counts: SearchResult }
  | { page: "help" }
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
      return { page: "home", options: await api.offer.search.query({ limit: 1, territoryId, displayLanguage: language.tag }) };
    case "search":
      try {
        const input = searchInputOf(route.params, language);
        return { page: "search", params: route.params, result: await api.offer.search.query({ ...input, territoryId: input.territoryId ?? territoryId }), error: null };
      } catch (error) {
        if (!isBadRequest(error)) throw error;
        return { page: "search", params: route.params, result: null, error: messageOf(error) };
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
        api.offer.search.query({ limit: 1, territoryId, displayLanguage: language.tag }),
      ]);
      return { page: "chain", phases: [...phases.items].sort((a, b) => a.order - b.order), transitions: [...transitions.items].sort((a, b) => a.order - b.order), counts };
    }
    case "help":
      return { page: "help" };
    case "legal":
      return { page: "legal", legal: route.legal };
    case "notFound":
      return { page: "notFound" };
  }
}
