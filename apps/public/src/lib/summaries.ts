import type { OfferResult, SearchResult } from "./trpc.js";

/** How much of an offer's description a result card shows. */
export const CARD_DESCRIPTION_LENGTH = 220;

/**
 * An offer as a result card and the map's list show it, and nothing more: the page embeds its
 * data for hydration and the enhanced search fetches it as JSON, so every field here is paid for
 * twice on a slow network (the API's full record, with all translations, is ten times larger).
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

/** The texts of an offer the portal shows; the short title is never shown. */
type ShownText = "title" | "description" | "eligibility";

/**
 * Whether one of the texts shown (`fields`) is German although another language was asked for:
 * only then does the page say the offer is not translated yet. The API's `fallback` also counts a
 * missing short title, which would announce German text on a page that shows none.
 *
 * @example
 * fellBackToGerman(offer.display, ["title", "description"]); // false for a fully translated card
 */
export function fellBackToGerman(display: Pick<OfferResult["display"], "requestedLanguage" | "fieldLanguages">, fields: readonly ShownText[]): boolean {
  return fields.some((field) => display.fieldLanguages[field] !== display.requestedLanguage);
}

/** The description cut to a card's length, at most `CARD_DESCRIPTION_LENGTH` characters with the ellipsis. */
export function cardDescription(description: string): string {
  return description.length > CARD_DESCRIPTION_LENGTH ? `${description.slice(0, CARD_DESCRIPTION_LENGTH - 3)}…` : description;
}

/**
 * An offer of the API's search as a result card needs it.
 *
 * @example
 * const card = summariseOffer(result.items[0]!); // { id, display: { title, description }, … }
 */
export function summariseOffer(offer: OfferResult): OfferSummary {
  return {
    id: offer.id,
    shownLanguage: offer.shownLanguage,
    fallback: fellBackToGerman(offer.display, ["title", "description"]),
    display: { title: offer.display.title, description: cardDescription(offer.display.description) },
    provider: offer.provider ? { name: offer.provider.name } : null,
    minAgeMonths: offer.minAgeMonths,
    maxAgeMonths: offer.maxAgeMonths,
    cost: { free: offer.cost.free },
    locations: offer.locations.map((location) => ({ city: location.address.city, wheelchairAccessible: location.accessibility.wheelchairAccessible ?? null, onMap: Boolean(location.coordinates) })),
  };
}

/**
 * The API's search result as the result page shows it: the cards' fields, the facets for the
 * form, and the next transition's titles.
 *
 * @example
 * const page = summariseSearch(await api.offer.search.query(input));
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
