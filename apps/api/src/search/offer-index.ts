import { type Kysely, sql } from "kysely";
import type { ChangeSource } from "../db/changes-seen.js";
import type { Database } from "../db/types.js";
import { sqlArray } from "../repositories/sql-values.js";
import { rankContribution } from "./tsquery.js";

/**
 * The offers a family could ever see (not archived, active or temporarily closed), held in this
 * process as compact columns in list order (created_at, id): what the search filters, counts and
 * ranks by, never the records themselves. Ids of territories, life phases, transitions and fields
 * of action are numbered once (`codes`), so that counting is arithmetic on small integers.
 */
export interface OfferIndex {
  size: number;
  ids: string[];
  /**
   * Each offer's row version as read (PostgreSQL's `xmin`: every update, through the API or not,
   * writes a new one), so that a refresh reads again only the rows that changed.
   */
  rowVersions: Float64Array;
  providerIds: string[];
  visibleFrom: (string | null)[];
  visibleTo: (string | null)[];
  minAge: Int32Array;
  /** -1 for no upper limit. */
  maxAge: Int32Array;
  territories: CodeLists;
  lifePhases: CodeLists;
  transitions: CodeLists;
  fieldsOfAction: CodeLists;
  languages: CodeLists;
  isFree: Uint8Array;
  wheelchairAccessible: Uint8Array;
  /** Per offer the coordinates of its locations, latitude and longitude by turns (NaN where one is missing). */
  coordinates: { start: Int32Array; values: Float64Array };
  /** The title vectors (`title_search`) for ranking. */
  titles: TitleVectors;
  /** Every lexeme of the search vectors (`search`) with the offers holding it, ascending. */
  postings: Map<string, Int32Array>;
  /** Ids (uuids) and language codes as numbers, and back. */
  codes: Codes;
  territoryTree: TerritoryTree;
  /** Names of fields of action and life phases by id, as the facets show them. */
  names: Map<string, unknown>;
}

/**
 * Per offer the entries of its title vector in PostgreSQL's order: the lexeme (a number into
 * `lexemes`) and what the entry adds to `ts_rank` (see `rankContribution`).
 */
export interface TitleVectors {
  lexemes: string[];
  start: Int32Array;
  lexeme: Int32Array;
  contribution: Float64Array;
}

/**
 * One list of codes per offer, all in one array (offer i's are `values[start[i]]` up to
 * `values[start[i + 1]]`): 50,000 small typed arrays would cost more in headers than in data.
 */
export interface CodeLists {
  start: Int32Array;
  values: Int32Array;
}

/** Whether offer i's list holds the code (never for -1, a value no offer uses). */
export function listHas(lists: CodeLists, i: number, code: number): boolean {
  if (code < 0) return false;
  for (let k = lists.start[i]!; k < lists.start[i + 1]!; k++) if (lists.values[k] === code) return true;
  return false;
}

/** The territories as a tree, for the territory filter and facet (all of them, archived too). */
export interface TerritoryTree {
  parentOf: Map<string, string | null>;
  childrenOf: Map<string, string[]>;
  info: Map<
    string,
    {
      name: unknown;
      kind: string;
      archived: boolean;
      validFrom: string;
      validTo: string | null;
    }
  >;
}

/** Numbers for strings, in the order first seen. */
export class Codes {
  private readonly byValue = new Map<string, number>();
  readonly values: string[] = [];

  code(value: string): number {
    let code = this.byValue.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.byValue.set(value, code);
      this.values.push(value);
    }
    return code;
  }

  /** The number of a value, or -1 when no offer uses it. */
  find(value: string): number {
    return this.byValue.get(value) ?? -1;
  }
}

// Offers read per statement while the index is built.
const LOAD_BATCH = 5_000;

interface OfferRow {
  id: string;
  row_version: string;
  provider_id: string;
  visible_from: string | null;
  visible_to: string | null;
  min_age_months: number;
  max_age_months: number | null;
  territory_ids: string[];
  life_phase_ids: string[];
  transition_ids: string[];
  field_of_action_ids: string[];
  languages: string[];
  is_free: boolean;
  wheelchair_accessible: boolean;
  lexemes: string[];
  title: [string, string][];
  coordinates: [number | null, number | null][] | null;
}

// The offers a family could ever see; the index holds these and no others.
const SEEABLE = sql`archived_at is null and status in ('active', 'temporarilyClosed')`;

