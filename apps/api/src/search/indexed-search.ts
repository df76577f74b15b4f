import { type DisplayLanguage, type Label, type LifePhaseInput, nextTransition, type OfferInput, offerInLanguage, type TransitionInput } from "@praeventionskette/domain";
import { type Kysely, sql } from "kysely";
import type { Access } from "../auth/access.js";
import type { Database } from "../db/types.js";
import type { Stored } from "../repositories/aggregate.js";
import type { OfferAnswer, OfferFacets, OfferSearch, OfferSearchResult } from "../repositories/offer.js";
import type { OfferNear } from "../repositories/offer-near.js";
import { sqlArray } from "../repositories/sql-values.js";
import { type CodeLists, listHas, type OfferIndex, offerIndexFor } from "./offer-index.js";
import { facetCandidates, type FacetCandidates, relatedTerritories } from "./territory-relations.js";
import { operandMatches, parseTsquery, type QueryNode, type QueryOperand, rankOperands, rankOr } from "./tsquery.js";

/** What the indexed search borrows from the SQL search, so that both follow one rule. */
export interface IndexedSearchRules {
  searchWords(text: string): string[];
  /** The full-text query text for the words (typo and compound alternatives from the lexicon). */
  textQuery(db: Kysely<Database>, words: readonly string[]): Promise<string>;
  /** The life phases and transitions in force for a territory (or the platform defaults), as this reader may list them. */
  phasesAndTransitions(territoryId: string | undefined): Promise<{
    phases: Stored<LifePhaseInput>[];
    transitions: Stored<TransitionInput>[];
  }>;
  /** Records as this reader may see them (no staff names for the public). */
  presented(records: Stored<OfferInput>[]): Promise<Stored<OfferInput>[]>;
  countLimit: number;
  nextTransitionOffers: number;
}

/** The text of a search as the index evaluates it, or "sql" for queries it leaves to SQL. */
type TextPlan = { match: QueryNode | null; rank: QueryOperand[] } | "sql";

// Memo entries beyond this are dropped (all at once): a burst of distinct words cannot grow memory without bound.
const MAX_MEMO_ENTRIES = 20_000;
// Offers kept as answered (a few KB each); beyond this the oldest go first.
const MAX_KEPT_ANSWERS = 3_000;

async function memoized<T>(memo: Map<string, unknown>, key: string, compute: () => Promise<T>): Promise<T> {
  if (memo.has(key)) return memo.get(key) as T;
  const value = await compute();
  if (memo.size >= MAX_MEMO_ENTRIES) memo.clear();
  memo.set(key, value);
  return value;
}

/**
 * Whether a reader sees exactly the published offers (anonymous visitors and people without
 * any territory or organisation): the only readers the index answers, since it holds nothing else.
 */
const readsPublicOnly = (access: Access): boolean => !access.readable.all && access.readable.territoryIds.length === 0 && access.organisationIds.length === 0;

async function textPlan(db: Kysely<Database>, memo: Map<string, unknown>, words: string[], rules: IndexedSearchRules): Promise<TextPlan> {
  return memoized(memo, `text ${words.join(" ")}`, async () => {
    const rankText = words.map((word) => (word.length >= 3 ? `${word}:*` : word)).join(" | ");
    const { rows } = await sql<{ match: string; rank: string }>`
      select to_tsquery('german', ${await rules.textQuery(db, words)})::text as match, to_tsquery('german', ${rankText})::text as rank`.execute(db);
    const row = rows[0];
    if (!row) return "sql";
    const match = parseTsquery(row.match);
    const rank = parseTsquery(row.rank);
    if (match === undefined || rank === undefined || rank?.kind === "and") return "sql";
    const operands = rank === null ? [] : rankOperands(rank);
    return operands ? { match, rank: operands } : "sql";
  });
}

/** The offers a query matches, as a bitmap over the index (into `bits`, cleared first, where given). */
function matchBitmap(index: OfferIndex, memo: Map<string, unknown>, node: QueryNode | null, bits: Uint8Array = new Uint8Array(index.size)): Uint8Array {
  bits.fill(0);
  if (node !== null) addMatches(index, memo, node, bits);
  return bits;
}

/**
 * A bitmap over the index kept for reuse, cleared by its user: one search at a time uses it, in
 * a part without `await`. A new 50 KB bitmap per search and purpose was most of the garbage a
 * search left.
 */
