import {
  type DisplayLanguage,
  type HsdsOrganization,
  type HsdsProvider,
  type HsdsService,
  type HsdsTaxonomy,
  type HsdsTaxonomyTerm,
  hsdsLocationIds,
  hsdsOfferTaxonomies,
  hsdsTargetGroupTerms,
  type Label,
  type OfferInput,
  offerInLanguage,
  offerToHsdsService,
  providerToHsdsOrganization,
} from "@praeventionskette/domain";
import { type Kysely, type RawBuilder, sql } from "kysely";
import { anonymousAccess } from "../auth/access.js";
import type { Database } from "../db/types.js";
import { actorAggregate } from "./actor.js";
import { type AnySelect, listRecords, type Stored } from "./aggregate.js";
import { offerAggregate, offerTextMatch } from "./offer.js";
import { sqlArray } from "./sql-values.js";

/*
 * The open-data view of offers as Open Referral HSDS 3.0: only offers a family may see today
 * (the offer aggregate's public rule, read with anonymous access, so no staff names), each with
 * its provider in its public view and our taxonomy, mapped by the domain's offerToHsdsService.
 */

/** Which page of a list: `page` from 1, `perPage` entries each. */
export interface HsdsPaging {
  page: number;
  perPage: number;
}

/** One page of a list and how many entries the whole list holds. */
export interface HsdsPageOf<T> {
  items: T[];
  total: number;
}

/** The HSDS filters of services (and of their locations); all optional and cumulative. */
export interface HsdsServiceFilter {
  /** Words, found as the offer search finds them. */
  search?: string;
  /** Services with this taxonomy term (a life phase, transition, field of action or target group). */
  taxonomyTermId?: string;
  /** Services with any term of this taxonomy. */
  taxonomyId?: string;
  /** Services this organization (an offer's provider) provides. */
  organizationId?: string;
  /** Services changed at or after this instant (ISO date-time). */
  modifiedAfter?: string;
}

/** A location of a published offer: the offer as an HSDS service and the location's position in it. */
export interface HsdsServiceLocation {
  service: HsdsService;
  index: number;
}

const anonymous = (today: string) => anonymousAccess(today);

/** SQL: the offer row is published today and not archived (the rule families see offers by). */
function published(today: string): RawBuilder<boolean> {
  const rule = offerAggregate.publicRows;
  if (!rule) throw new Error("Angebote brauchen eine Regel, wann sie öffentlich sind.");
  return sql<boolean>`(archived_at is null and ${rule(today)})`;
}

const targetGroupTerms = hsdsTargetGroupTerms();

/** The filter as SQL conditions on offer rows, and the search rank to order by when words were given. */
async function serviceConditions(db: Kysely<Database>, filter: HsdsServiceFilter): Promise<{ conditions: RawBuilder<boolean>[]; rank: RawBuilder<number> | null }> {
  const conditions: RawBuilder<boolean>[] = [];
  const match = filter.search ? await offerTextMatch(db, filter.search) : null;
  if (match) conditions.push(match.matches);
  const termId = filter.taxonomyTermId;
  if (termId) {
    const group = targetGroupTerms.find((term) => term.id === termId);
    const one = sqlArray([termId], "uuid");
    conditions.push(
      group
        ? sql<boolean>`data->'targetGroups' ? ${group.code}`
        : sql<boolean>`(life_phase_ids @> ${one} or transition_ids @> ${one} or field_of_action_ids @> ${one})`,
    );
  }
  if (filter.taxonomyId) {
    const taxonomies = hsdsOfferTaxonomies;
    const byTaxonomy: Record<string, RawBuilder<boolean>> = {
      [taxonomies.lifePhase.id]: sql<boolean>`cardinality(life_phase_ids) > 0`,
      [taxonomies.transition.id]: sql<boolean>`cardinality(transition_ids) > 0`,
      [taxonomies.fieldOfAction.id]: sql<boolean>`cardinality(field_of_action_ids) > 0`,
      [taxonomies.targetGroup.id]: sql<boolean>`jsonb_array_length(data->'targetGroups') > 0`,
    };
    conditions.push(byTaxonomy[filter.taxonomyId] ?? sql<boolean>`false`);
  }
  if (filter.organizationId) conditions.push(sql<boolean>`provider_id = ${filter.organizationId}`);
  if (filter.modifiedAfter) conditions.push(sql<boolean>`updated_at >= ${filter.modifiedAfter}::timestamptz`);
  return { conditions, rank: match?.rank ?? null };
}

