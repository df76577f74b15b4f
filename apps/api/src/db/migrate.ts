import { type Kysely, sql } from "kysely";
import type { Database } from "./types.js";
import { Migrator } from "kysely/migration";
import { migrations } from "./migrations/index.js";

/**
 * Whether the database already ran exactly the known migrations. Kysely's Migrator finds its
 * tables by listing every table with every column, which on a freshly opened embedded database
 * (its catalog not yet cached) took two of the restart's seconds; one small query answers the
 * common case of a server restarting on its own data.
 */
async function upToDate(db: Kysely<Database>): Promise<boolean> {
  try {
    const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    const known = Object.keys(migrations);
    return rows.length === known.length && rows.every((row) => row.name in migrations);
  } catch {
    // No migration table yet (a new database): the Migrator creates it.
    return false;
  }
}

/** Brings the schema to the latest migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  if (await upToDate(db)) return;
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === "Error");
  if (error) {
    throw new Error(`Migration ${failed?.migrationName ?? "(unbekannt)"} ist fehlgeschlagen.`, { cause: error });
  }
}
