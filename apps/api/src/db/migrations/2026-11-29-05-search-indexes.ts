import type { Kysely } from "kysely";

// Indexes for lists and offer search at state scale (50,000 offers, a million observations):
// every list pages in creation order, and the offer filters test array membership, which GIN
// indexes answer for `@>` and `&&`. Frozen once landed.

const AGGREGATE_TABLES = [
  "territory", "youth_office", "territory_boundary", "life_phase", "transition", "field_of_action", "actor", "offer",
  "leitbild_version", "indicator", "goal", "observation", "body", "meeting", "decision", "funding_programme",
  "funding_application", "quality_assessment",
];
const OFFER_ARRAYS = ["life_phase_ids", "transition_ids", "field_of_action_ids", "languages"];

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of AGGREGATE_TABLES) {
    await db.schema.createIndex(`${table}_created_idx`).on(table).columns(["created_at", "id"]).execute();
  }
  for (const column of OFFER_ARRAYS) {
    await db.schema.createIndex(`offer_${column}_idx`).on("offer").using("gin").column(column).execute();
  }
  await db.schema.createIndex("offer_provider_idx").on("offer").column("provider_id").execute();
  await db.schema.createIndex("observation_indicator_period_idx").on("observation").columns(["indicator_id", "period"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("observation_indicator_period_idx").execute();
  await db.schema.dropIndex("offer_provider_idx").execute();
  for (const column of OFFER_ARRAYS) await db.schema.dropIndex(`offer_${column}_idx`).execute();
  for (const table of AGGREGATE_TABLES) await db.schema.dropIndex(`${table}_created_idx`).execute();
}
