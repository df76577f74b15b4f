import type { Kysely } from "kysely";
import { sql } from "kysely";

// The offer search reads through GIN indexes (text, arrays, the trigram word list). By default a
// GIN index collects new entries in a pending list that every search must scan in full until
// VACUUM merges it; PGlite runs no autovacuum, so after a bulk insert the list stays, and at state
// scale searches took twenty times as long (1.2 s instead of 50 ms). Offers are written rarely and
// read all the time, so their GIN indexes take new entries directly, and what is pending now is
// merged here. Frozen once landed.

const GIN_INDEXES = [
  "offer_search_idx",
  "offer_territory_idx",
  "offer_life_phase_ids_idx",
  "offer_transition_ids_idx",
  "offer_field_of_action_ids_idx",
  "offer_languages_idx",
  "offer_search_word_trgm_idx",
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const index of GIN_INDEXES) {
    await sql`alter index ${sql.id(index)} set (fastupdate = off)`.execute(db);
    await sql`select gin_clean_pending_list(${index}::regclass)`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const index of GIN_INDEXES) await sql`alter index ${sql.id(index)} reset (fastupdate)`.execute(db);
}