/** What the index holds of an offer, as one row per offer. */
const INDEXED_COLUMNS = sql`id, created_at::text, xmin::text as row_version, provider_id, visible_from::text, visible_to::text, min_age_months, max_age_months,
  territory_ids, life_phase_ids, transition_ids, field_of_action_ids, languages, is_free, wheelchair_accessible,
  tsvector_to_array(search) as lexemes,
  (select coalesce(json_agg(json_build_array(v.lexeme, array_to_string(v.weights, ''))), '[]') from unnest(title_search) v) as title,
  (select json_agg(json_build_array((l->'coordinates'->>'latitude')::float8, (l->'coordinates'->>'longitude')::float8))
    from jsonb_array_elements(case when jsonb_typeof(data->'locations') = 'array' then data->'locations' else '[]'::jsonb end) as l
    where jsonb_typeof(l->'coordinates') = 'object') as coordinates`;

type Reader = Kysely<Database>;

/** The index's territories and names, read anew with every build (small tables). */
async function readTree(trx: Reader) {
  const territories = await sql<TerritoryRow>`
    select id, parent_id, kind, data->'name' as name, archived_at is not null as archived, valid_from::text, valid_to::text from territory`.execute(trx);
  const named = await sql<{ id: string; name: unknown }>`
    select id, data->'name' as name from field_of_action union all select id, data->'name' as name from life_phase`.execute(trx);
  return { territories: territories.rows, named: named.rows };
}

/** Runs `read` in one consistent read-only snapshot. */
function inSnapshot<T>(db: Kysely<Database>, read: (trx: Reader) => Promise<T>): Promise<T> {
  return db.transaction().setIsolationLevel("repeatable read").setAccessMode("read only").execute(read);
}

/**
 * Reads the index in one consistent snapshot. At state scale (50,000 offers) this takes a few
 * seconds and some 40 MB; searches use SQL until it is ready.
 */
export async function loadOfferIndex(db: Kysely<Database>): Promise<OfferIndex> {
  return inSnapshot(db, async (trx) => {
    const builder = new IndexBuilder();
    let after: { created_at: string; id: string } | null = null;
    for (;;) {
      const batch: { rows: (OfferRow & { created_at: string })[] } = await sql<OfferRow & { created_at: string }>`
        select ${INDEXED_COLUMNS}
        from offer
        where ${SEEABLE}
          and (${after === null} or (created_at, id) > (${after?.created_at ?? null}::timestamptz, ${after?.id ?? null}::uuid))
        order by created_at, id
        limit ${LOAD_BATCH}`.execute(trx);
      for (const row of batch.rows) builder.add(row);
      const last = batch.rows[batch.rows.length - 1];
      if (!last || batch.rows.length < LOAD_BATCH) break;
      after = { created_at: last.created_at, id: last.id };
    }
    const { territories, named } = await readTree(trx);
    return builder.done(territories, named);
  });
}

// A refresh reads again the changed rows only; beyond this share of changed offers a full load is as quick.
const MAX_REFRESHED_SHARE = 0.2;

/**
 * The index after changes, built from `previous` and the rows that changed since it was read:
 * one light statement lists every seeable offer with its row version, the changed and new rows
 * are read in full, and the rest is copied from `previous` (in the same list order, so that the
 * result equals a full load). A few hundred milliseconds at state scale instead of seconds.
 */
export async function refreshOfferIndex(db: Kysely<Database>, previous: OfferIndex): Promise<OfferIndex> {
  return inSnapshot(db, async (trx) => {
    const { rows: listed } = await sql<{ id: string; row_version: string }>`
      select id, xmin::text as row_version from offer where ${SEEABLE} order by created_at, id`.execute(trx);
    const positionOf = new Map(previous.ids.map((id, at) => [id, at]));
    const sources = listed.map((row) => {
      const at = positionOf.get(row.id);
      return at !== undefined && previous.rowVersions[at] === Number(row.row_version) ? at : row.id;
    });
    const changed = sources.filter((source): source is string => typeof source === "string");
    if (changed.length > listed.length * MAX_REFRESHED_SHARE) return loadOfferIndex(db);
    const fresh = new Map<string, OfferRow>();
    for (let from = 0; from < changed.length; from += LOAD_BATCH) {
      const { rows } = await sql<OfferRow>`
        select ${INDEXED_COLUMNS} from offer where id = any(${sqlArray(changed.slice(from, from + LOAD_BATCH), "uuid")}) and ${SEEABLE}`.execute(trx);
      for (const row of rows) fresh.set(row.id, row);
    }
    const builder = new IndexBuilder();
    const newPositionOfOld = new Int32Array(previous.size).fill(-1);
    for (const source of sources) {
      if (typeof source === "number") {
        newPositionOfOld[source] = builder.size;
        builder.addFrom(previous, source);
      } else {
        const row = fresh.get(source);
        // Listed and read in one snapshot: a row cannot vanish between the two statements.
        if (!row) throw new Error(`Angebot ${source} fehlt beim Nachladen des Suchindex`);
        builder.add(row);
      }
    }
    const { territories, named } = await readTree(trx);
    return builder.done(territories, named, { previous, newPositionOfOld });
  });
}

