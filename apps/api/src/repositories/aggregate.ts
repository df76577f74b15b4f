import type { Page } from "@praeventionskette/domain";
import { type Kysely, type RawBuilder, type SelectQueryBuilder, sql } from "kysely";
import type { z } from "zod";
import { type Access, assertMayWrite, readsInternally, type WriteScope } from "../auth/access.js";
import type { Database, TableName } from "../db/types.js";
import { ConflictError, ForbiddenError, NotFoundError, RuleViolationError, UnauthenticatedError } from "../errors.js";
import { type AuditAction, recordAudit } from "./audit.js";
import { jsonb, sqlArray } from "./sql-values.js";

/** What the platform adds to every domain record when it stores it. */
export interface RecordMeta {
  id: string;
  /** Increases with every change; an update must name the version it was based on. */
  version: number;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
  /** Who made the last change. */
  updatedBy: string | null;
}

/** A domain record as stored: its fields plus the platform's metadata. */
export type Stored<T> = T & RecordMeta;

/** Ids that one field of a record points to, checked before writing. */
export interface Reference {
  table: TableName;
  ids: readonly string[];
  path: string;
  what: string;
}

/** A change about to be written, handed to an aggregate's rule check. */
export interface Change<TInput> {
  id: string | null;
  input: TInput;
  existing: Stored<TInput> | null;
  /** The writer's today, for rules about dates (e.g. no decision dated in the future). */
  today?: string;
}

/**
 * How one aggregate is stored: its table, the domain schema of its input, the indexed columns
 * derived from it, the records it points to, and rules that need the database to check.
 */
export interface Aggregate<TInput> {
  table: TableName;
  /** German name of one record, for messages ("Angebot"). */
  label: string;
  input: z.ZodType<TInput>;
  columns?: (input: TInput) => Record<string, unknown>;
  references?: (input: TInput) => Reference[];
  /** Derives what can be derived (e.g. a rate from its counts) once the record passed its checks. */
  prepare?: (db: Kysely<Database>, input: TInput) => Promise<TInput>;
  /** Throws RuleViolationError or ConflictError when the change breaks a rule. */
  check?: (db: Kysely<Database>, change: Change<TInput>) => Promise<void>;
  /** Throws when the record may not be deleted (e.g. an adopted, immutable document). */
  checkDelete?: (existing: Stored<TInput>) => void;
  /**
   * The territories a record belongs to, for role scopes; null for configuration (life phases,
   * indicators …), which belongs to a youth office or the platform instead (`ownerOf`).
   */
  territoriesOf: ((db: Kysely<Database>, record: TInput) => Promise<string[]>) | null;
  /** For configuration: the youth office that owns the record, or null for a platform default. */
  ownerOf?: (record: TInput) => string | null;
  /** SQL: the row belongs to one of these territories (the same rule as `territoriesOf`). */
  inTerritories?: (ids: RawBuilder<string[]>) => RawBuilder<boolean>;
  /** SQL: rows anonymous visitors may read. Absent: all rows are public; null: none are. */
  publicRows?: ((today: string) => RawBuilder<boolean>) | null;
  /** How a reader sees records it may read only publicly (contact persons hidden, small counts suppressed). */
  present?: (db: Kysely<Database>, records: Stored<TInput>[], access: Access) => Promise<Stored<TInput>[]>;
  /** SQL: rows a provider editor's organisations own (their offers, their own actor record). */
  ownedBy?: (organisationIds: RawBuilder<string[]>) => RawBuilder<boolean>;
}

/** The list filters of one aggregate (a zod object) and how they narrow the query. */
export interface ListFilter<F> {
  schema: z.ZodObject<z.ZodRawShape>;
  apply: (query: AnySelect, filter: F) => AnySelect;
}

