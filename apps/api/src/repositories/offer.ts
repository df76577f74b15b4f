import {
  type DisplayLanguage,
  type Label,
  type LifePhaseInput,
  nextTransition,
  type OfferInLanguage,
  type OfferInput,
  OfferInputSchema,
  offerInLanguage,
  type TransitionInput,
} from "@praeventionskette/domain";
import { type Kysely, type RawBuilder, sql } from "kysely";
import type { Access } from "../auth/access.js";
import type { Database } from "../db/types.js";
import { searchWithIndex } from "../search/indexed-search.js";
import { COUNTY_LEVEL, MOST_PLACES_LISTED, TOWN_LEVEL } from "../search/territory-relations.js";
import { type Aggregate, type AnySelect, getRecord, inTransaction, listRecords, type Page, presented, readable, type Stored } from "./aggregate.js";
import { applyConfigurationFilter } from "./configuration.js";
import { nearestLocationKm, type OfferNear, withinReach } from "./offer-near.js";
import { lifePhaseAggregate, transitionAggregate } from "./life-phase.js";
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
  /** The child's age in months (the router works it out from a birth date). */
  ageMonths?: number | null;
  lifePhaseId?: string;
  transitionId?: string;
  territoryId?: string;
  fieldOfActionId?: string;
  providerId?: string;
  /** Offers held in this language (ISO 639-1). */
  language?: string;
  freeOfCharge?: boolean;
  /** Offers with (true) or without (false) a wheelchair-accessible location. */
  wheelchairAccessible?: boolean;
  /** Offers with a location within `km` of a point; the nearest come first (after title matches). */
  near?: OfferNear;
  /** Only offers a family may see today: active or temporarily closed, inside their publication window. */
  publishedOn?: string;
  /** The language to show the texts in; German by default. */
  displayLanguage?: DisplayLanguage;
  /** Count the facets (default true); lists that only need the offers skip it. */
  facets?: boolean;
  limit: number;
  offset: number;
}

/** Offer searches count their matches up to this many (`totalIsCapped` beyond). */
export const SEARCH_COUNT_LIMIT = 1_000;
/** Words of a search text beyond these are ignored. */
const MAX_SEARCH_WORDS = 8;
/**
 * A lexicon word counts as a typo of a search word from this trigram similarity on ("hebame" ~
 * "hebamme": 0.67, ~ "hebammen": 0.45; "elterncafe" ~ "elterncafé": 0.69). Typos inside a part
 * of a compound are not found ("hebame" ~ "familienhebamme": 0.44, too close to unrelated words).
 */
const TYPO_SIMILARITY = 0.45;
/** A typo changes a word's length by at most this much ("hebame" → "hebamme"; not "familienzentrum" → "familien"). */
const TYPO_LENGTH_CHANGE = 2;
/** Search words from this length on also find compounds ending in or containing them ("café" → "elterncafé"). */
const INFIX_MIN_LENGTH = 4;
/** At most this many lexicon words join each search word in the query. */
const MAX_ALTERNATIVES = 40;
/** How many offers of the next transition an answer carries. */
const NEXT_TRANSITION_OFFERS = 5;

/** An offer as search and get answer it: the record, its provider's public name and its texts in the language asked for. */
export type OfferAnswer = Stored<OfferInput> & {
  /** The provider's public name, embedded so that a result list needs no call per offer. */
  provider: { id: string; name: string; shortName: string | null } | null;
  /** The language `display` shows: the one asked for where translated, else German. */
  shownLanguage: DisplayLanguage;
  /** True when some text in `display` is German although another language was asked for. */
  fallback: boolean;
  /** Title, short title, description and eligibility in `shownLanguage`, with each field's language. */
  display: OfferInLanguage;
};

/** How many matching offers one value of a filter would give, under all other active filters. */
export interface FacetCount<V> {
  value: V;
  count: number;
}

/** Counts for every filter of the offer search, each under all other active filters. */
export interface OfferFacets {
  fieldsOfAction: (FacetCount<string> & { name: Label | null })[];
  lifePhases: (FacetCount<string> & { name: Label | null })[];
  /** By ISO 639-1 code. */
  languages: FacetCount<string>[];
  freeOfCharge: FacetCount<boolean>[];
  wheelchairAccessible: FacetCount<boolean>[];
  /**
   * Towns and county-free cities (counties and county-free cities where more than 60 towns and
   * cities are in force: a list of hundreds is no help); with a territory chosen, its neighbours
   * (same parent) and its own areas instead. Counted like the territory filter: county-wide offers count in every town.
   */
  territories: (FacetCount<string> & { name: string; kind: string })[];
}