function scratchBits(index: OfferIndex, memo: Map<string, unknown>, purpose: string): Uint8Array {
  const key = `scratch ${purpose}`;
  let bits = memo.get(key) as Uint8Array | undefined;
  if (!bits) {
    bits = new Uint8Array(index.size);
    if (memo.size >= MAX_MEMO_ENTRIES) memo.clear();
    memo.set(key, bits);
  }
  return bits;
}

/** A list of offer numbers the size of the index, kept for reuse like `scratchBits`. */
function scratchPositions(index: OfferIndex, memo: Map<string, unknown>): Int32Array {
  let positions = memo.get("scratch positions") as Int32Array | undefined;
  if (!positions) {
    positions = new Int32Array(index.size);
    if (memo.size >= MAX_MEMO_ENTRIES) memo.clear();
    memo.set("scratch positions", positions);
  }
  return positions;
}

/**
 * The positions of the set bytes of `bits`, ascending, written into `into` (returned as the part
 * written). Reads four bytes at a time where it can: most of a word search's bitmap is clear.
 */
function setPositions(bits: Uint8Array, into: Int32Array): Int32Array {
  let found = 0;
  const whole = bits.byteOffset % 4 === 0 ? bits.length >> 2 : 0;
  const words = new Uint32Array(bits.buffer, bits.byteOffset, whole);
  for (let w = 0; w < whole; w++) {
    if (words[w] === 0) continue;
    for (let i = w << 2; i < (w << 2) + 4; i++) if (bits[i] !== 0) into[found++] = i;
  }
  for (let i = whole << 2; i < bits.length; i++) if (bits[i] !== 0) into[found++] = i;
  return into.subarray(0, found);
}

/**
 * Sets the bits of the offers the query matches. Alternatives (OR) write into the same bitmap,
 * so that a word with forty typo and compound alternatives costs no forty bitmaps of garbage.
 */
function addMatches(index: OfferIndex, memo: Map<string, unknown>, node: QueryNode, bits: Uint8Array): void {
  if (node.kind === "operand") {
    const key = `lexemes ${node.prefix ? "*" : "="}${node.lexeme}`;
    let lexemes = memo.get(key) as Int32Array[] | undefined;
    if (!lexemes) {
      lexemes = [...index.postings].filter(([lexeme]) => operandMatches(node, lexeme)).map(([, offers]) => offers);
      if (memo.size >= MAX_MEMO_ENTRIES) memo.clear();
      memo.set(key, lexemes);
    }
    for (const offers of lexemes) for (const i of offers) bits[i] = 1;
  } else if (node.kind === "or") {
    for (const child of node.children) addMatches(index, memo, child, bits);
  } else {
    // Every child must match (AND): the first child's bits, cleared wherever another's is not set.
    const [first, ...rest] = node.children.map((child) => matchBitmap(index, memo, child));
    bits.set(first!);
    for (const other of rest) for (let i = 0; i < bits.length; i++) bits[i]! &= other[i]!;
  }
}

// PostgreSQL's RADIANS_PER_DEGREE (0.0174532925199432957692) as the double it rounds to.
const RADIANS_PER_DEGREE = 0.017453292519943295;
const EARTH_DIAMETER_KM = 2 * 6371;

/** `nearestLocationKm` for offer i in the same float8 steps as the SQL; NaN for an offer without coordinates. */
function nearestKm(index: OfferIndex, i: number, near: OfferNear): number {
  const { start, values } = index.coordinates;
  let nearest = Number.NaN;
  for (let k = start[i]!; k < start[i + 1]!; k += 2) {
    const lat = values[k]!;
    const lon = values[k + 1]!;
    const a = Math.pow(Math.sin(((lat - near.latitude) * RADIANS_PER_DEGREE) / 2), 2);
    const b =
      Math.cos(near.latitude * RADIANS_PER_DEGREE) * Math.cos(lat * RADIANS_PER_DEGREE) * Math.pow(Math.sin(((lon - near.longitude) * RADIANS_PER_DEGREE) / 2), 2);
    const km = EARTH_DIAMETER_KM * Math.asin(Math.min(1, Math.sqrt(a + b)));
    if (!Number.isNaN(km) && (Number.isNaN(nearest) || km < nearest)) nearest = km;
  }
  return nearest;
}

