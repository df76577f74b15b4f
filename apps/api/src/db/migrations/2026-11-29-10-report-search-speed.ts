import type { Kysely } from "kysely";
import { sql } from "kysely";

// Reports and offer search at state scale (issues 10 and 11). The public view of an indicator's
// table is kept between requests and checked against a fingerprint of the table's rows (count,
// ids, versions, last change) on every use: this index answers that from the index alone.
// Frozen once landed.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index observation_table_fingerprint_idx on observation (indicator_id, period) include (id, version, updated_at) where archived_at is null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("observation_table_fingerprint_idx").execute();
}
