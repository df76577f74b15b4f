import { z } from "zod";
import { ageInMonths } from "../life-phase/age.js";
import { MAX_AGE_MONTHS, MIN_AGE_MONTHS } from "../life-phase/life-phase.js";
import { type IsoDate, IsoDateSchema } from "../shared/date.js";
import { IdSchema } from "../shared/id.js";
import { DisplayLanguageSchema } from "./translation.js";

/** The oldest age a family can search by: 27 years (SGB VIII ends with young adults under 27). */
export const MAX_SEARCH_AGE_MONTHS = 12 * 27;

const ageRange = `zwischen ${MIN_AGE_MONTHS} (Beginn der Schwangerschaft) und ${MAX_SEARCH_AGE_MONTHS} (27 Jahre)`;

const searchFields = z.object({
  /** Words to look for; German, forgiving typos and finding parts of compound words. */
  text: z.string().trim().max(200, { error: "Der Suchtext darf höchstens 200 Zeichen lang sein." }).optional(),
  /** The child's age in months (negative during pregnancy); or give `birthDate`. */
  ageMonths: z
    .number({ error: "Das Alter in Monaten ist eine ganze Zahl, z. B. 14." })
    .int({ error: "Das Alter in Monaten ist eine ganze Zahl, z. B. 14." })
    .min(MIN_AGE_MONTHS, { error: `Das Alter in Monaten liegt ${ageRange}.` })
    .max(MAX_SEARCH_AGE_MONTHS, { error: `Das Alter in Monaten liegt ${ageRange}.` })
    .optional(),
  /** The child's birth date (or the expected one); the age is worked out for today. */
  birthDate: IsoDateSchema.optional(),
  /** A town or social area (or county): offers there, above it (county-wide) and below it. */
  territoryId: IdSchema.optional(),
  /** Offers of this life phase. */
  lifePhaseId: IdSchema.optional(),
  /** Offers supporting this transition. */
  transitionId: IdSchema.optional(),
  /** Offers of this field of action. */
  fieldOfActionId: IdSchema.optional(),
  /** Offers of this provider. */
  providerId: IdSchema.optional(),
  /** Offers held in this language (ISO 639-1), e.g. `tr` for advice in Turkish. */
  language: z.string().regex(/^[a-z]{2}$/, { error: "Sprache als ISO-639-1-Code angeben, z. B. „de“ oder „tr“." }).optional(),
  /** `true`: only offers free of charge; `false`: only those with costs. */
  freeOfCharge: z.boolean({ error: "„Kostenlos“ ist ja (true) oder nein (false)." }).optional(),
  /** `true`: only offers with at least one wheelchair-accessible location; `false`: only the others. */
  wheelchairAccessible: z.boolean({ error: "„Rollstuhlgerecht“ ist ja (true) oder nein (false)." }).optional(),
  /** The language to show titles and descriptions in, where translated; German by default. */
  displayLanguage: DisplayLanguageSchema.optional(),
});

/**
 * Angebotssuche: what families (and planners) search offers by; every criterion is optional.
 * The child's age comes either in months or as a birth date, not both. `language` filters by
 * the languages an offer is held in; `displayLanguage` only chooses the language the answer is
 * shown in (see `offerInLanguage`).
 *
 * @example
 * OfferSearchCriteriaSchema.parse({ text: "Hebamme", birthDate: "2026-03-01", territoryId: duelmenId, displayLanguage: "tr" });
 */
export const OfferSearchCriteriaSchema = searchFields.superRefine((criteria, ctx) => {
  if (criteria.ageMonths !== undefined && criteria.birthDate !== undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["birthDate"],
      message: "Geben Sie entweder das Alter in Monaten oder das Geburtsdatum an, nicht beides.",
    });
  }
});
/** What offers are searched by. */
export type OfferSearchCriteria = z.infer<typeof OfferSearchCriteriaSchema>;

/** The child's age a search is for, or why the birth date cannot be searched by. */
export type SearchAge = { ok: true; ageMonths: number | null } | { ok: false; path: "birthDate"; message: string };

/**
 * The child's age in months a search is for, on `today`: `ageMonths` as given, or worked out from
 * `birthDate` (negative before an expected birth); `null` without either. A birth date more than
 * nine months ahead or more than 27 years back is refused with a German message.
 *
 * @example
 * searchAge({ birthDate: "2025-09-20" }, "2026-11-23"); // { ok: true, ageMonths: 14 }
 */
export function searchAge(criteria: Pick<OfferSearchCriteria, "ageMonths" | "birthDate">, today: IsoDate): SearchAge {
  if (criteria.birthDate === undefined) return { ok: true, ageMonths: criteria.ageMonths ?? null };
  const ageMonths = ageInMonths(criteria.birthDate, today);
  if (ageMonths < MIN_AGE_MONTHS) {
    return { ok: false, path: "birthDate", message: "Das Geburtsdatum liegt mehr als neun Monate in der Zukunft." };
  }
  if (ageMonths > Math.min(MAX_SEARCH_AGE_MONTHS, MAX_AGE_MONTHS)) {
    return { ok: false, path: "birthDate", message: "Das Geburtsdatum liegt mehr als 27 Jahre zurück: Angebote gibt es bis zum Alter von 27 Jahren." };
  }
  return { ok: true, ageMonths };
}
