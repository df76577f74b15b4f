import type { Kysely } from "kysely";

// Reviewers list pending proposals, providers their own, and every approval looks up the offer's
// proposals: index the columns those queries filter on. Frozen once landed.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("offer_proposal_status_idx").on("offer_proposal").columns(["status", "proposed_at"]).execute();
  await db.schema.createIndex("offer_proposal_provider_idx").on("offer_proposal").column("provider_id").execute();
  await db.schema.createIndex("offer_proposal_offer_idx").on("offer_proposal").column("offer_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const index of ["offer_proposal_offer_idx", "offer_proposal_provider_idx", "offer_proposal_status_idx"]) {
    await db.schema.dropIndex(index).execute();
  }
}
