import type { Kysely } from "kysely";
import { sql } from "kysely";

// Feedback on the portal's accessibility and content (the Feedback-Mechanismus BITV asks for):
// what was reported, where, and an optional reply address; nothing else about the sender, not
// even the client address. Frozen once landed.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("feedback")
    .addColumn("id", "uuid", (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("received_at", "timestamptz", (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn("kind", "text", (column) => column.notNull())
    .addColumn("page", "text")
    .addColumn("message", "text", (column) => column.notNull())
    .addColumn("reply_to", "text")
    .addColumn("language", "text", (column) => column.notNull())
    .execute();
  await db.schema.createIndex("feedback_received_at_idx").on("feedback").column("received_at").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("feedback").execute();
}