/** Collects one list per offer into `CodeLists`. */
class CodeListBuilder {
  private readonly start: number[] = [0];
  private readonly values: number[] = [];

  add(codes: Iterable<number>): void {
    for (const code of codes) this.values.push(code);
    this.start.push(this.values.length);
  }

  done(): CodeLists {
    return {
      start: Int32Array.from(this.start),
      values: Int32Array.from(this.values),
    };
  }
}

type TerritoryRow = {
  id: string;
  parent_id: string | null;
  kind: string;
  name: unknown;
  archived: boolean;
  valid_from: string;
  valid_to: string | null;
};

/** Builds the index batch by batch, so that only one batch of rows is held as rows at a time. */
class IndexBuilder {
  readonly codes = new Codes();
  size = 0;
  private readonly ids: string[] = [];
  private readonly rowVersions: number[] = [];
  private readonly providerIds: string[] = [];
  private readonly visibleFrom: (string | null)[] = [];
  private readonly visibleTo: (string | null)[] = [];
  private readonly minAge: number[] = [];
  private readonly maxAge: number[] = [];
  private readonly lists = {
    territories: new CodeListBuilder(),
    lifePhases: new CodeListBuilder(),
    transitions: new CodeListBuilder(),
    fieldsOfAction: new CodeListBuilder(),
    languages: new CodeListBuilder(),
  };
  private readonly isFree: number[] = [];
  private readonly wheelchairAccessible: number[] = [];
  private readonly coordinateStart: number[] = [0];
  private readonly coordinateValues: number[] = [];
  private readonly titleLexemes = new Codes();
  private readonly titleStart: number[] = [0];
  private readonly titleLexeme: number[] = [];
  private readonly titleContribution: number[] = [];
  private readonly postingLists = new Map<string, number[]>();
  // Dates and provider ids repeat across thousands of offers: keep one string each.
  private readonly strings = new Map<string, string>();

  private intern(value: string): string {
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    this.strings.set(value, value);
    return value;
  }

  add(row: OfferRow): void {
    const i = this.size++;
    const encode = (values: readonly string[]) => values.map((value) => this.codes.code(value));
    this.ids.push(row.id);
    this.rowVersions.push(Number(row.row_version));
    this.providerIds.push(this.intern(row.provider_id));
    this.visibleFrom.push(row.visible_from === null ? null : this.intern(row.visible_from));
    this.visibleTo.push(row.visible_to === null ? null : this.intern(row.visible_to));
    this.minAge.push(row.min_age_months);
    this.maxAge.push(row.max_age_months ?? -1);
    this.lists.territories.add(encode(row.territory_ids));
    this.lists.lifePhases.add(encode(row.life_phase_ids));
    this.lists.transitions.add(encode(row.transition_ids));
    this.lists.fieldsOfAction.add(encode(row.field_of_action_ids));
    this.lists.languages.add(encode(row.languages));
    this.isFree.push(row.is_free ? 1 : 0);
    this.wheelchairAccessible.push(row.wheelchair_accessible ? 1 : 0);
    for (const [lat, lon] of row.coordinates ?? []) this.coordinateValues.push(lat ?? Number.NaN, lon ?? Number.NaN);
    this.coordinateStart.push(this.coordinateValues.length);
    for (const [lexeme, weights] of row.title) {
      this.titleLexeme.push(this.titleLexemes.code(lexeme));
      this.titleContribution.push(rankContribution(weights));
    }
    this.titleStart.push(this.titleLexeme.length);
    for (const lexeme of row.lexemes) {
      const list = this.postingLists.get(lexeme);
      if (list) list.push(i);
      else this.postingLists.set(lexeme, [i]);
    }
  }