/** "What comes next": the transition a child of the searched age faces next, and offers for it. */
export interface UpcomingTransition {
  transition: Stored<TransitionInput>;
  /** The phase the transition leaves and the one it enters. */
  from: Stored<LifePhaseInput>;
  to: Stored<LifePhaseInput>;
  /** Months until the next phase begins; 0 when the transition is under way. */
  monthsUntil: number;
  /** The first offers supporting the transition where the family lives (same territory, language, cost and access filters). */
  offers: OfferAnswer[];
  /** How many such offers there are (up to the search's count limit). */
  total: number;
}

/** A page of offers with what a family's search needs around it. */
export interface OfferSearchResult extends Page<OfferAnswer> {
  /** The language asked for (German by default); each offer says what it really shows. */
  displayLanguage: DisplayLanguage;
  /** The child's age the search was for, in months; null without an age. */
  ageMonths: number | null;
  /** Null when not asked for. */
  facets: OfferFacets | null;
  /** Null without an age, or when no transition lies ahead. */
  nextTransition: UpcomingTransition | null;
}

/**
 * The words of a search text: lower case, letters, marks and digits only, at least two
 * characters, each once, at most eight.
 *
 * @example
 * searchWords("Eltern-Café, Hebame!"); // ["eltern", "café", "hebame"]
 */
export function searchWords(text: string): string[] {
  const words = text
    .toLocaleLowerCase("de")
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((word) => word.length >= 2 && word.length <= 40);
  return [...new Set(words)].slice(0, MAX_SEARCH_WORDS);
}

const LEXEME = /^[\p{L}\p{M}\p{N}]+$/u;

/**
 * The German full-text query for the words, every word required: each word as a prefix (so
 * "Eltern" finds "Elterncafé" and "Hebammen" finds "Hebamme"), or any word of the offers'
 * lexicon that contains it further in ("Beratung" → "Erziehungsberatung"), or, for a word the
 * offers do not use, the lexicon words similar to it (typos: "Hebame" → "Hebamme"). Words the
 * offers use are not corrected, so "Schule" does not also find "Schulden".
 */
async function textQuery(db: Kysely<Database>, words: readonly string[]): Promise<string> {
  const { rows } = await sql<{ word: string; alternative: string }>`
    select q.word, s.word as alternative
    from unnest(${sqlArray(words, "text")}) as q(word)
    cross join lateral (select exists (select 1 from offer_search_word k where k.word = q.word) as known) k
    cross join lateral (
      select w.word from offer_search_word w
      where (not k.known and w.word % q.word and similarity(w.word, q.word) >= ${TYPO_SIMILARITY}
             and abs(char_length(w.word) - char_length(q.word)) <= ${TYPO_LENGTH_CHANGE})
         or (char_length(q.word) >= ${INFIX_MIN_LENGTH} and w.word like '%' || q.word || '%' and w.word not like q.word || '%')
      order by similarity(w.word, q.word) desc, w.word
      limit ${MAX_ALTERNATIVES}
    ) s`.execute(db);
  const alternatives = new Map<string, string[]>();
  for (const row of rows) if (LEXEME.test(row.alternative)) alternatives.set(row.word, [...(alternatives.get(row.word) ?? []), row.alternative]);
  return words
    .map((word) => {
      const terms = new Set([word.length >= 3 ? `${word}:*` : word, ...(alternatives.get(word) ?? []).filter((alternative) => alternative !== word)]);
      return `(${[...terms].join(" | ")})`;
    })
    .join(" & ");
}

/** The filters a facet is counted for; each facet is counted without its own filter. */
const FACETS = ["fieldOfAction", "lifePhase", "language", "freeOfCharge", "wheelchairAccessible", "territory"] as const;
type Facet = (typeof FACETS)[number];

/** A search as SQL conditions: those every count shares, and those of each facet's filter. */
interface SearchConditions {
  /** The German full-text query, when words were given. */
  query: RawBuilder<unknown> | null;
  /** The words as typed (prefixes, no typo or compound alternatives), to rank title matches. */
  rankQuery: RawBuilder<unknown> | null;
  /** Published today, when the search asks for it (also one of `common`). */
  published: RawBuilder<boolean> | null;
  common: RawBuilder<boolean>[];
  facet: Partial<Record<Facet, RawBuilder<boolean>>>;
}

