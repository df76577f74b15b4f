import { randomUUID } from "node:crypto";
import pg from "pg";
import { type DatabaseHandle, openDatabase } from "../db/client.js";
import { migrateToLatest } from "../db/migrate.js";

/** A database engine the suite runs against. */
export interface TestDatabase {
  name: string;
  /** Opens a new, empty, migrated database that nothing else uses. */
  open(): Promise<DatabaseHandle>;
}

async function openFreshPostgres(serverUrl: string): Promise<DatabaseHandle> {
  const name = `pk_test_${randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();

  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: "postgres", url: url.toString() });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

async function migrated(open: () => Promise<DatabaseHandle>): Promise<DatabaseHandle> {
  const handle = await open();
  await migrateToLatest(handle.db);
  return handle;
}

const serverUrl = process.env.TEST_DATABASE_URL;

/**
 * PGlite always; a real PostgreSQL server as well when TEST_DATABASE_URL is set (as in CI), so
 * that every database test proves itself on both.
 */
export const testDatabases: TestDatabase[] = [
  { name: "PGlite", open: () => migrated(() => openDatabase({ kind: "memory" })) },
  ...(serverUrl ? [{ name: "PostgreSQL", open: () => migrated(() => openFreshPostgres(serverUrl)) }] : []),
];
