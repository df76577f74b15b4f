import type { OfferInLanguage, OfferTextField } from "./translation.js";

// In a module of its own, free of schemas: the family portal's pages import it, and a module
// that builds zod schemas at load would bring zod into every phone's first page.

/**
 * Whether one of the texts a page shows (`fields`) is German although another language was asked
 * for: only then should the page say the offer is not translated yet. `fallback` also counts
 * texts the page may never show (a result card shows no short title or eligibility).
 *
 * @example
 * fellBackToGerman(offerInLanguage(offer, "en"), ["title", "description"]); // false for a card translated into English
 */
export function fellBackToGerman(display: Pick<OfferInLanguage, "requestedLanguage" | "fieldLanguages">, fields: readonly OfferTextField[]): boolean {
  return fields.some((field) => display.fieldLanguages[field] !== display.requestedLanguage);
}