  /**
   * Adds offer i of an earlier index as it was there; its search lexemes join the postings in
   * `done`, which maps the earlier postings to the new positions.
   */
  addFrom(previous: OfferIndex, i: number): void {
    this.size += 1;
    const decode = (lists: CodeLists) => {
      const codes: number[] = [];
      for (let k = lists.start[i]!; k < lists.start[i + 1]!; k++) codes.push(this.codes.code(previous.codes.values[lists.values[k]!]!));
      return codes;
    };
    this.ids.push(previous.ids[i]!);
    this.rowVersions.push(previous.rowVersions[i]!);
    this.providerIds.push(this.intern(previous.providerIds[i]!));
    const from = previous.visibleFrom[i]!;
    const to = previous.visibleTo[i]!;
    this.visibleFrom.push(from === null ? null : this.intern(from));
    this.visibleTo.push(to === null ? null : this.intern(to));
    this.minAge.push(previous.minAge[i]!);
    this.maxAge.push(previous.maxAge[i]!);
    this.lists.territories.add(decode(previous.territories));
    this.lists.lifePhases.add(decode(previous.lifePhases));
    this.lists.transitions.add(decode(previous.transitions));
    this.lists.fieldsOfAction.add(decode(previous.fieldsOfAction));
    this.lists.languages.add(decode(previous.languages));
    this.isFree.push(previous.isFree[i]!);
    this.wheelchairAccessible.push(previous.wheelchairAccessible[i]!);
    const { start, values } = previous.coordinates;
    for (let k = start[i]!; k < start[i + 1]!; k++) this.coordinateValues.push(values[k]!);
    this.coordinateStart.push(this.coordinateValues.length);
    const titles = previous.titles;
    for (let k = titles.start[i]!; k < titles.start[i + 1]!; k++) {
      this.titleLexeme.push(this.titleLexemes.code(titles.lexemes[titles.lexeme[k]!]!));
      this.titleContribution.push(titles.contribution[k]!);
    }
    this.titleStart.push(this.titleLexeme.length);
  }

  /**
   * The earlier index's postings at their new positions (offers no longer there, or read anew,
   * dropped), merged with those of the offers added as rows; both run ascending.
   */
  private mergedPostings(previous: OfferIndex, newPositionOfOld: Int32Array): Map<string, Int32Array> {
    const merged = new Map<string, Int32Array>();
    for (const [lexeme, offers] of previous.postings) {
      const kept: number[] = [];
      for (const old of offers) {
        const now = newPositionOfOld[old]!;
        if (now >= 0) kept.push(now);
      }
      const added = this.postingLists.get(lexeme);
      this.postingLists.delete(lexeme);
      const all = added ? mergeAscending(kept, added) : kept;
      if (all.length > 0) merged.set(lexeme, Int32Array.from(all));
    }
    for (const [lexeme, list] of this.postingLists) merged.set(lexeme, Int32Array.from(list));
    return merged;
  }

  done(territories: TerritoryRow[], named: { id: string; name: unknown }[], refreshed?: { previous: OfferIndex; newPositionOfOld: Int32Array }): OfferIndex {
    const tree: TerritoryTree = {
      parentOf: new Map(),
      childrenOf: new Map(),
      info: new Map(),
    };
    for (const t of territories) {
      tree.parentOf.set(t.id, t.parent_id);
      tree.info.set(t.id, {
        name: t.name,
        kind: t.kind,
        archived: t.archived,
        validFrom: t.valid_from,
        validTo: t.valid_to,
      });
      if (t.parent_id === null) continue;
      const siblings = tree.childrenOf.get(t.parent_id);
      if (siblings) siblings.push(t.id);
      else tree.childrenOf.set(t.parent_id, [t.id]);
    }
    return {
      size: this.size,
      ids: this.ids,
      rowVersions: Float64Array.from(this.rowVersions),
      providerIds: this.providerIds,
      visibleFrom: this.visibleFrom,
      visibleTo: this.visibleTo,
      minAge: Int32Array.from(this.minAge),
      maxAge: Int32Array.from(this.maxAge),
      territories: this.lists.territories.done(),
      lifePhases: this.lists.lifePhases.done(),
      transitions: this.lists.transitions.done(),
      fieldsOfAction: this.lists.fieldsOfAction.done(),
      languages: this.lists.languages.done(),
      isFree: Uint8Array.from(this.isFree),
      wheelchairAccessible: Uint8Array.from(this.wheelchairAccessible),
      coordinates: {
        start: Int32Array.from(this.coordinateStart),
        values: Float64Array.from(this.coordinateValues),
      },
      titles: {
        lexemes: this.titleLexemes.values,
        start: Int32Array.from(this.titleStart),
        lexeme: Int32Array.from(this.titleLexeme),
        contribution: Float64Array.from(this.titleContribution),
      },
      postings: refreshed
        ? this.mergedPostings(refreshed.previous, refreshed.newPositionOfOld)
        : new Map([...this.postingLists].map(([lexeme, list]) => [lexeme, Int32Array.from(list)])),
      codes: this.codes,
      territoryTree: tree,
      names: new Map(named.map((row) => [row.id, row.name])),
    };
  }
}

