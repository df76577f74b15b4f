import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { Kysely, PGliteDialect, PostgresDialect } from "kysely";
import pg from "pg";
import { lockDataDir } from "./data-dir-lock.js";
import type { Database } from "./types.js";

/** Where the data lives: a PostgreSQL server, an embedded data directory, or memory (tests). */
export type DatabaseTarget =
  | { kind: "postgres"; url: string }
  | { kind: "embedded"; dataDir: string }
  | { kind: "memory" };

/** An open database and how to close it again. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  target: DatabaseTarget;
  close(): Promise<void>;
}

/** Opens the database: PGlite (embedded PostgreSQL) by default, a PostgreSQL server when configured. */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, target, close: () => db.destroy() };
  }

  const release = target.kind === "embedded" ? await lockDataDir(target.dataDir) : async () => {};
  try {
    // pg_trgm (trigram similarity) for typo-tolerant offer search; PostgreSQL servers have it in contrib.
    const pglite = await PGlite.create(target.kind === "embedded" ? target.dataDir : undefined, { extensions: { pg_trgm } });
    const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
    return {
      db,
      target,
      close: async () => {
        await db.destroy();
        await release();
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}
