import type { OfferResult, SearchResult } from "./trpc.js";

/**
 * An offer as a result card and the map's list show it, and nothing more: the page embeds its
 * data for hydration and the enhanced search fetches it as JSON, so every field here is paid for
 * twice on a slow network. The API's card (`offer.searchCards`) is this with the coordinates,
 * which only the server needs (distances, the map).
 */
export interface OfferSummary {
  id: string;
  shownLanguage: OfferResult["shownLanguage"];
  fallback: boolean;
  display: { title: string; description: string };
  provider: { name: string } | null;
  minAgeMonths: OfferResult["minAgeMonths"];
  maxAgeMonths: OfferResult["maxAgeMonths"];
  cost: { free: boolean };
  locations: { city: string; wheelchairAccessible: boolean | null; onMap: boolean }[];
}

/** The "what comes next" box's data: the transition's name and the titles of its offers. */
export interface NextTransitionSummary {
  monthsUntil: number;
  transition: { name: { de: string; en: string } };
  offers: { id: string; shownLanguage: OfferResult["shownLanguage"]; display: { title: string } }[];
}

/** A result page as the portal's pages use it. */
export interface SearchSummary {
  items: OfferSummary[];
  total: number;
  totalIsCapped?: boolean;
  facets: SearchResult["facets"];
  nextTransition: NextTransitionSummary | null;
}

/**
 * An API result card as the page embeds it: whether a place is on the map instead of where.
 *
 * @example
 * const card = summariseOffer(result.items[0]!); // { id, display: { title, description }, … }
 */
export function summariseOffer(offer: OfferResult): OfferSummary {
  return {
    ...offer,
    locations: offer.locations.map((location) => ({ city: location.city, wheelchairAccessible: location.wheelchairAccessible, onMap: location.coordinates !== null })),
  };
}

/**
 * The API's result cards as the result page shows it: the cards' fields, the facets for the
 * form, and the next transition's titles.
 *
 * @example
 * const page = summariseSearch(await api.offer.searchCards.query(input));
 */
export function summariseSearch(result: SearchResult): SearchSummary {
  const next = result.nextTransition;
  return {
    items: result.items.map(summariseOffer),
    total: result.total,
    ...(result.totalIsCapped ? { totalIsCapped: true } : {}),
    facets: result.facets,
    nextTransition: next
      ? {
          monthsUntil: next.monthsUntil,
          transition: { name: { de: next.transition.name.de, en: next.transition.name.en } },
          offers: next.offers.map((offer) => ({ id: offer.id, shownLanguage: offer.shownLanguage, display: { title: offer.display.title } })),
        }
      : null,
  };
}

/** The form's choices only (the start page and the chain need the facets' counts, no offers). */
export function searchOptionsOf(result: SearchResult): Pick<SearchSummary, "facets"> {
  return { facets: result.facets };
}
