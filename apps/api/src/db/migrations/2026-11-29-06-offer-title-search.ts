import type { Kysely } from "kysely";
import { sql } from "kysely";

// Ranking offer search by `ts_rank` over the whole text vector reads (and decompresses) the
// vector of every match: at 50,000 offers a broad word like "Familienzentrum" matches ten
// thousand. A small vector of the title alone ranks title matches first at a fraction of the
// cost. Frozen once landed.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("offer")
    .addColumn("title_search", sql`tsvector`, (col) =>
      col.generatedAlwaysAs(sql`to_tsvector('german', coalesce(data->>'title', '') || ' ' || coalesce(data->>'shortTitle', ''))`).stored(),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("offer").dropColumn("title_search").execute();
}