async function searchConditions(db: Kysely<Database>, search: OfferSearch): Promise<SearchConditions> {
  const words = search.text ? searchWords(search.text) : [];
  const query = words.length > 0 ? sql`to_tsquery('german', ${await textQuery(db, words)})` : null;
  const rankQuery = words.length > 0 ? sql`to_tsquery('german', ${words.map((word) => (word.length >= 3 ? `${word}:*` : word)).join(" | ")})` : null;
  const common: RawBuilder<boolean>[] = [];
  if (query) common.push(sql<boolean>`search @@ ${query}`);
  const age = search.ageMonths;
  if (age !== undefined && age !== null) {
    common.push(sql<boolean>`min_age_months <= ${age} and (max_age_months is null or max_age_months > ${age})`);
  }
  // Containment (@>, &&) rather than "= any(…)", so that the GIN indexes on the arrays answer it.
  if (search.transitionId) common.push(sql<boolean>`transition_ids @> ${sqlArray([search.transitionId], "uuid")}`);
  if (search.providerId) common.push(sql<boolean>`provider_id = ${search.providerId}`);
  if (search.near) common.push(withinReach(search.near));
  const day = search.publishedOn;
  const published = day
    ? sql<boolean>`status in ('active', 'temporarilyClosed')
      and (visible_from is null or visible_from <= ${day}::date) and (visible_to is null or visible_to >= ${day}::date)`
    : null;
  if (published) common.push(published);
  const facet: SearchConditions["facet"] = {};
  if (search.fieldOfActionId) facet.fieldOfAction = sql<boolean>`field_of_action_ids @> ${sqlArray([search.fieldOfActionId], "uuid")}`;
  if (search.lifePhaseId) facet.lifePhase = sql<boolean>`life_phase_ids @> ${sqlArray([search.lifePhaseId], "uuid")}`;
  if (search.language) facet.language = sql<boolean>`languages @> ${sqlArray([search.language], "text")}`;
  if (search.freeOfCharge !== undefined) facet.freeOfCharge = sql<boolean>`is_free = ${search.freeOfCharge}`;
  if (search.wheelchairAccessible !== undefined) facet.wheelchairAccessible = sql<boolean>`wheelchair_accessible = ${search.wheelchairAccessible}`;
  // A town finds the county's offers and its social areas'; a social area its town's and the county's.
  if (search.territoryId) facet.territory = sql<boolean>`territory_ids && ${sqlArray(await relatedTerritoryIds(db, search.territoryId), "uuid")}`;
  return { query, rankQuery, published, common, facet };
}

const applyAll = (query: AnySelect, conditions: readonly RawBuilder<boolean>[]): AnySelect =>
  conditions.reduce((q, condition) => q.where(condition), query);

/** The answer shape of offers: provider names in one query for all, texts in the language asked for. */
async function answers(db: Kysely<Database>, offers: readonly Stored<OfferInput>[], language: DisplayLanguage): Promise<OfferAnswer[]> {
  const providerIds = [...new Set(offers.map((offer) => offer.providerId))];
  const providers =
    providerIds.length === 0
      ? []
      : await db
          .selectFrom("actor")
          .select(["id", sql<string>`data->>'name'`.as("name"), sql<string | null>`data->>'shortName'`.as("shortName")])
          .where("id", "in", providerIds)
          .execute();
  const byId = new Map(providers.map((provider) => [provider.id, provider]));
  return offers.map((offer) => {
    const display = offerInLanguage(offer, language);
    return { ...offer, provider: byId.get(offer.providerId) ?? null, shownLanguage: display.shownLanguage, fallback: display.fallback, display };
  });
}

/** The offer with this id as this reader may see it, with its provider's name and its texts in `language`. */
export async function getOffer(db: Kysely<Database>, id: string, access: Access, language: DisplayLanguage = "de"): Promise<OfferAnswer> {
  const [offer] = await answers(db, [await getRecord(db, offerAggregate, id, access)], language);
  return offer as OfferAnswer;
}

interface FacetRow {
  facet: Facet | "total";
  value: string | null;
  count: number;
  name: unknown;
  kind: string | null;
}

/**
 * The SQL counting some facets over the offers `matches` selects: rows of (facet, value, count,
 * name, kind). `related` defines the CTE `related(candidate_id, listed_id)` the territory facet
 * counts through.
 */
