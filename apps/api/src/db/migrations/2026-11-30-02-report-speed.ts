import type { Kysely } from "kysely";
import { sql } from "kysely";

// Reports at state scale (issues 10 and 11): the offer map and the public tables of indicators
// are kept between requests and checked on every use against a fingerprint that includes the
// territory table's count, versions and last change. This index answers that from the index
// alone instead of reading all 8,000 territories with their data. Frozen once landed.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index territory_fingerprint_idx on territory (id) include (version, updated_at)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("territory_fingerprint_idx").execute();
}
