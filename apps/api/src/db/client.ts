import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { Kysely, PGliteDialect, PostgresDialect } from "kysely";
import { log } from "../log.js";
import { lockDataDir } from "./data-dir-lock.js";
import { keepCheckpointing } from "./embedded-checkpoints.js";
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

/**
 * PostgreSQL settings of the embedded database. PGlite's WebAssembly memory grows to the most it
 * ever held and never shrinks, so each of these is paid for in the server's resident memory for
 * as long as it runs. Pages beyond shared_buffers are read from the data directory through the
 * operating system's page cache, which serves them almost as fast and does not count towards the
 * process (PostgreSQL's default of 128 MB alone was a third of the server's memory at rest).
 */
export const EMBEDDED_SETTINGS: Readonly<Record<string, string>> = {
  shared_buffers: "32MB",
  // Per sort or hash; one query runs at a time in PGlite, so this is also the total.
  work_mem: "4MB",
  // Index builds in migrations and VACUUM; PostgreSQL's default of 64 MB would stay allocated after the first.
  maintenance_work_mem: "16MB",
  temp_buffers: "4MB",
  // WAL files kept for reuse after a checkpoint (defaults 80 MB / 1 GB of disk).
  min_wal_size: "32MB",
  max_wal_size: "64MB",
};

function embeddedStartParams(): string[] {
  return [...PGlite.defaultStartParams, ...Object.entries(EMBEDDED_SETTINGS).flatMap(([name, value]) => ["-c", `${name}=${value}`])];
}

/** Opens the database: PGlite (embedded PostgreSQL) by default, a PostgreSQL server when configured. */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.kind === "postgres") {
    // Loaded only here: the embedded database's start does without the PostgreSQL client.
    const { default: pg } = await import("pg");
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    // The server may close an idle connection (a restart, an administrator, a proxy's idle
    // timeout). The pool drops it and connects anew when needed; unheard, the error would end the process.
    // Only message and code are logged: the error carries the client, with the connection's password.
    pool.on("error", (error) =>
      log.warn({ reason: error.message, code: (error as { code?: string }).code }, "Die Datenbank hat eine ruhende Verbindung beendet; sie wird bei Bedarf neu aufgebaut.")
    );
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, target, close: () => db.destroy() };
  }

  const release = target.kind === "embedded" ? await lockDataDir(target.dataDir) : async () => {};
  try {
    // pg_trgm (trigram similarity) for typo-tolerant offer search; PostgreSQL servers have it in contrib.
    const pglite = await PGlite.create(target.kind === "embedded" ? target.dataDir : undefined, {
      extensions: { pg_trgm },
      startParams: embeddedStartParams(),
    });
    const stopCheckpointing = target.kind === "embedded" ? keepCheckpointing(pglite) : async () => {};
    const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
    return {
      db,
      target,
      close: async () => {
        await stopCheckpointing();
        await db.destroy();
        await release();
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}
