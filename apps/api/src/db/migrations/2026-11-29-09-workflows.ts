import type { Kysely } from "kysely";
import { sql } from "kysely";

// One adopted Leitbild version per territory, as the last line of defence behind the rule the
// adoption checks under row locks: a partial unique index, which PostgreSQL 15 and PGlite both
// enforce at once. Frozen once landed.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("leitbild_version_one_adopted")
    .on("leitbild_version")
    .column("territory_id")
    .unique()
    .where(sql.ref("status"), "=", "adopted")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("leitbild_version_one_adopted").execute();
}
