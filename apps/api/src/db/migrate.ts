import type { Kysely } from "kysely";
import type { Database } from "./types.js";
import { Migrator } from "kysely/migration";
import { migrations } from "./migrations/index.js";

/** Brings the schema to the latest migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === "Error");
  if (error) {
    throw new Error(`Migration ${failed?.migrationName ?? "(unbekannt)"} ist fehlgeschlagen.`, { cause: error });
  }
}