function facetCounts(facets: readonly (Facet | "total")[], matches: AnySelect, related: RawBuilder<unknown>): RawBuilder<FacetRow> {
  const parts: RawBuilder<unknown>[] = [];
  for (const facet of facets) {
    // Arrays are grouped before they are unnested: offers share few combinations of them.
    if (facet === "fieldOfAction" || facet === "lifePhase") {
      const [column, table] = facet === "fieldOfAction" ? ["field_of_action_ids", "field_of_action"] : ["life_phase_ids", "life_phase"];
      parts.push(sql`select ${facet} as facet, v::text as value, sum(g.n)::int as count, (select c.data->'name' from ${sql.table(table)} c where c.id = v) as name, null as kind
        from (select ${sql.ref(column)} as ids, count(*) as n from m group by 1) g cross join unnest(g.ids) as v group by v`);
    } else if (facet === "language") {
      parts.push(sql`select ${facet} as facet, v as value, sum(g.n)::int as count, null::jsonb as name, null as kind
        from (select languages, count(*) as n from m group by 1) g cross join unnest(g.languages) as v group by v`);
    } else if (facet === "freeOfCharge" || facet === "wheelchairAccessible") {
      const column = sql.ref(facet === "freeOfCharge" ? "m.is_free" : "m.wheelchair_accessible");
      parts.push(sql`select ${facet} as facet, ${column}::text as value, count(*)::int as count, null::jsonb as name, null as kind from m group by ${column}`);
    } else if (facet === "total") {
      parts.push(sql`select ${facet} as facet, null as value, count(*)::int as count, null::jsonb as name, null as kind from m`);
    } else {
      // An offer listing one territory meets each candidate at most once; one listing several may
      // meet a candidate twice (a town and its social area), so those are counted by distinct id.
      parts.push(sql`select ${facet} as facet, candidate_id::text as value, sum(count)::int as count,
          (select t.data->'name' from territory t where t.id = candidate_id) as name, (select t.kind from territory t where t.id = candidate_id) as kind
        from (
          select r.candidate_id, sum(l.n) as count
          from (select s.id, count(*) as n from m cross join unnest(m.territory_ids) as s(id) where cardinality(m.territory_ids) = 1 group by s.id) l
          join related r on r.listed_id = l.id
          group by r.candidate_id
          union all
          select r.candidate_id, count(distinct m.id) from m cross join unnest(m.territory_ids) as s(id) join related r on r.listed_id = s.id
          where cardinality(m.territory_ids) > 1 group by r.candidate_id
        ) counted group by candidate_id`);
    }
  }
  const matched = matches.select(["id", "territory_ids", "field_of_action_ids", "life_phase_ids", "languages", "is_free", "wheelchair_accessible"]);
  const ctes = facets.includes("territory") ? sql`with recursive ${related}, m as materialized (${matched})` : sql`with m as materialized (${matched})`;
  return sql<FacetRow>`${ctes} ${sql.join(parts, sql` union all `)}`;
}

/**
 * Counts every facet, each under all filters but its own, the way a family sees how many offers
 * each choice would give. The facets whose filter is not set share one pass over the offers
 * matching all filters (with the total); each set filter's own facet gets a pass without it.
 * With a territory chosen, those passes read only that territory's offers through the indexes.
 * Territories are counted like the territory filter: an offer counts for each candidate it lists,
 * lies above (county-wide offers in each town) or below. Candidates are the towns and county-free
 * cities (counties instead of towns beyond `MOST_PLACES_LISTED`), or with a territory chosen its
 * neighbours (same parent) and its own areas.
 */