/** Whether offer i lists any territory of the set. */
function inAny(lists: CodeLists, i: number, wanted: Set<number>): boolean {
  for (let k = lists.start[i]!; k < lists.start[i + 1]!; k++) if (wanted.has(lists.values[k]!)) return true;
  return false;
}
const published = (index: OfferIndex, i: number, day: string): boolean =>
  (index.visibleFrom[i] === null || index.visibleFrom[i]! <= day) && (index.visibleTo[i] === null || index.visibleTo[i]! >= day);

/** The offers published on `day`, as a bitmap: one pass of date comparisons per day instead of one per search. */
export function publishedOn(index: OfferIndex, memo: Map<string, unknown>, day: string): Uint8Array {
  const key = `published ${day}`;
  let bits = memo.get(key) as Uint8Array | undefined;
  if (!bits) {
    bits = new Uint8Array(index.size);
    for (let i = 0; i < index.size; i++) bits[i] = published(index, i, day) ? 1 : 0;
    if (memo.size >= MAX_MEMO_ENTRIES) memo.clear();
    memo.set(key, bits);
  }
  return bits;
}

// Bits of the facet filters an offer fails.
const FIELD = 1;
const PHASE = 2;
const LANGUAGE = 4;
const FREE = 8;
const WHEELCHAIR = 16;
const TERRITORY = 32;

/**
 * Answers an anonymous offer search from the offer index: the same offers in the same order,
 * the same counts and facets as the SQL search, with one statement for the records shown (and,
 * for a new word, one for its query). Null when the index cannot answer (not kept, being rebuilt,
 * a reader who sees more than the public, a query it does not evaluate): then SQL answers.
 */
export async function searchWithIndex(db: Kysely<Database>, search: OfferSearch, access: Access, rules: IndexedSearchRules): Promise<OfferSearchResult | null> {
  if (!readsPublicOnly(access)) return null;
  const found = await offerIndexFor(db);
  if (!found) return null;
  const { index, memo } = found;
  const kept = found.answers as Map<string, OfferAnswer>;
  const words = search.text ? rules.searchWords(search.text) : [];
  const text = words.length > 0 ? await textPlan(db, memo, words, rules) : null;
  if (text === "sql") return null;

  const codes = index.codes;
  const day = access.today;
  const age = search.ageMonths ?? null;
  const transition = search.transitionId === undefined ? null : codes.find(search.transitionId);
  const field = search.fieldOfActionId === undefined ? null : codes.find(search.fieldOfActionId);
  const phase = search.lifePhaseId === undefined ? null : codes.find(search.lifePhaseId);
  const language = search.language === undefined ? null : codes.find(search.language);
  const territoryId = search.territoryId ?? null;
  const inTerritory =
    territoryId === null
      ? null
      : await memoized(
          memo,
          `related ${territoryId}`,
          async () => new Set([...relatedTerritories(index.territoryTree, territoryId)].map((id) => codes.find(id)).filter((code) => code >= 0))
        );
  const facetsWanted = search.facets !== false;
  const candidates = facetsWanted
    ? await memoized(memo, `candidates ${day} ${territoryId ?? ""}`, async () => candidateCodes(index, facetCandidates(index.territoryTree, territoryId, day)))
    : null;

  /** The facet filters offer i fails, as bits. */
  const failed = (i: number): number =>
    (field !== null && !listHas(index.fieldsOfAction, i, field) ? FIELD : 0) |
    (phase !== null && !listHas(index.lifePhases, i, phase) ? PHASE : 0) |
    (language !== null && !listHas(index.languages, i, language) ? LANGUAGE : 0) |
    (search.freeOfCharge !== undefined && index.isFree[i] !== (search.freeOfCharge ? 1 : 0) ? FREE : 0) |
    (search.wheelchairAccessible !== undefined && index.wheelchairAccessible[i] !== (search.wheelchairAccessible ? 1 : 0) ? WHEELCHAIR : 0) |
    (inTerritory !== null && !inAny(index.territories, i, inTerritory) ? TERRITORY : 0);

  // From here to the page no `await`: the scratch bitmaps are this search's alone.
  const matches = text ? matchBitmap(index, memo, text.match, scratchBits(index, memo, "matches")) : null;
  const counter = facetsWanted ? new FacetCounter(index, candidates!, facetCodes(index, memo)) : null;
  const visibleToday = publishedOn(index, memo, day);
  const visibleThen = search.publishedOn === undefined ? null : publishedOn(index, memo, search.publishedOn);
  const matched: number[] = [];
  const distance = search.near ? new Float64Array(index.size) : null;
  // The offers the words match, or all: a word matches a few hundred to a few thousand of 50,000.
  const looked = matches ? setPositions(matches, scratchPositions(index, memo)) : null;
  const filtering = field !== null || phase !== null || language !== null || search.freeOfCharge !== undefined || search.wheelchairAccessible !== undefined || inTerritory !== null;
  const count = looked ? looked.length : index.size;
  for (let n = 0; n < count; n++) {
    const i = looked ? looked[n]! : n;
    if (visibleToday[i] === 0 || (visibleThen !== null && visibleThen[i] === 0)) continue;
    if (age !== null && !(index.minAge[i]! <= age && (index.maxAge[i] === -1 || index.maxAge[i]! > age))) continue;
    if (transition !== null && !listHas(index.transitions, i, transition)) continue;
    if (search.providerId !== undefined && index.providerIds[i] !== search.providerId) continue;
    if (search.near && distance) {
      const km = nearestKm(index, i, search.near);
      if (!(km <= search.near.km)) continue;
      distance[i] = km;
    }
    const mask = filtering ? failed(i) : 0;
    if (mask === 0) matched.push(i);
    // Each facet counts the offers passing every filter but its own.
    if (counter && (mask & (mask - 1)) === 0) counter.add(i, mask);
  }

  const page = pageOf(index, memo, matched, text?.rank ?? null, distance, search.offset, search.limit);
  const facets = counter ? counter.facets(index) : null;
  const upcoming = age === null ? null : await upcomingOffers(index, memo, search, access, age, { language, inTerritory, visibleToday, visibleThen }, rules);
  const wanted = [...page, ...(upcoming?.offers ?? [])];
  const displayLanguage = search.displayLanguage ?? "de";
  const answers = await offerAnswers(
    db,
    wanted.map((i) => index.ids[i]!),
    displayLanguage,
    rules,
    kept
  );
  if (!answers) return null;
  const pick = (list: number[]) => list.map((i) => answers.get(index.ids[i]!)!);
  const total = Math.min(matched.length, rules.countLimit + 1);
  return {
    items: pick(page),
    total: Math.min(total, rules.countLimit),
    limit: search.limit,
    offset: search.offset,
    ...(total > rules.countLimit ? { totalIsCapped: true } : {}),
    displayLanguage,
    ageMonths: age,
    facets,
    nextTransition: upcoming
      ? {
          ...upcoming.next,
          offers: pick(upcoming.offers),
          total: upcoming.total,
        }
      : null,
  };
}

