import { z } from "zod";
import { IsoDateSchema } from "../shared/date.js";
import { IdSchema } from "../shared/id.js";
import { MAX_AGE_MONTHS, MIN_AGE_MONTHS } from "../life-phase/life-phase.js";
import { OfferStatusSchema, PreventionLevelSchema, TargetGroupSchema } from "./enums.js";
import { OfferContactSchema, OfferCostSchema, OfferLocationSchema, OfferScheduleSchema } from "./parts.js";
import { OfferTranslationsSchema } from "./translation.js";

function uniqueIds(what: string) {
  return z
    .array(IdSchema)
    .refine((ids) => new Set(ids).size === ids.length, { error: `${what} dürfen nur einmal vorkommen.` });
}

const offerFields = z.object({
  /** Title (HSDS `name`). */
  title: z.string().trim().min(1).max(200),
  /** Short title (HSDS `alternate_name`). */
  shortTitle: z.string().trim().min(1).max(80).nullable(),
  /** Description for families (HSDS `description`). */
  description: z.string().trim().max(5000),
  /** The actor that provides the offer (HSDS `organization`). */
  providerId: IdSchema,
  /** The towns or social areas served; coverage counts an offer only where listed here. */
  territoryIds: uniqueIds("Gebiete").min(1, { error: "Wählen Sie mindestens ein Gebiet, in dem das Angebot gilt." }),
  /** May be empty for outreach offers (aufsuchende Angebote) without a fixed place. */
  locations: z.array(OfferLocationSchema).max(20),
  /** When it takes place (HSDS `schedules`). */
  schedules: z.array(OfferScheduleSchema).max(20),
  /** Languages offered, ISO 639-1 codes (HSDS `languages`). */
  languages: z
    .array(z.string().regex(/^[a-z]{2}$/, { error: "Sprachen als ISO-639-1-Code angeben, z. B. „de“ oder „tr“." }))
    .min(1, { error: "Geben Sie mindestens eine Sprache an." })
    .max(30)
    .refine((codes) => new Set(codes).size === codes.length, { error: "Jede Sprache darf nur einmal vorkommen." }),
  /** Costs (HSDS `cost_options`). */
  cost: OfferCostSchema,
  /** Inclusive lower age bound in months; −9 for offers from the start of pregnancy. */
  minAgeMonths: z.number().int().min(MIN_AGE_MONTHS).max(MAX_AGE_MONTHS),
  /** Exclusive upper bound; `null` for offers without an upper age limit. */
  maxAgeMonths: z.number().int().min(MIN_AGE_MONTHS).max(MAX_AGE_MONTHS).nullable(),
  /** Who may use the offer (HSDS `eligibility_description`); may be empty. */
  eligibility: z.string().trim().max(2000),
  /** How to get in touch. */
  contact: OfferContactSchema,
  /** HSDS status. */
  status: OfferStatusSchema,
  /** First day of publication (inclusive); `null` = at once. */
  visibleFrom: IsoDateSchema.nullable(),
  /** Last day of publication (inclusive); `null` = open-ended. */
  visibleTo: IsoDateSchema.nullable(),
  /** Life phases the offer belongs to. */
  lifePhaseIds: uniqueIds("Lebensphasen"),
  /** Transitions the offer supports. */
  transitionIds: uniqueIds("Übergänge"),
  /** Fields of action, at least one. */
  fieldOfActionIds: uniqueIds("Handlungsfelder").min(1, { error: "Wählen Sie mindestens ein Handlungsfeld." }),
  /** Target groups, at least one. */
  targetGroups: z
    .array(TargetGroupSchema)
    .min(1, { error: "Wählen Sie mindestens eine Zielgruppe." })
    .refine((groups) => new Set(groups).size === groups.length, { error: "Jede Zielgruppe darf nur einmal vorkommen." }),
  /** Universal, selective or indicated prevention. */
  preventionLevel: PreventionLevelSchema,
  /** Goals of the goal cascade the offer contributes to. */
  goalIds: uniqueIds("Ziele"),
  /**
   * Translations of title, short title, description and eligibility, by language tag (`en`,
   * `tr`, `ar`, `uk`, `ru`, `pl`, `fa`, `de-x-ls` for Leichte Sprache); the German fields above
   * are the offer's own text. Optional in input, none by default. See `offerInLanguage`.
   */
  translations: OfferTranslationsSchema.default({}),
});

type OfferFields = z.infer<typeof offerFields>;

function checkOffer(o: OfferFields, ctx: z.RefinementCtx): void {
  if (o.maxAgeMonths !== null && o.maxAgeMonths <= o.minAgeMonths) {
    ctx.addIssue({
      code: "custom",
      path: ["maxAgeMonths"],
      message: "Das Höchstalter (ausschließlich) muss über dem Mindestalter des Angebots liegen.",
    });
  }
  if (o.visibleFrom !== null && o.visibleTo !== null && o.visibleTo < o.visibleFrom) {
    ctx.addIssue({
      code: "custom",
      path: ["visibleTo"],
      message: "Das Ende der Veröffentlichung liegt vor ihrem Beginn.",
    });
  }
}

/**
 * Angebot: a support offer of the prevention chain, shaped to map onto an Open Referral
 * HSDS 3.0 `service` (with organization, locations, schedules, languages, cost options and
 * contacts), plus the links into our own model: life phases, transitions, fields of action,
 * target groups, prevention level and goals. Ages are in months (−9 = pregnancy), the
 * upper bound exclusive. The texts are German; `translations` adds other languages and
 * Leichte Sprache.
 *
 * @example
 * OfferInputSchema.parse({ title: "Willkommensbesuch für Neugeborene", shortTitle: null, description: "…",
 *   providerId, territoryIds: [duelmenId], locations: [], schedules: [], languages: ["de"],
 *   cost: { free: true, amountCents: null, description: null }, minAgeMonths: 0, maxAgeMonths: 3,
 *   eligibility: "", contact: { name: null, email: "fruehehilfen@example.org", phone: null, url: null },
 *   status: "active", visibleFrom: null, visibleTo: null, lifePhaseIds: [], transitionIds: [],
 *   fieldOfActionIds: [jugendId], targetGroups: ["parents"], preventionLevel: "universal", goalIds: [] });
 */
export const OfferInputSchema = offerFields.superRefine(checkOffer);
/** What a user submits to create or replace an offer. */
export type OfferInput = z.infer<typeof OfferInputSchema>;

/**
 * A stored offer (Angebot) with its id, the HSDS `service.id`.
 *
 * @example
 * OfferSchema.parse({ ...input, id });
 */
export const OfferSchema = offerFields.extend({
  /** Record identifier. */
  id: IdSchema,
}).superRefine(checkOffer);
/** A stored offer. */
export type Offer = z.infer<typeof OfferSchema>;
