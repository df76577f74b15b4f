import { type DisplayLanguage, fellBackToGerman } from "@praeventionskette/domain";
import type { OfferAnswer, OfferSearchResult } from "./offer.js";

/** How much of an offer's description a result card shows, ellipsis included. */
export const CARD_DESCRIPTION_LENGTH = 220;

/**
 * An offer as a family's result list and map show it, and nothing more: a tenth of the full
 * record (which carries every translation), so that a result page is quick to send, to parse on
 * a cheap phone and to embed in the page for hydration.
 */
export interface OfferCard {
  id: string;
  /** The language the card's texts are in: the one asked for where translated, else German. */
  shownLanguage: DisplayLanguage;
  /** True when the title or description is German although another language was asked for. */
  fallback: boolean;
  display: { title: string; description: string };
  provider: { name: string } | null;
  minAgeMonths: number;
  maxAgeMonths: number | null;
  cost: { free: boolean };
  locations: {
    city: string;
    wheelchairAccessible: boolean | null;
    coordinates: { latitude: number; longitude: number } | null;
  }[];
}

/** A search's answer as result cards: the page, the counts, the facets and "what comes next". */
export interface OfferCardSearchResult extends Omit<OfferSearchResult, "items" | "nextTransition"> {
  items: OfferCard[];
  nextTransition: {
    transition: { id: string; name: { de: string; en: string } };
    /** Months until the next phase begins; 0 when the transition is under way. */
    monthsUntil: number;
    offers: OfferCard[];
    total: number;
  } | null;
}

/** The description cut to a card's length at most, ellipsis included. */
function cardDescription(description: string): string {
  return description.length > CARD_DESCRIPTION_LENGTH ? `${description.slice(0, CARD_DESCRIPTION_LENGTH - 1)}…` : description;
}

// Answers the offer index keeps are shared between searches: their cards are made once.
const cards = new WeakMap<OfferAnswer, OfferCard>();

/**
 * An offer's result card.
 *
 * @example
 * offerCard(answer).display.description.length <= CARD_DESCRIPTION_LENGTH; // true
 */
export function offerCard(offer: OfferAnswer): OfferCard {
  let card = cards.get(offer);
  if (card) return card;
  card = {
    id: offer.id,
    shownLanguage: offer.shownLanguage,
    fallback: fellBackToGerman(offer.display, ["title", "description"]),
    display: { title: offer.display.title, description: cardDescription(offer.display.description) },
    provider: offer.provider ? { name: offer.provider.name } : null,
    minAgeMonths: offer.minAgeMonths,
    maxAgeMonths: offer.maxAgeMonths,
    cost: { free: offer.cost.free },
    locations: offer.locations.map((location) => ({
      city: location.address.city,
      wheelchairAccessible: location.accessibility.wheelchairAccessible ?? null,
      coordinates: location.coordinates ? { latitude: location.coordinates.latitude, longitude: location.coordinates.longitude } : null,
    })),
  };
  cards.set(offer, card);
  return card;
}

/** A search's answer with result cards instead of full records. */
export function offerCardResult(result: OfferSearchResult): OfferCardSearchResult {
  const next = result.nextTransition;
  return {
    ...result,
    items: result.items.map(offerCard),
    nextTransition: next
      ? {
          transition: { id: next.transition.id, name: { de: next.transition.name.de, en: next.transition.name.en } },
          monthsUntil: next.monthsUntil,
          offers: next.offers.map(offerCard),
          total: next.total,
        }
      : null,
  };
}
