import { createHash } from "node:crypto";
import { type Actor, type HsdsService, type HsdsTaxonomyTerm, offerToHsdsService, preventionLevelLabels, publicView } from "@praeventionskette/domain";
import type { Kysely } from "kysely";
import { anonymousAccess } from "../auth/access.js";
import type { Database } from "../db/types.js";
import { actorAggregate } from "../repositories/actor.js";
import { allRecords } from "../repositories/aggregate.js";
import { fieldOfActionAggregate } from "../repositories/field-of-action.js";
import { goalAggregate } from "../repositories/goal.js";
import { lifePhaseAggregate, transitionAggregate } from "../repositories/life-phase.js";
import { searchOffers } from "../repositories/offer.js";
import { territoryAggregate } from "../repositories/territory.js";
import { offersToCsv } from "./offer-csv.js";
import { OFFER_TAXONOMIES, POLITICAL_GEOCODING_URI } from "./offer-hsds-import.js";

/** The offers a family may see today, as anonymous visitors see them (the open-data view). */
async function publishedOffers(db: Kysely<Database>, today: string) {
  return (await searchOffers(db, { publishedOn: today, limit: 1_000_000, offset: 0 }, anonymousAccess(today))).items;
}

/**
 * Every published offer as an Open Referral HSDS 3.0 service (compiled form), with its
 * provider in its public view, our taxonomy (life phases, transitions, fields of action, target
 * groups, prevention level) and its territories as service areas (official keys as DCAT-AP.de
 * political-geocoding URIs), so that `import-offers --format hsds` restores them elsewhere.
 */
export async function exportOffersHsds(db: Kysely<Database>, today: string): Promise<HsdsService[]> {
  const [offers, actors, phases, transitions, fields, territories] = await Promise.all([
    publishedOffers(db, today),
    allRecords(db, actorAggregate),
    allRecords(db, lifePhaseAggregate),
    allRecords(db, transitionAggregate),
    allRecords(db, fieldOfActionAggregate),
    allRecords(db, territoryAggregate),
  ]);
  const terms = new Map<string, HsdsTaxonomyTerm>();
  for (const [taxonomy, records] of [[OFFER_TAXONOMIES.lifePhase, phases], [OFFER_TAXONOMIES.transition, transitions], [OFFER_TAXONOMIES.fieldOfAction, fields]] as const) {
    for (const r of records) terms.set(r.id, { id: r.id, code: r.code, name: r.name.de, description: r.description, taxonomy });
  }
  const providers = new Map(actors.map((actor) => [actor.id, publicView(actor as Actor)]));
  const places = new Map(territories.map((t) => [t.id, t]));
  return offers.flatMap((offer) => {
    const provider = providers.get(offer.providerId);
    if (!provider) return [];
    const service = offerToHsdsService(offer, provider, { taxonomyTerms: terms, lastModified: offer.updatedAt });
    // Where the offer applies and its prevention level, so that an import elsewhere restores them.
    const prevention = { id: stableId(`praeventionsebene|${offer.preventionLevel}`), code: offer.preventionLevel, name: preventionLevelLabels[offer.preventionLevel].de, description: preventionLevelLabels[offer.preventionLevel].en, taxonomy: OFFER_TAXONOMIES.preventionLevel };
    const serviceAreas = offer.territoryIds.flatMap((id) => {
      const place = places.get(id);
      if (!place) return [];
      const level = politicalGeocodingLevel(place.kind);
      const uri = place.code && level ? `${POLITICAL_GEOCODING_URI}${level}/${place.code}` : undefined;
      return [{ id: stableId(`${offer.id}|service_area|${id}`), service_id: offer.id, name: place.name, ...(uri ? { uri } : {}) }];
    });
    const levelAttribute = { id: stableId(`${offer.id}|attribute|${prevention.id}`), link_id: offer.id, link_type: "service" as const, link_entity: "service" as const, taxonomy_term_id: prevention.id, taxonomy_term: prevention };
    return [{ ...service, service_areas: serviceAreas, attributes: [...service.attributes, levelAttribute] }];
  });
}

/** A UUID that depends only on `name`, so that nested HSDS records keep their ids from one export to the next. */
function stableId(name: string): string {
  const hex = createHash("sha256").update(name).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The DCAT-AP.de political-geocoding level of a territory's official key; none for social areas, whose codes are local. */
function politicalGeocodingLevel(kind: string): string | null {
  const levels: Record<string, string> = { state: "stateKey", county: "districtKey", countyFreeCity: "districtKey", town: "municipalityKey" };
  return levels[kind] ?? null;
}

/**
 * Published offers as a CSV file for German spreadsheets (semicolons, UTF-8 with byte-order
 * mark), with every field of an offer, so that `import-offers` reads it back (see offer-csv.ts).
 */
export async function exportOffersCsv(db: Kysely<Database>, today: string): Promise<Buffer> {
  const [offers, actors, territories, phases, transitions, fields, goals] = await Promise.all([
    publishedOffers(db, today),
    allRecords(db, actorAggregate),
    allRecords(db, territoryAggregate),
    allRecords(db, lifePhaseAggregate),
    allRecords(db, transitionAggregate),
    allRecords(db, fieldOfActionAggregate),
    allRecords(db, goalAggregate),
  ]);
  const actorName = new Map(actors.map((a) => [a.id, a.name]));
  const territory = new Map(territories.map((t) => [t.id, { name: t.name, code: t.code }]));
  const code = new Map([...phases, ...transitions, ...fields].map((r) => [r.id, r.code]));
  const goalTitle = new Map(goals.map((g) => [g.id, g.title]));
  return offersToCsv(offers, { actorName: (id) => actorName.get(id), territory: (id) => territory.get(id), code: (id) => code.get(id), goalTitle: (id) => goalTitle.get(id) });
}