/** Paging and archive options for list queries. */
export interface ListOptions {
  limit: number;
  offset: number;
  includeArchived: boolean;
  /**
   * Count matches only up to this many (searches over large data sets: nobody pages through
   * ten thousand results, and counting them all costs more than finding the page).
   */
  countLimit?: number;
  /**
   * Leave out the count: for readers that take every match at once (a report's lists), where the
   * count is a second query nobody reads; `total` is then the offset plus the records returned.
   */
  uncounted?: boolean;
}

/** A page of records: the domain's one paging convention for every list. */
export type { Page };

// Repositories are generic over the table, which Kysely's per-table typing cannot express;
// the casts stay inside this file.
/* eslint-disable @typescript-eslint/no-explicit-any */
type AnyDb = Kysely<any>;
/** A select query on any aggregate table, as list filters receive it. */
export type AnySelect = SelectQueryBuilder<any, any, any>;

interface Row {
  id: string;
  data: unknown;
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
  archived_at: Date | string | null;
  updated_by: string | null;
}

const iso = (value: Date | string): string => new Date(value).toISOString();

function toStored<T>(row: Row): Stored<T> {
  return {
    ...(row.data as T),
    id: row.id,
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    archivedAt: row.archived_at === null ? null : iso(row.archived_at),
    updatedBy: row.updated_by,
  };
}

const recordMetaKeys = new Set<string>(["id", "version", "createdAt", "updatedAt", "archivedAt", "updatedBy"]);

/** A stored record's own fields, without the platform's metadata: to change and send it back. */
export function fieldsOf<T>(record: Stored<T>): T {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !recordMetaKeys.has(key))) as T;
}

const recordColumns = ["id", "data", "version", "created_at", "updated_at", "archived_at", "updated_by"] as const;

/**
 * Restricts a query to the rows this access may read: everything for admins; otherwise public
 * rows, rows of territories in the reader's scope, and rows of the reader's organisations.
 * Exported for queries that aggregate rows rather than list them (e.g. the offer search's facet
 * counts), so that they count only what the reader could list.
 */
export function readable<T>(query: AnySelect, aggregate: Aggregate<T>, access: Access): AnySelect {
  if (access.readable.all) return query;
  if (aggregate.publicRows === undefined) return query;
  // Staff with any territory see all of the shared configuration (internal indicators, too).
  if (!aggregate.territoriesOf && access.readable.territoryIds.length > 0) return query;
  const conditions: RawBuilder<boolean>[] = [];
  if (aggregate.publicRows) conditions.push(aggregate.publicRows(access.today));
  if (aggregate.inTerritories && access.readable.territoryIds.length > 0) {
    conditions.push(aggregate.inTerritories(sqlArray(access.readable.territoryIds, "uuid")));
  }
  if (aggregate.ownedBy && access.organisationIds.length > 0) {
    conditions.push(aggregate.ownedBy(sqlArray(access.organisationIds, "uuid")));
  }
  if (conditions.length === 0) return query.where(sql<boolean>`false`);
  return query.where(sql<boolean>`(${sql.join(conditions, sql` or `)})`);
}

/**
 * Whether the reader sees a record's internals, the name of who changed it included: staff of
 * one of its territories, or for configuration staff of any territory. Anonymous visitors and
 * provider editors never do.
 */
async function readsRecordInternally<T>(db: Kysely<Database>, aggregate: Aggregate<T>, record: T, access: Access): Promise<boolean> {
  if (access.readable.all) return true;
  if (access.readable.territoryIds.length === 0) return false;
  if (!aggregate.territoriesOf) return true;
  return readsInternally(access, await aggregate.territoriesOf(db, record));
}

/**
 * Records as this reader may see them, the one place every read passes: the aggregate's public
 * view (`present`) and, for readers without internal access to a record, no staff names
 * (`updatedBy` null; GDPR: the public needs no names of administration staff).
 */
