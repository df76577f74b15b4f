import type { Observation, ObservationInput, PublicObservation } from "@praeventionskette/domain";
import { type Kysely, sql } from "kysely";
import { LRUCache } from "lru-cache";
import { changesSeen } from "../db/changes-seen.js";
import type { Database } from "../db/types.js";
import { publicObservations } from "./observation.js";

/** One observation's public view, with the version it was computed from. */
type PublicCell = Pick<PublicObservation, "numerator" | "denominator" | "value" | "suppressed"> & { version: number };

interface PublicTable {
  /** What the table was computed from (see {@link fingerprintOf}). */
  fingerprint: string;
  byObservation: Map<string, PublicCell>;
}

// Secondary suppression of one indicator and period looks at the whole table (every territory
// of the Land: 8,000 cells at state scale) and takes seconds there, yet its answer is the same
// for every reader until the table, the indicator or the territory tree changes. So the public
// view of each table is kept, bounded by cells (about 150 bytes each), and checked on every use
// against the changes reported for the database (see changes-seen.ts), or where nothing reports
// them against a fingerprint of its inputs: a change by any process sharing the database shows
// as soon as it is reported.
const tables = new LRUCache<string, PublicTable>({ maxSize: 250_000, sizeCalculation: (table) => Math.max(1, table.byObservation.size) });
// Readers arriving while a table is computed wait for that computation instead of starting their own.
const computing = new Map<string, Promise<PublicTable>>();

/**
 * What the public view of a table depends on: the table's current observations (how many, their
 * ids, versions and last change; every write bumps a version), the indicator (its threshold and
 * factor) and the territory tree (secondary suppression follows parents). One round trip, on
 * indexes (migration 2026-11-29-10).
 */
async function fingerprintOf(db: Kysely<Database>, indicatorId: string, period: string): Promise<string> {
  const { rows } = await sql<{ fingerprint: string }>`
    select concat_ws('|',
      (select concat_ws(':', count(*), sum(version), sum(hashtext(id::text)), max(updated_at))
        from observation where indicator_id = ${indicatorId} and period = ${period} and archived_at is null),
      (select concat_ws(':', version, updated_at, archived_at) from indicator where id = ${indicatorId}),
      (select concat_ws(':', count(*), sum(version), max(updated_at)) from territory)
    ) as fingerprint`.execute(db);
  return rows[0]?.fingerprint ?? "";
}

async function computeTable(db: Kysely<Database>, indicatorId: string, period: string, threshold: number, fingerprint: string): Promise<PublicTable> {
  // Read after the fingerprint: the table is never older than the fingerprint it is kept under.
  const rows = await db
    .selectFrom("observation")
    .select(["id", "version", "data"])
    .where("indicator_id", "=", indicatorId)
    .where("period", "=", period)
    .where("archived_at", "is", null)
    .execute();
  const observations = rows.map((row): Observation => ({ ...(row.data as ObservationInput), id: row.id }));
  const views = await publicObservations(db, observations, threshold);
  const byObservation = new Map<string, PublicCell>();
  for (const row of rows) {
    const view = views.get(row.id);
    if (view) byObservation.set(row.id, { numerator: view.numerator, denominator: view.denominator, value: view.value, suppressed: view.suppressed, version: row.version });
  }
  return { fingerprint, byObservation };
}

/**
 * The public view (small cells and their protection suppressed, as `publicObservations` makes
 * it) of one indicator's table in one period, by observation id: computed once and reused until
 * anything it depends on changes.
 */
export async function publicTable(db: Kysely<Database>, indicatorId: string, period: string, threshold: number): Promise<Map<string, PublicCell>> {
  const fingerprint = changesSeen(db) ?? (await fingerprintOf(db, indicatorId, period));
  // Inside a transaction the table may hold changes nobody else sees yet: computed for this caller only.
  if (db.isTransaction) return (await computeTable(db, indicatorId, period, threshold, fingerprint)).byObservation;
  const key = `${indicatorId}|${period}|${threshold}`;
  const kept = tables.get(key);
  if (kept && kept.fingerprint === fingerprint) return kept.byObservation;
  const flightKey = `${key}|${fingerprint}`;
  let pending = computing.get(flightKey);
  if (!pending) {
    pending = computeTable(db, indicatorId, period, threshold, fingerprint).finally(() => computing.delete(flightKey));
    computing.set(flightKey, pending);
    tables.set(key, await pending);
  }
  return (await pending).byObservation;
}
