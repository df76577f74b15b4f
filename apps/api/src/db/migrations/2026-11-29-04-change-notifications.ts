import type { Kysely } from "kysely";
import { sql } from "kysely";

// Every committed change to the platform's records sends a notification on the channel
// `praeventionskette_change`, so that each server process sharing the database can drop the
// anonymous answers it keeps in memory. Frozen once landed.

const TABLES = [
  "territory", "youth_office", "territory_boundary", "life_phase", "transition", "field_of_action", "actor", "offer",
  "leitbild_version", "indicator", "goal", "observation", "body", "meeting", "decision", "funding_programme",
  "funding_application", "quality_assessment",
];

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create function notify_change() returns trigger language plpgsql as $$
    begin perform pg_notify('praeventionskette_change', TG_TABLE_NAME); return null; end $$`.execute(db);
  for (const table of TABLES) {
    await sql`create trigger ${sql.id(`${table}_notify_change`)} after insert or update or delete or truncate on ${sql.table(table)}
      for each statement execute function notify_change()`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of TABLES) await sql`drop trigger ${sql.id(`${table}_notify_change`)} on ${sql.table(table)}`.execute(db);
  await sql`drop function notify_change()`.execute(db);
}
