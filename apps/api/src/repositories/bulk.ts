import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { z } from "zod";
import { type Access, assertMayWrite, type WriteScope } from "../auth/access.js";
import type { Database, TableName } from "../db/types.js";
import { RuleViolationError } from "../errors.js";
import { type Aggregate, inTransaction } from "./aggregate.js";
import { recordAudit } from "./audit.js";
import { jsonb } from "./sql-values.js";

// The casts to an untyped Kysely stay inside this file, as in aggregate.ts: the table is generic.
/* eslint-disable @typescript-eslint/no-explicit-any */
type AnyDb = Kysely<any>;

/** PostgreSQL's wire protocol counts the bind parameters of one statement in 16 bits. */
export const MAX_BIND_PARAMETERS = 65_535;

/** How many ids one reference query sends at most. */
const REFERENCE_CHUNK = 10_000;

/** How `insertMany` writes. */
export interface InsertManyOptions {
  /** Who writes: named in `updated_by` and the audit trail, and checked like any writer. */
  access: Access;
  /** Rows per INSERT statement; halved automatically while a statement would exceed 65,535 parameters. */
  batchSize?: number;
  /**
   * `check` (default): every referenced id must exist, one query per referenced table for the
   * whole call. `trust`: skip that, for callers that created the referenced records themselves
   * in the same run; the foreign keys remain the last line of defence.
   */
  references?: "check" | "trust";
  /** Called after each statement with the rows written so far. */
  onProgress?: (written: number, total: number) => void;
}

function parseAll<T>(aggregate: Aggregate<T>, inputs: readonly T[]): T[] {
  return inputs.map((input, index) => {
    const result = aggregate.input.safeParse(input);
    if (result.success) return result.data;
    throw new RuleViolationError(
      `${aggregate.label} Nr. ${index + 1} (Position ${index}) ist ungültig:\n${z.prettifyError(result.error)}`,
      [index, ...(result.error.issues[0]?.path.map((p) => (typeof p === "symbol" ? String(p) : p)) ?? [])],
    );
  });
}

async function writeScope<T>(db: Kysely<Database>, aggregate: Aggregate<T>, records: readonly T[]): Promise<WriteScope> {
  if (!aggregate.territoriesOf) return { owners: [...new Set(records.map((record) => aggregate.ownerOf?.(record) ?? null))] };
  const territories = new Set<string>();
  for (const record of records) for (const id of await aggregate.territoriesOf(db, record)) territories.add(id);
  return { territories: [...territories] };
}

/** One query per referenced table: every id any record points to must exist. */
async function checkReferencesInBulk<T>(db: Kysely<Database>, aggregate: Aggregate<T>, records: readonly T[]): Promise<void> {
  if (!aggregate.references) return;
  // Per table: each wanted id with the first record and field that names it, for the message.
  const wanted = new Map<TableName, Map<string, { index: number; path: string; what: string }>>();
  for (const [index, record] of records.entries()) {
    for (const reference of aggregate.references(record)) {
      const ids = wanted.get(reference.table) ?? new Map();
      wanted.set(reference.table, ids);
      for (const id of reference.ids) if (!ids.has(id)) ids.set(id, { index, path: reference.path, what: reference.what });
    }
  }
  for (const [table, ids] of wanted) {
    const all = [...ids.keys()];
    const known = new Set<string>();
    for (let start = 0; start < all.length; start += REFERENCE_CHUNK) {
      const rows = await (db as AnyDb).selectFrom(table).select("id").where("id", "in", all.slice(start, start + REFERENCE_CHUNK)).execute();
      for (const row of rows as { id: string }[]) known.add(row.id);
    }
    const missing = all.find((id) => !known.has(id));
    if (missing !== undefined) {
      const first = ids.get(missing);
      throw new RuleViolationError(
        `${aggregate.label} Nr. ${(first?.index ?? 0) + 1}: ${first?.what ?? table} mit der ID ${missing} gibt es nicht.`,
        [first?.index ?? 0, first?.path ?? ""],
      );
    }
  }
}

/** Inserts the rows in one statement, or halves them until each statement fits the parameter limit. */
async function insertRows(db: Kysely<Database>, table: TableName, rows: Record<string, unknown>[]): Promise<void> {
  const compiled = (db as AnyDb).insertInto(table).values(rows).compile();
  if (compiled.parameters.length <= MAX_BIND_PARAMETERS || rows.length === 1) {
    await db.executeQuery(compiled);
    return;
  }
  const half = Math.ceil(rows.length / 2);
  await insertRows(db, table, rows.slice(0, half));
  await insertRows(db, table, rows.slice(half));
}

/**
 * Stores many new records of one aggregate fast, for generators and imports: each input is
 * parsed by the aggregate's domain schema (the first invalid one refuses the whole call, naming
 * its position), the writer's permission is checked once for all of them, references are
 * checked with one query per referenced table (or trusted, see `references`), and the rows go
 * in multi-row INSERTs inside one transaction (joining the caller's). The rows have exactly the
 * shape `createRecord` writes (`data` = the parsed record, the aggregate's columns, version 1,
 * `updated_by` = the writer); the ids are generated here, so they come back in input order.
 *
 * Unlike `createRecord` it runs neither the aggregate's `check` rules nor `prepare`, which query
 * the database per record: callers pass records that satisfy the rules and carry what `prepare`
 * would derive (e.g. an observation's value from its counts via `completeObservation`). The
 * audit trail gets one entry for the whole call (action `create`, the first record's id, and
 * `{ count, firstRecordId, lastRecordId }` as what was written), so it still says who wrote what.
 *
 * @example
 * const ids = await insertMany(db, territoryAggregate, towns, { access: systemAccess(today, "Generator Landesebene") });
 */
export async function insertMany<T>(
  db: Kysely<Database>,
  aggregate: Aggregate<T>,
  inputs: readonly T[],
  options: InsertManyOptions,
): Promise<string[]> {
  if (inputs.length === 0) return [];
  const records = parseAll(aggregate, inputs);
  const batchSize = Math.max(1, options.batchSize ?? 1_000);
  return inTransaction(db, async (trx) => {
    assertMayWrite(options.access, aggregate.label, await writeScope(trx, aggregate, records));
    if (options.references !== "trust") await checkReferencesInBulk(trx, aggregate, records);
    const ids = records.map(() => randomUUID());
    for (let start = 0; start < records.length; start += batchSize) {
      const rows = records.slice(start, start + batchSize).map((record, offset) => ({
        id: ids[start + offset],
        data: jsonb(record),
        ...aggregate.columns?.(record),
        updated_by: options.access.editorName,
      }));
      await insertRows(trx, aggregate.table, rows);
      options.onProgress?.(Math.min(start + batchSize, records.length), records.length);
    }
    await recordAudit(trx, options.access, {
      action: "create",
      table: aggregate.table,
      recordId: ids[0] ?? "",
      before: null,
      after: { count: ids.length, firstRecordId: ids[0], lastRecordId: ids[ids.length - 1] },
    });
    return ids;
  });
}