export async function presented<T>(db: Kysely<Database>, aggregate: Aggregate<T>, records: Stored<T>[], access: Access): Promise<Stored<T>[]> {
  if (access.readable.all) return records;
  const shown = aggregate.present ? await aggregate.present(db, records, access) : records;
  return Promise.all(
    shown.map(async (record) => (record.updatedBy !== null && !(await readsRecordInternally(db, aggregate, record, access)) ? { ...record, updatedBy: null } : record)),
  );
}

/** Runs `work` in a transaction, joining the caller's transaction when there is one. */
export async function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

/** The record with this id, or undefined. */
export async function findRecord<T>(
  db: Kysely<Database>,
  aggregate: Aggregate<T>,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<Stored<T> | undefined> {
  let query = (db as AnyDb).selectFrom(aggregate.table).select(recordColumns).where("id", "=", id);
  if (options.forUpdate) query = query.forUpdate();
  const row = (await query.executeTakeFirst()) as Row | undefined;
  return row ? toStored<T>(row) : undefined;
}

/** The record with this id as this access may read it; NotFoundError or ForbiddenError otherwise. */
export async function getRecord<T>(db: Kysely<Database>, aggregate: Aggregate<T>, id: string, access: Access): Promise<Stored<T>> {
  const row = (await readable((db as AnyDb).selectFrom(aggregate.table).select(recordColumns).where("id", "=", id), aggregate, access)
    .executeTakeFirst()) as Row | undefined;
  if (row) return (await presented(db, aggregate, [toStored<T>(row)], access))[0] as Stored<T>;
  if (await findRecord(db, aggregate, id)) {
    if (!access.principal) throw new UnauthenticatedError(`${aggregate.label}: nicht öffentlich. Bitte melden Sie sich an.`);
    throw new ForbiddenError(`${aggregate.label}: Ihre Rolle erlaubt keinen Zugriff auf diesen Datensatz.`);
  }
  throw new NotFoundError(aggregate.label, id);
}

/** A page of records, oldest first after any order `where` sets, with the total count. */
export async function listRecords<T>(
  db: Kysely<Database>,
  aggregate: Aggregate<T>,
  options: ListOptions,
  access: Access,
  where: (query: AnySelect) => AnySelect = (query) => query,
): Promise<Page<Stored<T>>> {
  let base = readable(where((db as AnyDb).selectFrom(aggregate.table)), aggregate, access);
  if (!options.includeArchived) base = base.where("archived_at", "is", null);
  if (options.uncounted) {
    const rows = (await base.select(recordColumns).orderBy("created_at", "asc").orderBy("id", "asc").limit(options.limit).offset(options.offset).execute()) as Row[];
    const items = await presented(db, aggregate, rows.map((row) => toStored<T>(row)), access);
    return { items, total: options.offset + rows.length, limit: options.limit, offset: options.offset };
  }
  const [rows, count] = await Promise.all([
    base
      .select(recordColumns)
      .orderBy("created_at", "asc")
      .orderBy("id", "asc")
      .limit(options.limit)
      .offset(options.offset)
      .execute() as Promise<Row[]>,
    (options.countLimit
      ? (db as AnyDb)
          .selectFrom(base.clearOrderBy().select(sql`1`.as("one")).limit(options.countLimit + 1).as("matches"))
          .select(sql<string>`count(*)`.as("total"))
          .executeTakeFirstOrThrow()
      : base.clearOrderBy().select(sql<string>`count(*)`.as("total")).executeTakeFirstOrThrow()) as Promise<{ total: string }>,
  ]);
  const items = await presented(db, aggregate, rows.map((row) => toStored<T>(row)), access);
  const counted = Number(count.total);
  if (options.countLimit && counted > options.countLimit) {
    return { items, total: options.countLimit, limit: options.limit, offset: options.offset, totalIsCapped: true };
  }
  return { items, total: counted, limit: options.limit, offset: options.offset };
}

/** Refuses input that points to records that do not exist, naming the field (RuleViolationError). */
export async function checkReferences<T>(db: Kysely<Database>, aggregate: Aggregate<T>, input: T): Promise<void> {
  for (const reference of aggregate.references?.(input) ?? []) {
    const wanted = [...new Set(reference.ids)];
    if (wanted.length === 0) continue;
    const rows = await (db as AnyDb).selectFrom(reference.table).select("id").where("id", "in", wanted).execute();
    const known = new Set(rows.map((row: { id: string }) => row.id));
    const missing = wanted.filter((id) => !known.has(id));
    if (missing.length > 0) {
      throw new RuleViolationError(`${reference.what} mit der ID ${missing.join(", ")} gibt es nicht.`, [reference.path]);
    }
  }
}

// Rules see the input as the user sent it (so a value that contradicts its counts is refused
// rather than silently replaced); derivation comes after.
async function prepareWrite<T>(db: Kysely<Database>, aggregate: Aggregate<T>, change: Change<T>): Promise<T> {
  await checkReferences(db, aggregate, change.input);
  await aggregate.check?.(db, change);
  return aggregate.prepare ? aggregate.prepare(db, change.input) : change.input;
}

/** What writing these records (before and after a change) touches, for the role check. */
async function writeScopeOf<T>(db: Kysely<Database>, aggregate: Aggregate<T>, records: T[]): Promise<WriteScope> {
  if (!aggregate.territoriesOf) return { owners: records.map((record) => aggregate.ownerOf?.(record) ?? null) };
  const lists = await Promise.all(records.map((record) => aggregate.territoriesOf?.(db, record) ?? []));
  return { territories: [...new Set(lists.flat())] };
}

async function audit<T>(
  db: Kysely<Database>,
  aggregate: Aggregate<T>,
  access: Access,
  action: AuditAction,
  before: Stored<T> | null,
  after: Stored<T> | null,
): Promise<void> {
  const recordId = (after ?? before)?.id ?? "";
  await recordAudit(db, access, { action, table: aggregate.table, recordId, before, after });
}

/**
 * Checks permission, references and rules, then stores a new record with its audit entry. An
 * `id` keeps the identifier a record has elsewhere (an import of another platform's export).
 */
export async function createRecord<T>(db: Kysely<Database>, aggregate: Aggregate<T>, input: T, access: Access, options: { id?: string } = {}): Promise<Stored<T>> {
  return inTransaction(db, async (trx) => {
    assertMayWrite(access, aggregate.label, await writeScopeOf(trx, aggregate, [input]));
    const prepared = await prepareWrite(trx, aggregate, { id: null, input, existing: null, today: access.today });
    const row = (await (trx as AnyDb)
      .insertInto(aggregate.table)
      .values({ ...(options.id ? { id: options.id } : {}), data: jsonb(prepared), ...aggregate.columns?.(prepared), updated_by: access.editorName })
      .returning(recordColumns)
      .executeTakeFirstOrThrow()) as Row;
    const created = toStored<T>(row);
    await audit(trx, aggregate, access, "create", null, created);
    return created;
  });
}

const berlinTime = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });

function staleVersionMessage(label: string, current: RecordMeta, expectedVersion: number): string {
  const by = current.updatedBy ? ` von ${current.updatedBy}` : "";
  return (
    `${label} wurde inzwischen${by} am ${berlinTime.format(new Date(current.updatedAt))} Uhr geändert ` +
    `(Ihre Fassung: Version ${expectedVersion}, gespeichert: Version ${current.version}). ` +
    "Bitte laden Sie den Datensatz neu und übernehmen Sie Ihre Änderungen erneut."
  );
}

/** Locks a record for a change, provided nobody changed it since `expectedVersion` (ConflictError otherwise). */
export async function lockCurrent<T>(
  trx: Kysely<Database>,
  aggregate: Aggregate<T>,
  id: string,
  expectedVersion: number,
): Promise<Stored<T>> {
  const existing = await findRecord(trx, aggregate, id, { forUpdate: true });
  if (!existing) throw new NotFoundError(aggregate.label, id);
  if (existing.version !== expectedVersion) {
    throw new ConflictError(staleVersionMessage(aggregate.label, existing, expectedVersion));
  }
  return existing;
}

/** Writes columns of a locked record, bumping its version and noting who changed it. */
async function writeChange<T>(
  trx: Kysely<Database>,
  aggregate: Aggregate<T>,
  id: string,
  columns: Record<string, unknown>,
  access: Access,
): Promise<Stored<T>> {
  const row = (await (trx as AnyDb)
    .updateTable(aggregate.table)
    .set({ ...columns, version: sql`version + 1`, updated_at: sql`now()`, updated_by: access.editorName })
    .where("id", "=", id)
    .returning(recordColumns)
    .executeTakeFirstOrThrow()) as Row;
  return toStored<T>(row);
}