/** The offers whose titles rank for a query: ascending, and by rank (best first, then list order). */
interface Titled {
  ascending: Int32Array;
  byRank: Int32Array;
}

/**
 * `ts_rank(title_search, rank query)` for offers by number, with the operands matched against the
 * title lexicon once; and the offers whose title holds a matching lexeme (all others rank 0),
 * found and ordered once per query and index, so that a search walks them best first and stops
 * when its page is full.
 */
function titleRanker(index: OfferIndex, memo: Map<string, unknown>, operands: QueryOperand[]): { rankOf: (i: number) => number; titled: () => Titled } {
  const { lexemes, start, lexeme, contribution } = index.titles;
  const keys = operands.map((operand) => `${operand.prefix ? "*" : "="}${operand.lexeme}`);
  const matching = operands.map((operand, at) => {
    const key = `title ${keys[at]}`;
    let bits = memo.get(key) as Uint8Array | undefined;
    if (!bits) {
      bits = Uint8Array.from(lexemes, (word) => (operandMatches(operand, word) ? 1 : 0));
      if (memo.size >= MAX_MEMO_ENTRIES) memo.clear();
      memo.set(key, bits);
    }
    return bits;
  });
  const rankOf = (i: number) => rankOr(matching, lexeme, contribution, start[i]!, start[i + 1]!);
  const titled = () => {
    const key = `titled ${keys.join(" ")}`;
    let found = memo.get(key) as Titled | undefined;
    if (!found) {
      const ranked: { i: number; rank: number }[] = [];
      for (let i = 0; i < index.size; i++) {
        const rank = rankOf(i);
        if (rank > 0) ranked.push({ i, rank });
      }
      const ascending = Int32Array.from(ranked, (entry) => entry.i);
      ranked.sort((a, b) => b.rank - a.rank || a.i - b.i);
      found = { ascending, byRank: Int32Array.from(ranked, (entry) => entry.i) };
      if (memo.size >= MAX_MEMO_ENTRIES) memo.clear();
      memo.set(key, found);
    }
    return found;
  };
  return { rankOf, titled };
}

