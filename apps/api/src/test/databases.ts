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

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A new, empty database on the PostgreSQL server: its URL, and how to drop it again. */
export async function createPostgresDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `pk_test_${randomUUID().replaceAll("-", "")}`;
  await onServer(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer(serverUrl, `drop database if exists ${name} with (force)`) };
}

async function openFreshPostgres(serverUrl: string): Promise<DatabaseHandle> {
  const database = await createPostgresDatabase(serverUrl);
  const handle = await openDatabase({ kind: "postgres", url: database.url });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await database.drop();
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