async function countFacets(db: Kysely<Database>, search: OfferSearch, conditions: SearchConditions, access: Access): Promise<OfferFacets> {
  const base = applyAll(readable(db.selectFrom("offer").where("archived_at", "is", null) as AnySelect, offerAggregate, access), conditions.common);
  const matching = (except: Facet | null) => applyAll(base, FACETS.flatMap((f) => (f !== except && conditions.facet[f] ? [conditions.facet[f]] : [])));
  const set = FACETS.filter((f) => conditions.facet[f] !== undefined);
  const shared = [...FACETS.filter((f) => conditions.facet[f] === undefined), "total" as const];

  const today = access.today;
  const territoryId = search.territoryId ?? null;
  const inForce = sql`archived_at is null and valid_from <= ${today}::date and (valid_to is null or valid_to >= ${today}::date)`;
  const [townLevel, countyLevel] = [TOWN_LEVEL, COUNTY_LEVEL].map((kinds) => sqlArray(kinds, "text"));
  const candidates =
    territoryId === null
      ? sql`kind = any(case when (select count(*) from territory where kind = any(${townLevel}) and ${inForce}) > ${MOST_PLACES_LISTED} then ${countyLevel} else ${townLevel} end)`
      : sql`(id = ${territoryId} or parent_id = ${territoryId} or parent_id = (select parent_id from territory where id = ${territoryId}))`;
  // The candidates with every territory above or below them, as related(candidate_id, listed_id).
  const related = sql`
    candidates as materialized (
      select id from territory
      where ${candidates} and ${inForce}
    ),
    up(candidate_id, listed_id, parent_id, depth) as (
      select t.id, t.id, t.parent_id, 0 from territory t where t.id in (select id from candidates)
      union all
      select up.candidate_id, p.id, p.parent_id, up.depth + 1 from up join territory p on p.id = up.parent_id where up.depth < 10
    ),
    down(candidate_id, listed_id, depth) as (
      select id, id, 0 from candidates
      union all
      select down.candidate_id, t.id, down.depth + 1 from down join territory t on t.parent_id = down.listed_id where down.depth < 10
    ),
    related as materialized (select candidate_id, listed_id from up union select candidate_id, listed_id from down)`;
  // With a territory chosen, only offers of its neighbourhood can count: the index finds them.
  const territoryPass = territoryId === null ? matching("territory") : matching("territory").where(sql<boolean>`territory_ids && (select array_agg(listed_id) from related)`);

  const rows = await inTransaction(db, async (trx) => {
    // The planner's estimates for these statements are large and their runs short: PostgreSQL's
    // JIT compiler would spend far longer compiling them than running them.
    await sql`set local jit = off`.execute(trx);
    const statements = [
      facetCounts(shared, matching(null), related),
      ...set.map((facet) => facetCounts([facet], facet === "territory" ? territoryPass : matching(facet), related)),
    ];
    const results: FacetRow[] = [];
    for (const statement of statements) results.push(...(await statement.execute(trx)).rows);
    return results;
  });

  const of = (facet: Facet) => rows.filter((row) => row.facet === facet);
  const byCount = <T extends { count: number; value: unknown }>(a: T, b: T) => b.count - a.count || String(a.value).localeCompare(String(b.value));
  const named = (facet: Facet) => of(facet).map((row) => ({ value: row.value ?? "", count: row.count, name: (row.name as Label | null) ?? null })).sort(byCount);
  const yesNo = (facet: Facet) => of(facet).map((row) => ({ value: row.value === "true", count: row.count })).sort(byCount);
  return {
    fieldsOfAction: named("fieldOfAction"),
    lifePhases: named("lifePhase"),
    languages: of("language").map((row) => ({ value: row.value ?? "", count: row.count })).sort(byCount),
    freeOfCharge: yesNo("freeOfCharge"),
    wheelchairAccessible: yesNo("wheelchairAccessible"),
    territories: of("territory")
      .map((row) => ({ value: row.value ?? "", count: row.count, name: String(row.name ?? ""), kind: row.kind ?? "" }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "de")),
  };
}

/** The life phases and transitions in force for the territory (the platform defaults without one), as this reader may list them. */
async function phasesAndTransitions(db: Kysely<Database>, territoryId: string | undefined, access: Access) {
  const inForce = (table: "life_phase" | "transition") => (query: AnySelect) =>
    applyConfigurationFilter(table, "replace", query, territoryId ? { territoryId } : { youthOfficeId: null });
  const all = { limit: 200, offset: 0, includeArchived: false };
  const [phases, transitions] = await Promise.all([
    listRecords(db, lifePhaseAggregate, all, access, inForce("life_phase")),
    listRecords(db, transitionAggregate, all, access, inForce("transition")),
  ]);
  return { phases: phases.items, transitions: transitions.items };
}

/**
 * The transition a child of `ageMonths` faces next, by the life phases and transitions in force
 * for the territory (the platform defaults without one), with the first offers supporting it that
 * pass the search's territory, publication, language, cost and access filters (not its words,
 * age or phase: those offers are for what comes next).
 */