/**
 * The page of matched offers by title rank alone: the matched offers among those whose title
 * ranks, best first (then list order), and after them the other matched offers (rank 0) in list
 * order. Both walks stop as soon as the page is full.
 */
function pageByTitleRank(index: OfferIndex, memo: Map<string, unknown>, matched: number[], rank: QueryOperand[], offset: number, limit: number): number[] {
  const { ascending, byRank } = titleRanker(index, memo, rank).titled();
  const wanted = offset + limit;
  const isMatched = scratchBits(index, memo, "page");
  isMatched.fill(0);
  for (const i of matched) isMatched[i] = 1;
  const page: number[] = [];
  for (let k = 0; k < byRank.length && page.length < wanted; k++) if (isMatched[byRank[k]!] === 1) page.push(byRank[k]!);
  // Matched offers without a ranking title, in list order: skip the ranked ones (both lists ascend).
  for (let a = 0, t = 0; a < matched.length && page.length < wanted; a++) {
    while (t < ascending.length && ascending[t]! < matched[a]!) t++;
    if (t < ascending.length && ascending[t] === matched[a]) continue;
    page.push(matched[a]!);
  }
  return page.slice(offset, wanted);
}

/** The page of matched offers: best title rank first, then nearest, then list order (as the SQL orders). */
function pageOf(index: OfferIndex, memo: Map<string, unknown>, matched: number[], rank: QueryOperand[] | null, distance: Float64Array | null, offset: number, limit: number): number[] {
  if (!rank && !distance) return matched.slice(offset, offset + limit);
  if (rank && !distance) return pageByTitleRank(index, memo, matched, rank, offset, limit);
  const rankOf = rank ? titleRanker(index, memo, rank).rankOf : () => 0;
  const ranks = new Float64Array(matched.length);
  matched.forEach((i, at) => (ranks[at] = rankOf(i)));
  // Positions in `matched`, which is in list order: the last key keeps list order within ties.
  const before = (a: number, b: number) => ranks[b]! - ranks[a]! || (distance ? distance[matched[a]!]! - distance[matched[b]!]! : 0) || a - b;
  const wanted = offset + limit;
  let order: number[];
  if (wanted > 2_000) {
    order = Array.from(matched.keys()).sort(before);
  } else {
    // The first `wanted` only, kept sorted: most offers do not beat the last of them.
    order = [];
    for (let at = 0; at < matched.length; at++) {
      if (order.length === wanted && before(at, order[wanted - 1]!) >= 0) continue;
      let low = 0;
      let high = order.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (before(order[middle]!, at) < 0) low = middle + 1;
        else high = middle;
      }
      order.splice(low, 0, at);
      if (order.length > wanted) order.pop();
    }
  }
  return order.slice(offset, offset + limit).map((at) => matched[at]!);
}

interface CandidateCodes {
  candidates: string[];
  /**
   * By territory code, the candidates an offer listing it counts for: those of code c are
   * `of.values[of.start[c]]` up to `of.values[of.start[c + 1]]` (flat typed arrays: a sparse
   * array by code fell back to slow dictionary lookups in the facet count's innermost loop).
   */
  of: CodeLists;
  /** Each candidate's place when sorted by name as the facet sorts ties (German order), to sort by a number per search. */
  nameOrder: Int32Array;
}

function candidateCodes(index: OfferIndex, found: FacetCandidates): CandidateCodes {
  const byCode: number[][] = Array.from({ length: index.codes.values.length }, () => []);
  for (const [listed, candidates] of found.candidatesOf) {
    const code = index.codes.find(listed);
    if (code >= 0) byCode[code] = candidates;
  }
  const start = new Int32Array(byCode.length + 1);
  byCode.forEach((candidates, code) => (start[code + 1] = start[code]! + candidates.length));
  const names = found.candidates.map((id) => String(index.territoryTree.info.get(id)?.name ?? ""));
  const nameOrder = new Int32Array(names.length);
  // A stable sort: equal names keep the candidates' order, as sorting the facet by name would.
  names
    .map((_, at) => at)
    .sort((a, b) => germanOrder(names[a]!, names[b]!))
    .forEach((at, place) => (nameOrder[at] = place));
  return { candidates: found.candidates, of: { start, values: Int32Array.from(byCode.flat()) }, nameOrder };
}