/** Published offers by id, in the order asked for (read like every anonymous read: public rows, no staff names). */
async function publishedOffers(db: Kysely<Database>, today: string, ids: readonly string[]): Promise<Stored<OfferInput>[]> {
  if (ids.length === 0) return [];
  const page = await listRecords(db, offerAggregate, { limit: ids.length, offset: 0, includeArchived: false }, anonymous(today), (query) =>
    query.where("id", "in", [...ids]),
  );
  const byId = new Map(page.items.map((offer) => [offer.id, offer]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Providers in their public view (contact persons only where marked public), by id. */
async function providers(db: Kysely<Database>, today: string, ids: readonly string[]): Promise<Map<string, HsdsProvider>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const page = await listRecords(db, actorAggregate, { limit: wanted.length, offset: 0, includeArchived: true }, anonymous(today), (query) =>
    query.where("id", "in", wanted),
  );
  return new Map(page.items.map((actor) => [actor.id, { id: actor.id, name: actor.name, shortName: actor.shortName, description: actor.description, website: actor.website, email: actor.email }]));
}

const configurationTaxonomies = [
  { table: "life_phase", column: "life_phase_ids", taxonomy: hsdsOfferTaxonomies.lifePhase },
  { table: "transition", column: "transition_ids", taxonomy: hsdsOfferTaxonomies.transition },
  { table: "field_of_action", column: "field_of_action_ids", taxonomy: hsdsOfferTaxonomies.fieldOfAction },
] as const;

interface TermRow {
  id: string;
  data: { code: string; name: Label; description: string };
  taxonomy: (typeof configurationTaxonomies)[number]["table"];
}

const taxonomyOfTable = Object.fromEntries(configurationTaxonomies.map(({ table, taxonomy }) => [table, taxonomy])) as Record<TermRow["taxonomy"], HsdsTaxonomy>;

function termOf(row: TermRow): HsdsTaxonomyTerm {
  const taxonomy = taxonomyOfTable[row.taxonomy];
  return { id: row.id, code: row.data.code, name: row.data.name.de, description: row.data.description, taxonomy: taxonomy.name, taxonomyId: taxonomy.id };
}

/** Life phases, transitions and fields of action with these ids as taxonomy terms. */
async function termsById(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, HsdsTaxonomyTerm>> {
  const wanted = sqlArray([...new Set(ids)], "uuid");
  const selects = configurationTaxonomies.map(({ table }) => sql`select id, data, ${table} as taxonomy from ${sql.table(table)} where id = any(${wanted})`);
  const { rows } = await sql<TermRow>`${sql.join(selects, sql` union all `)}`.execute(db);
  return new Map(rows.map((row) => [row.id, termOf(row)]));
}

/**
 * The service's texts in a language variant: name, alternate name, description and
 * eligibility from the offer's translation, field by field, German where a translation lacks a
 * text. HSDS 3.0 has no field for a record's language, so the answer says it in its
 * Content-Language header (see http/hsds.ts).
 */
function inLanguage(service: HsdsService, offer: Stored<OfferInput>, language: DisplayLanguage): HsdsService {
  if (language === "de") return service;
  const shown = offerInLanguage(offer, language);
  const variant: HsdsService = { ...service, name: shown.title, description: shown.description, eligibility_description: shown.eligibility };
  if (shown.shortTitle !== null) variant.alternate_name = shown.shortTitle;
  return variant;
}

/** Stored offers as HSDS services: providers and taxonomy terms read once for all. */
async function toServices(db: Kysely<Database>, today: string, offers: readonly Stored<OfferInput>[], language: DisplayLanguage = "de"): Promise<HsdsService[]> {
  const [byId, terms] = await Promise.all([
    providers(db, today, offers.map((offer) => offer.providerId)),
    termsById(db, offers.flatMap((offer) => [...offer.lifePhaseIds, ...offer.transitionIds, ...offer.fieldOfActionIds])),
  ]);
  return offers.map((offer) => {
    const provider = byId.get(offer.providerId);
    // The provider is a checked reference (and a foreign key): it cannot be missing.
    if (!provider) throw new Error(`Anbieter ${offer.providerId} des Angebots ${offer.id} fehlt.`);
    return inLanguage(offerToHsdsService(offer, provider, { taxonomyTerms: terms, lastModified: offer.updatedAt }), offer, language);
  });
}

/**
 * A page of the offers published today as HSDS services, with the HSDS filters; with words, the
 * best title matches first, otherwise oldest first (a stable order to page through).
 *
 * @example
 * const { items, total } = await publishedServicePage(db, "2026-11-23", { search: "Hebamme" }, { page: 1, perPage: 50 });
 */
export async function publishedServicePage(db: Kysely<Database>, today: string, filter: HsdsServiceFilter, paging: HsdsPaging, language: DisplayLanguage = "de"): Promise<HsdsPageOf<HsdsService>> {
  const { conditions, rank } = await serviceConditions(db, filter);
  const options = { limit: paging.perPage, offset: (paging.page - 1) * paging.perPage, includeArchived: false };
  const page = await listRecords(db, offerAggregate, options, anonymous(today), (query) => {
    let q: AnySelect = conditions.reduce((acc, condition) => acc.where(condition), query);
    if (rank) q = q.orderBy(rank, "desc");
    return q;
  });
  return { items: await toServices(db, today, page.items, language), total: page.total };
}

/** The offer with this id as an HSDS service, if it is published today; undefined otherwise (unknown or not public alike). */
export async function findPublishedService(db: Kysely<Database>, today: string, id: string, language: DisplayLanguage = "de"): Promise<HsdsService | undefined> {
  const [service] = await toServices(db, today, await publishedOffers(db, today, [id]), language);
  return service;
}

/** SQL: the actor provides an offer published today. */
const providesPublishedOffer = (today: string) => sql<boolean>`id in (select provider_id from offer where ${published(today)})`;

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * A page of the organizations that provide offers published today, by name; `search` finds
 * words in their name or short name.
 *
 * @example
 * const { items } = await publishedOrganizationPage(db, "2026-11-23", { search: "Caritas" }, { page: 1, perPage: 50 });
 */
export async function publishedOrganizationPage(db: Kysely<Database>, today: string, filter: { search?: string }, paging: HsdsPaging): Promise<HsdsPageOf<HsdsOrganization>> {
  const words = (filter.search ?? "").split(/\s+/).filter((word) => word !== "");
  const options = { limit: paging.perPage, offset: (paging.page - 1) * paging.perPage, includeArchived: true };
  const page = await listRecords(db, actorAggregate, options, anonymous(today), (query) =>
    words
      .reduce((q, word) => q.where(sql<boolean>`concat_ws(' ', data->>'name', data->>'shortName') ilike ${likePattern(word)}`), query.where(providesPublishedOffer(today)))
      .orderBy(sql`data->>'name'`),
  );
  return { items: page.items.map((actor) => providerToHsdsOrganization(actor)), total: page.total };
}

/**
 * The organization with this id and the services it provides today; undefined when it provides
 * none (then it is not part of the open data).
 */
export async function findPublishedOrganization(db: Kysely<Database>, today: string, id: string, language: DisplayLanguage = "de"): Promise<{ organization: HsdsOrganization; services: HsdsService[] } | undefined> {
  const page = await listRecords(db, actorAggregate, { limit: 1, offset: 0, includeArchived: true }, anonymous(today), (query) =>
    query.where("id", "=", id).where(providesPublishedOffer(today)),
  );
  const [actor] = page.items;
  if (!actor) return undefined;
  const services = await listRecords(db, offerAggregate, { limit: 10_000, offset: 0, includeArchived: false }, anonymous(today), (query) => query.where("provider_id", "=", id));
  return { organization: providerToHsdsOrganization(actor), services: await toServices(db, today, services.items, language) };
}

/**
 * A page of the locations of offers published today (each offer's places in order), with the
 * service filters and a postal code; each comes with its service to take the location from.
 */
export async function publishedLocationPage(
  db: Kysely<Database>,
  today: string,
  filter: HsdsServiceFilter & { postcode?: string },
  paging: HsdsPaging,
  language: DisplayLanguage = "de",
): Promise<HsdsPageOf<HsdsServiceLocation>> {
  const { conditions, rank } = await serviceConditions(db, filter);
  if (filter.postcode) conditions.push(sql<boolean>`l.location->'address'->>'postalCode' = ${filter.postcode}`);
  const where = sql.join([published(today), ...conditions], sql` and `);
  const from = sql`offer cross join lateral jsonb_array_elements(offer.data->'locations') with ordinality as l(location, ordinality)`;
  const [{ rows }, { rows: counted }] = await Promise.all([
    sql<{ id: string; index: number }>`
      select offer.id, (l.ordinality - 1)::int as index from ${from} where ${where}
      order by ${rank ? sql`${rank} desc, ` : sql``}offer.created_at, offer.id, l.ordinality
      limit ${paging.perPage} offset ${(paging.page - 1) * paging.perPage}`.execute(db),
    sql<{ total: number }>`select count(*)::int as total from ${from} where ${where}`.execute(db),
  ]);
  const services = await toServices(db, today, await publishedOffers(db, today, [...new Set(rows.map((row) => row.id))]), language);
  const byId = new Map(services.map((service) => [service.id, service]));
  const items = rows.flatMap((row) => {
    const service = byId.get(row.id);
    return service ? [{ service, index: row.index }] : [];
  });
  return { items, total: counted[0]?.total ?? 0 };
}

/**
 * The location (or service_at_location) with this id among the offers published today. Its id
 * is derived from the offer's id and the location's position, so each published offer's ids are
 * worked out and compared.
 */
export async function findPublishedLocation(
  db: Kysely<Database>,
  today: string,
  id: string,
  kind: "location" | "serviceAtLocation",
  language: DisplayLanguage = "de",
): Promise<HsdsServiceLocation | undefined> {
  const { rows } = await sql<{ id: string; count: number }>`
    select id, jsonb_array_length(data->'locations')::int as count from offer
    where ${published(today)} and jsonb_array_length(data->'locations') > 0`.execute(db);
  const found = rows.flatMap((row) =>
    Array.from({ length: row.count }, (_, index) => ({ offerId: row.id, index, ids: hsdsLocationIds(row.id, index) })),
  ).find(({ ids }) => (kind === "location" ? ids.locationId : ids.serviceAtLocationId) === id);
  if (!found) return undefined;
  const [service] = await toServices(db, today, await publishedOffers(db, today, [found.offerId]), language);
  return service ? { service, index: found.index } : undefined;
}

/**
 * Every term of our taxonomy: the life phases, transitions and fields of action (current ones,
 * and archived ones still linked by an offer published today) and the target groups.
 */
export async function publishedTaxonomyTerms(db: Kysely<Database>, today: string): Promise<HsdsTaxonomyTerm[]> {
  const selects = configurationTaxonomies.map(
    ({ table, column }, order) => sql`select id, data, ${table} as taxonomy, ${order} as taxonomy_order, created_at from ${sql.table(table)}
      where archived_at is null or id in (select unnest(${sql.ref(column)}) from offer where ${published(today)})`,
  );
  const { rows } = await sql<TermRow>`select id, data, taxonomy from (${sql.join(selects, sql` union all `)}) terms order by taxonomy_order, created_at, id`.execute(db);
  return [...rows.map(termOf), ...targetGroupTerms];
}