/** Two ascending lists as one. */
function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i]! < b[j]!) ? a[i++]! : b[j++]!);
  return out;
}

/** Where a database's offer index stands: current, being rebuilt, or switched off. */
interface Holder {
  generation: number;
  current: OfferIndex | null;
  /** The build under way, if any, and whether it is a refresh (quick) or a full load. */
  building: { refreshing: boolean; done: Promise<void> } | null;
  /** The last index built, current or not: a rebuild after a change starts from it (`refreshOfferIndex`). */
  last: OfferIndex | null;
  disabled: boolean;
  /** Derived lookups (text queries, territory relations, phases) valid as long as the index is. */
  memo: Map<string, unknown>;
  /**
   * Offers as searches answer them, by language and id, valid as long as the index is: the few
   * hundred offers on families' first result pages then cost no statement per search.
   */
  answers: Map<string, unknown>;
}

const holders = new WeakMap<Kysely<Database>, Holder>();

/**
 * Keeps an offer index for anonymous searches on `db`, rebuilt after every change `changes`
 * reports (this process's writes, other processes' notifications): the same events that empty
 * the public answer cache, so the index is exactly as current as cached answers are. A rebuild
 * reads only the rows that changed (`refreshOfferIndex`). The first build starts with the first
 * anonymous search, not at start-up: on the embedded database the full load holds its single
 * connection for seconds at state scale, and the server must be ready at once after a restart.
 */
export function keepOfferIndex(db: Kysely<Database>, changes: ChangeSource): void {
  const holder: Holder = {
    generation: 0,
    current: null,
    last: null,
    building: null,
    disabled: false,
    memo: new Map(),
    answers: new Map(),
  };
  holders.set(db, holder);
  changes.onChange((disabled) => {
    holder.generation += 1;
    holder.current = null;
    holder.memo = new Map();
    holder.answers = new Map();
    if (disabled) holder.disabled = true;
  });
}

/** Starts a build unless one runs: a refresh from the last index where there is one, else a full load. */
function build(db: Kysely<Database>, holder: Holder): void {
  if (holder.building || holder.disabled) return;
  const generation = holder.generation;
  const refreshing = holder.last !== null;
  const done = (refreshing ? refreshOfferIndex(db, holder.last!) : loadOfferIndex(db)).then(
    (index) => {
      holder.last = index;
      // A change during the build may not be in it: build again on the next search.
      if (holder.generation === generation) holder.current = index;
    },
    () => {
      // The database may be busy or gone (shutdown); SQL answers, and the next search tries again.
    }
  );
  holder.building = { refreshing, done: done.finally(() => (holder.building = null)) };
}

type Found = { index: OfferIndex; memo: Map<string, unknown>; answers: Map<string, unknown> };

/** The current offer index of `db` with its memo and answers, or null (none kept, or being built: ask SQL). */
export function currentOfferIndex(db: Kysely<Database>): Found | null {
  const holder = holders.get(db);
  if (!holder || holder.disabled) return null;
  if (holder.current) return { index: holder.current, memo: holder.memo, answers: holder.answers };
  build(db, holder);
  return null;
}

/**
 * The current offer index, waiting for a refresh under way (under a second at state scale, less
 * than the SQL search it spares); null while a full load runs (seconds: SQL answers meanwhile),
 * or when another change came during the refresh.
 */
export async function offerIndexFor(db: Kysely<Database>): Promise<Found | null> {
  const found = currentOfferIndex(db);
  const holder = holders.get(db);
  if (found || !holder?.building?.refreshing) return found;
  await holder.building.done;
  return holder.current ? { index: holder.current, memo: holder.memo, answers: holder.answers } : null;
}