// The orders of localeCompare without and with "de", as the SQL search sorts facets; one collator
// each, since localeCompare builds one per call (most of a facet sort's time over 400 towns).
const defaultOrder = new Intl.Collator().compare;
const germanOrder = new Intl.Collator("de").compare;

/**
 * The codes offers list for one facet, ascending, and each offer's list as slots into them: the
 * counts then fit a few dozen numbers instead of one per code (thousands, most of them territories).
 */
interface FacetSlots {
  codes: Int32Array;
  lists: CodeLists;
}

/** The slots of the fields of action, life phases and languages. */
interface FacetCodes {
  fields: FacetSlots;
  phases: FacetSlots;
  languages: FacetSlots;
  /**
   * Each offer's slots of all five facets but the territories in one list, into one row of
   * counts laid out as `layout` says: an offer that passes every filter (most, and all of a
   * search without filters) is counted in one short loop instead of five.
   */
  all: CodeLists;
  layout: { phases: number; languages: number; free: number; wheelchair: number; size: number };
}

function facetSlots(lists: CodeLists): FacetSlots {
  const codes = Int32Array.from(new Set(lists.values)).sort();
  const slotOf = new Map(Array.from(codes, (code, slot) => [code, slot]));
  return { codes, lists: { start: lists.start, values: lists.values.map((code) => slotOf.get(code)!) } };
}

/** FacetCodes.all: per offer its field, phase and language slots, then its free-of-charge and wheelchair slots, each moved to its place in the row. */
function allSlots(index: OfferIndex, fields: FacetSlots, phases: FacetSlots, languages: FacetSlots, layout: FacetCodes["layout"]): CodeLists {
  const start = new Int32Array(index.size + 1);
  const values = new Int32Array(fields.lists.values.length + phases.lists.values.length + languages.lists.values.length + 2 * index.size);
  let end = 0;
  const append = (lists: CodeLists, i: number, base: number) => {
    for (let k = lists.start[i]!; k < lists.start[i + 1]!; k++) values[end++] = base + lists.values[k]!;
  };
  for (let i = 0; i < index.size; i++) {
    append(fields.lists, i, 0);
    append(phases.lists, i, layout.phases);
    append(languages.lists, i, layout.languages);
    values[end++] = layout.free + index.isFree[i]!;
    values[end++] = layout.wheelchair + index.wheelchairAccessible[i]!;
    start[i + 1] = end;
  }
  return { start, values };
}

function facetCodes(index: OfferIndex, memo: Map<string, unknown>): FacetCodes {
  let codes = memo.get("facet codes") as FacetCodes | undefined;
  if (!codes) {
    const fields = facetSlots(index.fieldsOfAction);
    const phases = facetSlots(index.lifePhases);
    const languages = facetSlots(index.languages);
    const languagesAt = fields.codes.length + phases.codes.length;
    const freeAt = languagesAt + languages.codes.length;
    const layout = { phases: fields.codes.length, languages: languagesAt, free: freeAt, wheelchair: freeAt + 2, size: freeAt + 4 };
    codes = { fields, phases, languages, all: allSlots(index, fields, phases, languages, layout), layout };
    if (memo.size >= MAX_MEMO_ENTRIES) memo.clear();
    memo.set("facet codes", codes);
  }
  return codes;
}

/** Counts the facets in one pass: each offer once for every facet whose other filters it passes. */
class FacetCounter {
  // Counts by slot (fields of action, life phases, languages, free of charge, wheelchair access:
  // views into one row laid out as FacetCodes.layout says) and by candidate (territories).
  private readonly counts: Int32Array;
  private readonly fields: Int32Array;
  private readonly phases: Int32Array;
  private readonly languages: Int32Array;
  private readonly free: Int32Array;
  private readonly wheelchair: Int32Array;
  private readonly territories: Int32Array;
  private readonly lastCounted: Int32Array;

