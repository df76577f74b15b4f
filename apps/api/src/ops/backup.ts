import { createReadStream, createWriteStream } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { createGunzip, createGzip } from "node:zlib";
import { type Kysely, sql } from "kysely";
import type { Database } from "../db/types.js";
import { migrations } from "../db/migrations/index.js";

/*
 * Backup to one file and restore from it, the same on PGlite and PostgreSQL: a gzip of JSON
 * lines, a header first, then one line per row. Rows are read as `row_to_json` in one
 * repeatable-read transaction, so the file is one consistent snapshot even while others write;
 * they are restored through `jsonb_populate_recordset` into a freshly migrated, empty database
 * in one transaction with the (deferrable) foreign keys checked at its end: all or nothing.
 */

const FORMAT = "praeventionskette-backup";
const BATCH = 1_000;
/**
 * Kysely's own bookkeeping is recreated by the migrations, not restored; the offer search's word
 * list is derived data that triggers rebuild as the offers are restored.
 */
const SKIPPED_TABLES = new Set(["kysely_migration", "kysely_migration_lock", "offer_search_word"]);

/** The first line of a backup file. */
interface BackupHeader {
  format: typeof FORMAT;
  version: 1;
  createdAt: string;
  migrations: string[];
  tables: string[];
}

/** How many rows each table holds in a backup or a restore. */
export type TableCounts = Record<string, number>;

async function tablesOf(db: Kysely<Database>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db);
  return rows.map((row) => row.name).filter((name) => !SKIPPED_TABLES.has(name));
}

async function write(out: Writable, line: string): Promise<void> {
  if (!out.write(`${line}\n`)) await once(out, "drain");
}

/**
 * Writes a consistent snapshot of every table to `out` (gzip-compressed JSON lines) and ends
 * it; returns the row counts. `onProgress` hears each table as it is done.
 */
export async function writeBackup(db: Kysely<Database>, out: Writable, onProgress?: (table: string, rows: number) => void): Promise<TableCounts> {
  const gzip = createGzip();
  gzip.pipe(out);
  const counts: TableCounts = {};
  await db.transaction().setIsolationLevel("repeatable read").execute(async (trx) => {
    const tables = await tablesOf(trx);
    const header: BackupHeader = { format: FORMAT, version: 1, createdAt: new Date().toISOString(), migrations: Object.keys(migrations), tables };
    await write(gzip, JSON.stringify(header));
    for (const table of tables) {
      let after = "(0,0)";
      counts[table] = 0;
      for (;;) {
        // Paged by the physical row position (a TID range scan), stable inside this snapshot.
        const { rows } = await sql<{ position: string; row: unknown }>`
          select ctid::text as position, row_to_json(t) as row from ${sql.table(table)} t
          where ctid > ${after}::tid order by ctid limit ${BATCH}`.execute(trx);
        for (const { row } of rows) await write(gzip, JSON.stringify({ t: table, r: typeof row === "string" ? JSON.parse(row) : row }));
        counts[table] += rows.length;
        after = rows.at(-1)?.position ?? after;
        if (rows.length < BATCH) break;
      }
      onProgress?.(table, counts[table]);
    }
  });
  gzip.end();
  await once(out, "finish").catch(() => undefined);
  return counts;
}

/** Writes a backup to a file. */
export async function backupToFile(db: Kysely<Database>, file: string, onProgress?: (table: string, rows: number) => void): Promise<TableCounts> {
  return writeBackup(db, createWriteStream(file), onProgress);
}

async function insertBatch(trx: Kysely<Database>, table: string, columns: string[], identity: boolean, rows: unknown[]): Promise<void> {
  const list = sql.join(columns.map((column) => sql.id(column)));
  const overriding = identity ? sql`overriding system value` : sql``;
  await sql`insert into ${sql.table(table)} (${list}) ${overriding}
    select ${list} from jsonb_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(rows)}::jsonb)`.execute(trx);
}

/**
 * Restores a backup into a migrated, empty database (no territory, no account): refused
 * otherwise, and refused when the backup comes from a newer version of the platform. One
 * transaction: a broken file or a failed row leaves the database as it was.
 */
export async function restoreBackup(db: Kysely<Database>, input: Readable, onProgress?: (table: string, rows: number) => void): Promise<TableCounts> {
  const lines = createInterface({ input: input.pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = (() => {
    try {
      return first.done ? null : (JSON.parse(first.value) as Partial<BackupHeader>);
    } catch {
      return null;
    }
  })();
  if (!header || header.format !== FORMAT) throw new Error("Die Datei ist keine Sicherung der Präventionskette.");
  const unknown = (header.migrations ?? []).filter((name) => !(name in migrations));
  if (unknown.length > 0) {
    throw new Error(`Die Sicherung stammt von einer neueren Version (Migration ${unknown.join(", ")}). Aktualisieren Sie zuerst die Plattform.`);
  }
  const counts: TableCounts = {};
  await db.transaction().execute(async (trx) => {
    const occupied = await sql<{ n: number }>`select (select count(*) from territory) + (select count(*) from "user") as n`.execute(trx);
    if (Number(occupied.rows[0]?.n ?? 0) > 0) throw new Error("Die Datenbank ist nicht leer. Eine Sicherung wird nur in eine leere Datenbank zurückgespielt.");
    await sql`set constraints all deferred`.execute(trx);
    const { rows: columnRows } = await sql<{ table: string; column: string; generated: string; identity: string }>`
      select table_name as table, column_name as column, is_generated as generated, is_identity as identity
      from information_schema.columns where table_schema = 'public' order by table_name, ordinal_position`.execute(trx);
    const columnsOf = new Map<string, { columns: string[]; identity: boolean }>();
    for (const row of columnRows) {
      const entry = columnsOf.get(row.table) ?? { columns: [], identity: false };
      if (row.generated !== "ALWAYS") entry.columns.push(row.column);
      if (row.identity === "YES") entry.identity = true;
      columnsOf.set(row.table, entry);
    }
    let table: string | null = null;
    let batch: unknown[] = [];
    const flush = async () => {
      if (!table || batch.length === 0) return;
      const shape = columnsOf.get(table);
      if (!shape) throw new Error(`Die Sicherung enthält die unbekannte Tabelle „${table}“.`);
      await insertBatch(trx, table, shape.columns, shape.identity, batch);
      counts[table] = (counts[table] ?? 0) + batch.length;
      batch = [];
    };
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (next.value.trim() === "") continue;
      const { t, r } = JSON.parse(next.value) as { t: string; r: unknown };
      if (t !== table) {
        await flush();
        if (table) onProgress?.(table, counts[table] ?? 0);
        table = t;
      }
      batch.push(r);
      if (batch.length >= BATCH) await flush();
    }
    await flush();
    if (table) onProgress?.(table, counts[table] ?? 0);
    // Identity columns continue after the restored rows.
    for (const [name, shape] of columnsOf) {
      if (!shape.identity || !counts[name]) continue;
      await sql`select setval(pg_get_serial_sequence(${name}, 'id'), (select max(id) from ${sql.table(name)}))`.execute(trx);
    }
  });
  return counts;
}

/** Restores a backup file. */
export async function restoreFromFile(db: Kysely<Database>, file: string, onProgress?: (table: string, rows: number) => void): Promise<TableCounts> {
  return restoreBackup(db, createReadStream(file), onProgress);
}
