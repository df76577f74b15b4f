import { type OfferInput, OfferInputSchema } from "@praeventionskette/domain";
import { type Kysely, sql } from "kysely";
import type { Access } from "../auth/access.js";
import type { Database } from "../db/types.js";
import { type Aggregate, type Page, type Stored, listRecords } from "./aggregate.js";
import { sqlArray } from "./sql-values.js";
import { relatedTerritoryIds } from "./territory.js";

/** Angebote: the support offers of the prevention chain (HSDS 3.0 services). */
export const offerAggregate: Aggregate<OfferInput> = {
  table: "offer",
  label: "Angebot",
  input: OfferInputSchema,
  columns: (offer) => ({
    provider_id: offer.providerId,
    status: offer.status,
    territory_ids: sqlArray(offer.territoryIds, "uuid"),
    life_phase_ids: sqlArray(offer.lifePhaseIds, "uuid"),
    transition_ids: sqlArray(offer.transitionIds, "uuid"),
    field_of_action_ids: sqlArray(offer.fieldOfActionIds, "uuid"),
    languages: sqlArray(offer.languages, "text"),
    is_free: offer.cost.free,
    min_age_months: offer.minAgeMonths,
    max_age_months: offer.maxAgeMonths,
    visible_from: offer.visibleFrom,
    visible_to: offer.visibleTo,
  }),
  territoriesOf: async (_db, offer) => offer.territoryIds,
  inTerritories: (ids) => sql<boolean>`territory_ids && ${ids}`,
  ownedBy: (organisationIds) => sql<boolean>`provider_id = any(${organisationIds})`,
  // Families see an offer only while it is active (or briefly closed) and inside its publication window.
  publicRows: (today) => sql<boolean>`(status in ('active', 'temporarilyClosed')
    and (visible_from is null or visible_from <= ${today}::date)
    and (visible_to is null or visible_to >= ${today}::date))`,
  references: (offer) => [
    { table: "actor", ids: [offer.providerId], path: "providerId", what: "Anbieter" },
    { table: "territory", ids: offer.territoryIds, path: "territoryIds", what: "Gebiet" },
    { table: "life_phase", ids: offer.lifePhaseIds, path: "lifePhaseIds", what: "Lebensphase" },
    { table: "transition", ids: offer.transitionIds, path: "transitionIds", what: "Übergang" },
    { table: "field_of_action", ids: offer.fieldOfActionIds, path: "fieldOfActionIds", what: "Handlungsfeld" },
    { table: "goal", ids: offer.goalIds, path: "goalIds", what: "Ziel" },
  ],
};

/** What a family or planner searches offers by; every criterion is optional. */
export interface OfferSearch {
  text?: string;
  ageMonths?: number;
  lifePhaseId?: string;
  transitionId?: string;
  territoryId?: string;
  fieldOfActionId?: string;
  providerId?: string;
  language?: string;
  freeOfCharge?: boolean;
  /** Only offers a family may see today: active or temporarily closed, inside their publication window. */
  publishedOn?: string;
  limit: number;
  offset: number;
}

/** Offer searches count their matches up to this many (`totalIsCapped` beyond). */
export const SEARCH_COUNT_LIMIT = 1_000;

/**
 * Searches offers with German full-text search (stemmed, so "Hebammen" finds "Hebamme") and
 * filters; with a text the best matches come first.
 */
export async function searchOffers(db: Kysely<Database>, search: OfferSearch, access: Access): Promise<Page<Stored<OfferInput>>> {
  const territoryIds = search.territoryId ? await relatedTerritoryIds(db, search.territoryId) : null;
  const text = search.text?.trim() ? search.text.trim() : null;
  const query = sql`websearch_to_tsquery('german', ${text})`;

  const options = { limit: search.limit, offset: search.offset, includeArchived: false, countLimit: SEARCH_COUNT_LIMIT };
  return listRecords(db, offerAggregate, options, access, (base) => {
    let q = base;
    // Title matches first (ranked on the small title vector), then the rest in creation order.
    if (text) q = q.where(sql<boolean>`search @@ ${query}`).orderBy(sql`ts_rank(title_search, ${query})`, "desc");
    if (search.ageMonths !== undefined) {
      const age = search.ageMonths;
      q = q.where("min_age_months", "<=", age).where((eb) => eb.or([eb("max_age_months", "is", null), eb("max_age_months", ">", age)]));
    }
    // Containment (@>) rather than "= any(…)", so that the GIN indexes on the arrays answer it.
    if (search.lifePhaseId) q = q.where(sql<boolean>`life_phase_ids @> ${sqlArray([search.lifePhaseId], "uuid")}`);
    if (search.transitionId) q = q.where(sql<boolean>`transition_ids @> ${sqlArray([search.transitionId], "uuid")}`);
    if (search.fieldOfActionId) q = q.where(sql<boolean>`field_of_action_ids @> ${sqlArray([search.fieldOfActionId], "uuid")}`);
    if (territoryIds) q = q.where(sql<boolean>`territory_ids && ${sqlArray(territoryIds, "uuid")}`);
    if (search.providerId) q = q.where("provider_id", "=", search.providerId);
    if (search.language) q = q.where(sql<boolean>`languages @> ${sqlArray([search.language], "text")}`);
    if (search.freeOfCharge !== undefined) q = q.where("is_free", "=", search.freeOfCharge);
    if (search.publishedOn) {
      const day = search.publishedOn;
      q = q
        .where("status", "in", ["active", "temporarilyClosed"])
        .where((eb) => eb.or([eb("visible_from", "is", null), eb("visible_from", "<=", day)]))
        .where((eb) => eb.or([eb("visible_to", "is", null), eb("visible_to", ">=", day)]));
    }
    return q;
  });
}