  constructor(
    private readonly index: OfferIndex,
    private readonly candidates: CandidateCodes,
    private readonly codes: FacetCodes
  ) {
    const { layout } = codes;
    this.counts = new Int32Array(layout.size);
    this.fields = this.counts.subarray(0, layout.phases);
    this.phases = this.counts.subarray(layout.phases, layout.languages);
    this.languages = this.counts.subarray(layout.languages, layout.free);
    this.free = this.counts.subarray(layout.free, layout.wheelchair);
    this.wheelchair = this.counts.subarray(layout.wheelchair, layout.size);
    this.territories = new Int32Array(candidates.candidates.length);
    this.lastCounted = new Int32Array(candidates.candidates.length).fill(-1);
  }

  /** Counts offer i for every facet (`mask` 0) or only for the one facet whose filter it fails. */
  add(i: number, mask: number): void {
    const index = this.index;
    const codes = this.codes;
    if (mask === 0) {
      tally(this.counts, codes.all, i);
    } else if (mask === FIELD) tally(this.fields, codes.fields.lists, i);
    else if (mask === PHASE) tally(this.phases, codes.phases.lists, i);
    else if (mask === LANGUAGE) tally(this.languages, codes.languages.lists, i);
    else if (mask === FREE) this.free[index.isFree[i]!]! += 1;
    else if (mask === WHEELCHAIR) this.wheelchair[index.wheelchairAccessible[i]!]! += 1;
    if (mask === 0 || mask === TERRITORY) {
      const { start, values } = index.territories;
      const of = this.candidates.of;
      for (let k = start[i]!; k < start[i + 1]!; k++) {
        const code = values[k]!;
        for (let c = of.start[code]!; c < of.start[code + 1]!; c++) {
          const candidate = of.values[c]!;
          if (this.lastCounted[candidate] === i) continue;
          this.lastCounted[candidate] = i;
          this.territories[candidate]! += 1;
        }
      }
    }
  }

  facets(index: OfferIndex): OfferFacets {
    const byCount = <T extends { count: number; value: unknown }>(a: T, b: T) => b.count - a.count || defaultOrder(String(a.value), String(b.value));
    const listed = (counts: Int32Array, slots: FacetSlots) => {
      const rows: { value: string; count: number }[] = [];
      counts.forEach((count, slot) => {
        if (count > 0) rows.push({ value: index.codes.values[slots.codes[slot]!]!, count });
      });
      return rows;
    };
    const named = (counts: Int32Array, slots: FacetSlots) =>
      listed(counts, slots)
        .map((row) => ({
          ...row,
          name: (index.names.get(row.value) as Label | undefined) ?? null,
        }))
        .sort(byCount);
    const yesNo = (counts: Int32Array) => Array.from(counts).flatMap((count, value) => (count > 0 ? [{ value: value === 1, count }] : [])).sort(byCount);
    const counted: number[] = [];
    this.territories.forEach((count, at) => {
      if (count > 0) counted.push(at);
    });
    const { nameOrder } = this.candidates;
    counted.sort((a, b) => this.territories[b]! - this.territories[a]! || nameOrder[a]! - nameOrder[b]!);
    const territories: OfferFacets["territories"] = counted.map((at) => {
      const id = this.candidates.candidates[at]!;
      const info = index.territoryTree.info.get(id);
      return { value: id, count: this.territories[at]!, name: String(info?.name ?? ""), kind: info?.kind ?? "" };
    });
    return {
      fieldsOfAction: named(this.fields, this.codes.fields),
      lifePhases: named(this.phases, this.codes.phases),
      languages: listed(this.languages, this.codes.languages).sort(byCount),
      freeOfCharge: yesNo(this.free),
      wheelchairAccessible: yesNo(this.wheelchair),
      territories,
    };
  }
}

function tally(counts: Int32Array, lists: CodeLists, i: number): void {
  for (let k = lists.start[i]!; k < lists.start[i + 1]!; k++) counts[lists.values[k]!]! += 1;
}

/** The offers supporting a transition (by code), ascending: found once per transition and index (a few of thousands). */
function offersOfTransition(index: OfferIndex, memo: Map<string, unknown>, code: number): Int32Array {
  const key = `transition offers ${code}`;
  let offers = memo.get(key) as Int32Array | undefined;
  if (!offers) {
    const found: number[] = [];
    for (let i = 0; i < index.size; i++) if (listHas(index.transitions, i, code)) found.push(i);
    offers = Int32Array.from(found);
    if (memo.size >= MAX_MEMO_ENTRIES) memo.clear();
    memo.set(key, offers);
  }
  return offers;
}

