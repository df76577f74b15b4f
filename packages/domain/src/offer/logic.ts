import type { IsoDate } from "../shared/date.js";
import type { OfferInput } from "./offer.js";

/**
 * Whether families may see the offer on `today`: it is active or only temporarily closed
 * (so that people learn it will reopen), and `today` lies in the publication window (both
 * ends inclusive, open ends allowed).
 *
 * @example
 * isOfferPubliclyVisible({ status: "active", visibleFrom: "2025-01-01", visibleTo: null }, "2025-03-01"); // true
 */
export function isOfferPubliclyVisible(
  offer: Pick<OfferInput, "status" | "visibleFrom" | "visibleTo">,
  today: IsoDate,
): boolean {
  const statusOk = offer.status === "active" || offer.status === "temporarilyClosed";
  const started = offer.visibleFrom === null || offer.visibleFrom <= today;
  const notEnded = offer.visibleTo === null || today <= offer.visibleTo;
  return statusOk && started && notEnded;
}

/**
 * Whether the offer addresses a person of the given age in months (`minAgeMonths` inclusive,
 * `maxAgeMonths` exclusive, `null` = no upper limit).
 *
 * @example
 * offerCoversAge({ minAgeMonths: 0, maxAgeMonths: 36 }, 36); // false
 */
export function offerCoversAge(
  offer: Pick<OfferInput, "minAgeMonths" | "maxAgeMonths">,
  ageMonths: number,
): boolean {
  return offer.minAgeMonths <= ageMonths && (offer.maxAgeMonths === null || ageMonths < offer.maxAgeMonths);
}

/**
 * The text that full-text search indexes: title, short title, description and eligibility,
 * one per line, empty parts left out.
 *
 * @example
 * offerSearchText({ title: "Elterncafé", shortTitle: null, description: "Offener Treff", eligibility: "" });
 * // "Elterncafé\nOffener Treff"
 */
export function offerSearchText(
  offer: Pick<OfferInput, "title" | "shortTitle" | "description" | "eligibility">,
): string {
  return [offer.title, offer.shortTitle, offer.description, offer.eligibility]
    .filter((part): part is string => part !== null && part.trim() !== "")
    .join("\n");
}

/** The age range in years as HSDS `minimum_age` / `maximum_age` want it. */
export interface AgeRangeInYears {
  /** Lower bound in years, never negative (pregnancy offers start at 0), rounded down to a tenth. */
  minimumAge: number;
  /** Upper bound in years, rounded up to a tenth; `null` when the offer has no upper limit. */
  maximumAge: number | null;
}

/**
 * Converts the age range in months into years for HSDS. Rounding widens the range to the
 * nearest tenth of a year so that no eligible person drops out (6 months → 0.5; 7 → 0.5;
 * 36 → 3). The upper value keeps our exclusive meaning: 0–3 reads "under three".
 *
 * @example
 * ageRangeInYears({ minAgeMonths: -9, maxAgeMonths: 36 }); // { minimumAge: 0, maximumAge: 3 }
 */
export function ageRangeInYears(offer: Pick<OfferInput, "minAgeMonths" | "maxAgeMonths">): AgeRangeInYears {
  // months × 10 / 12 keeps integer inputs exact before rounding to tenths
  const minimumAge = Math.max(0, Math.floor((offer.minAgeMonths * 10) / 12) / 10);
  const maximumAge =
    offer.maxAgeMonths === null ? null : Math.max(0, Math.ceil((offer.maxAgeMonths * 10) / 12) / 10);
  return { minimumAge, maximumAge };
}