async function upcomingTransition(
  db: Kysely<Database>,
  search: OfferSearch,
  conditions: SearchConditions,
  ageMonths: number,
  access: Access,
): Promise<UpcomingTransition | null> {
  const { phases, transitions } = await phasesAndTransitions(db, search.territoryId, access);
  const next = nextTransition(transitions, phases, ageMonths);
  if (!next) return null;
  const { territory, language, freeOfCharge, wheelchairAccessible } = conditions.facet;
  const filters = [
    sql<boolean>`transition_ids @> ${sqlArray([next.transition.id], "uuid")}`,
    ...(search.near ? [withinReach(search.near)] : []),
    ...[conditions.published, territory, language, freeOfCharge, wheelchairAccessible].filter((condition) => condition !== undefined && condition !== null),
  ];
  const offers = await listRecords(
    db,
    offerAggregate,
    { limit: NEXT_TRANSITION_OFFERS, offset: 0, includeArchived: false, countLimit: SEARCH_COUNT_LIMIT },
    access,
    (base) => applyAll(base, filters),
  );
  return { ...next, offers: await answers(db, offers.items, search.displayLanguage ?? "de"), total: offers.total };
}

/**
 * Searches offers: German full-text search that forgives typos and finds parts of compound words
 * (see `textQuery`), with filters by age, territory, life phase, transition, field of action,
 * provider, language, cost and wheelchair access. With words the best title matches come first.
 * Each offer comes with its provider's public name and its texts in `displayLanguage`; the
 * answer adds facet counts and, for a child's age, the next transition with offers for it.
 * Anonymous searches are answered from the in-process offer index where the server keeps one
 * (`keepOfferIndex`; the same results, see indexed-search.test.ts), all others in SQL.
 */
export async function searchOffers(db: Kysely<Database>, search: OfferSearch, access: Access): Promise<OfferSearchResult> {
  return (await searchOffersWithIndex(db, search, access)) ?? searchOffersInSql(db, search, access);
}

/** The search answered by the offer index; null where the index does not answer it (see `searchWithIndex`). */
export function searchOffersWithIndex(db: Kysely<Database>, search: OfferSearch, access: Access): Promise<OfferSearchResult | null> {
  return searchWithIndex(db, search, access, {
    searchWords,
    textQuery,
    phasesAndTransitions: (territoryId) => phasesAndTransitions(db, territoryId, access),
    presented: (records) => presented(db, offerAggregate, records, access),
    countLimit: SEARCH_COUNT_LIMIT,
    nextTransitionOffers: NEXT_TRANSITION_OFFERS,
  });
}

/** The search in SQL: for staff, and while the offer index is not (yet) current. */
export async function searchOffersInSql(db: Kysely<Database>, search: OfferSearch, access: Access): Promise<OfferSearchResult> {
  const conditions = await searchConditions(db, search);
  const language = search.displayLanguage ?? "de";
  const ageMonths = search.ageMonths ?? null;
  const options = { limit: search.limit, offset: search.offset, includeArchived: false, countLimit: SEARCH_COUNT_LIMIT };
  const [page, facets, upcoming] = await Promise.all([
    listRecords(db, offerAggregate, options, access, (base) => {
      let q = applyAll(applyAll(base, conditions.common), Object.values(conditions.facet));
      // Titles with the words as typed first (ranked on the small title vector), then the rest
      // (typos, compound parts, matches in the description) in creation order.
      if (conditions.rankQuery) q = q.orderBy(sql`ts_rank(title_search, ${conditions.rankQuery})`, "desc");
      if (search.near) q = q.orderBy(nearestLocationKm(search.near), "asc");
      return q;
    }),
    search.facets === false ? null : countFacets(db, search, conditions, access),
    ageMonths === null ? null : upcomingTransition(db, search, conditions, ageMonths, access),
  ]);
  return { ...page, items: await answers(db, page.items, language), displayLanguage: language, ageMonths, facets, nextTransition: upcoming };
}

/**
 * The offer search's text rule on its own, for other readers of offers (the open-data API): SQL
 * that an offer matches the words (typos forgiven, parts of compounds found, see `textQuery`), and
 * its title rank to order by; null when the text holds no word to search for.
 *
 * @example
 * const match = await offerTextMatch(db, "Hebame");
 * if (match) query = query.where(match.matches).orderBy(match.rank, "desc");
 */
export async function offerTextMatch(db: Kysely<Database>, text: string): Promise<{ matches: RawBuilder<boolean>; rank: RawBuilder<number> } | null> {
  const words = searchWords(text);
  if (words.length === 0) return null;
  const query = sql`to_tsquery('german', ${await textQuery(db, words)})`;
  return { matches: sql<boolean>`search @@ ${query}`, rank: sql<number>`ts_rank(title_search, ${query})` };
}