/** The next transition for the age and the first offers for it, under the search's territory, publication, language, cost and access filters. */
async function upcomingOffers(
  index: OfferIndex,
  memo: Map<string, unknown>,
  search: OfferSearch,
  access: Access,
  age: number,
  filters: { language: number | null; inTerritory: Set<number> | null; visibleToday: Uint8Array; visibleThen: Uint8Array | null },
  rules: IndexedSearchRules
) {
  const { phases, transitions } = await memoized(memo, `phases ${access.today} ${search.territoryId ?? ""}`, () => rules.phasesAndTransitions(search.territoryId));
  const next = nextTransition(transitions, phases, age);
  if (!next) return null;
  const transition = index.codes.find(next.transition.id);
  if (transition < 0) return { next, offers: [], total: 0 };
  const offers: number[] = [];
  let count = 0;
  for (const i of offersOfTransition(index, memo, transition)) {
    if (count > rules.countLimit) break;
    if (filters.visibleToday[i] === 0 || (filters.visibleThen !== null && filters.visibleThen[i] === 0)) continue;
    if (search.near && !(nearestKm(index, i, search.near) <= search.near.km)) continue;
    if (filters.inTerritory && !inAny(index.territories, i, filters.inTerritory)) continue;
    if (filters.language !== null && !listHas(index.languages, i, filters.language)) continue;
    if (search.freeOfCharge !== undefined && index.isFree[i] !== (search.freeOfCharge ? 1 : 0)) continue;
    if (search.wheelchairAccessible !== undefined && index.wheelchairAccessible[i] !== (search.wheelchairAccessible ? 1 : 0)) continue;
    count += 1;
    if (offers.length < rules.nextTransitionOffers) offers.push(i);
  }
  return { next, offers, total: Math.min(count, rules.countLimit) };
}

interface RecordRow {
  id: string;
  data: OfferInput;
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
  archived_at: Date | string | null;
  updated_by: string | null;
  provider_id: string | null;
  provider_name: string | null;
  provider_short_name: string | null;
}

/** Keeps an answer, dropping the oldest kept one when full (a Map iterates in insertion order). */
function keep(kept: Map<string, OfferAnswer>, key: string, answer: OfferAnswer): void {
  if (kept.size >= MAX_KEPT_ANSWERS) kept.delete(kept.keys().next().value!);
  kept.set(key, answer);
}

const iso = (value: Date | string): string => new Date(value).toISOString();

/**
 * The offers shown, with their providers' names: those answered before from `kept`, the others in
 * one statement (and kept); null when one vanished meanwhile (SQL answers then).
 */
async function offerAnswers(
  db: Kysely<Database>,
  ids: string[],
  language: DisplayLanguage,
  rules: IndexedSearchRules,
  kept: Map<string, OfferAnswer>
): Promise<Map<string, OfferAnswer> | null> {
  const answers = new Map<string, OfferAnswer>();
  const unique: string[] = [];
  for (const id of new Set(ids)) {
    const answer = kept.get(`${language} ${id}`);
    if (answer) answers.set(id, answer);
    else unique.push(id);
  }
  if (unique.length === 0) return answers;
  const { rows } = await sql<RecordRow>`
    select o.id, o.data, o.version, o.created_at, o.updated_at, o.archived_at, o.updated_by,
      a.id as provider_id, a.data->>'name' as provider_name, a.data->>'shortName' as provider_short_name
    from offer o left join actor a on a.id = o.provider_id
    where o.id = any(${sqlArray(unique, "uuid")})`.execute(db);
  if (rows.length !== unique.length) return null;
  const records = await rules.presented(
    rows.map((row) => ({
      ...row.data,
      id: row.id,
      version: row.version,
      createdAt: iso(row.created_at),
      updatedAt: iso(row.updated_at),
      archivedAt: row.archived_at === null ? null : iso(row.archived_at),
      updatedBy: row.updated_by,
    }))
  );
  records.forEach((offer, at) => {
    const row = rows[at]!;
    const provider =
      row.provider_id === null
        ? null
        : {
            id: row.provider_id,
            name: row.provider_name as string,
            shortName: row.provider_short_name,
          };
    const display = offerInLanguage(offer, language);
    const answer = { ...offer, provider, shownLanguage: display.shownLanguage, fallback: display.fallback, display };
    answers.set(offer.id, answer);
    keep(kept, `${language} ${offer.id}`, answer);
  });
  return answers;
}