/** Replaces a record's fields, provided nobody changed it since `expectedVersion`. */
export async function updateRecord<T>(
  db: Kysely<Database>,
  aggregate: Aggregate<T>,
  change: { id: string; expectedVersion: number; input: T },
  access: Access,
): Promise<Stored<T>> {
  return inTransaction(db, async (trx) => {
    const existing = await lockCurrent(trx, aggregate, change.id, change.expectedVersion);
    assertMayWrite(access, aggregate.label, await writeScopeOf(trx, aggregate, [existing, change.input]));
    const prepared = await prepareWrite(trx, aggregate, { id: change.id, input: change.input, existing, today: access.today });
    const updated = await writeChange(trx, aggregate, change.id, { data: jsonb(prepared), ...aggregate.columns?.(prepared) }, access);
    await audit(trx, aggregate, access, "update", existing, updated);
    return updated;
  });
}

/** Archives (or restores) a record: it disappears from lists but stays referable and restorable. */
export async function setArchived<T>(
  db: Kysely<Database>,
  aggregate: Aggregate<T>,
  change: { id: string; expectedVersion: number; archived: boolean },
  access: Access,
): Promise<Stored<T>> {
  return inTransaction(db, async (trx) => {
    const existing = await lockCurrent(trx, aggregate, change.id, change.expectedVersion);
    assertMayWrite(access, aggregate.label, await writeScopeOf(trx, aggregate, [existing]));
    const changed = await writeChange(trx, aggregate, change.id, { archived_at: change.archived ? sql`now()` : null }, access);
    await audit(trx, aggregate, access, change.archived ? "archive" : "restore", existing, changed);
    return changed;
  });
}

/** Deletes a record for good; refused while other records still point to it. */
export async function deleteRecord<T>(
  db: Kysely<Database>,
  aggregate: Aggregate<T>,
  change: { id: string; expectedVersion: number },
  access: Access,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const existing = await lockCurrent(trx, aggregate, change.id, change.expectedVersion);
    assertMayWrite(access, aggregate.label, await writeScopeOf(trx, aggregate, [existing]));
    aggregate.checkDelete?.(existing);
    try {
      await (trx as AnyDb).deleteFrom(aggregate.table).where("id", "=", change.id).execute();
    } catch (error) {
      if ((error as { code?: string }).code === "23503") {
        throw new ConflictError(
          `${aggregate.label} wird noch von anderen Datensätzen verwendet und kann nicht gelöscht werden. Archivieren Sie es stattdessen.`,
        );
      }
      throw error;
    }
    await audit(trx, aggregate, access, "delete", existing, null);
  });
}

/** Every record of an aggregate, archived ones included: for rules that look at the whole set. */
export async function allRecords<T>(db: Kysely<Database>, aggregate: Aggregate<T>): Promise<Stored<T>[]> {
  const rows = (await (db as AnyDb).selectFrom(aggregate.table).select(recordColumns).execute()) as Row[];
  return rows.map((row) => toStored<T>(row));
}
