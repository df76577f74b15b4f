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

/** The age range in whole years of age as HSDS `minimum_age` / `maximum_age` want it (both inclusive). */
export interface AgeRangeInYears {
  /** The youngest age in whole years, never negative (pregnancy offers start at 0). */
  minimumAge: number;
  /** The oldest age in whole years still included; `null` when the offer has no upper limit. */
  maximumAge: number | null;
}

/**
 * Converts our age range in months (lower bound inclusive, upper bound exclusive) into HSDS's
 * whole years of age, both inclusive: `minimum_age = floor(minAgeMonths / 12)` (0 for offers
 * that start in pregnancy) and `maximum_age` the last year of age that still has eligible
 * months, `floor((maxAgeMonths − 1) / 12)`: "under 6" (72 months, exclusive) is 5, because a
 * child of 5 years and 11 months is included and one of 6 is not. Whole years may widen the
 * range by up to a year at each end but never drop an eligible child.
 *
 * @example
 * ageRangeInYears({ minAgeMonths: 36, maxAgeMonths: 72 }); // { minimumAge: 3, maximumAge: 5 }
 * ageRangeInYears({ minAgeMonths: -9, maxAgeMonths: 36 }); // { minimumAge: 0, maximumAge: 2 }
 */
export function ageRangeInYears(offer: Pick<OfferInput, "minAgeMonths" | "maxAgeMonths">): AgeRangeInYears {
  const minimumAge = Math.max(0, Math.floor(offer.minAgeMonths / 12));
  const maximumAge = offer.maxAgeMonths === null ? null : Math.max(minimumAge, Math.floor((offer.maxAgeMonths - 1) / 12));
  return { minimumAge, maximumAge };
}
