import type { DatabaseTarget } from "./client.js";

/** The channel the database announces committed changes on (migration 2026-11-29-04). */
export const CHANGE_CHANNEL = "praeventionskette_change";

/**
 * Calls `onChange` whenever another process (or this one) commits a change to a PostgreSQL
 * server shared by several server processes; returns how to stop listening. The embedded
 * database belongs to one process, which sees its own changes directly: nothing to listen to.
 */
export async function listenForChanges(target: DatabaseTarget, onChange: () => void, onError: (error: Error) => void): Promise<() => Promise<void>> {
  if (target.kind !== "postgres") return async () => {};
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: target.url });
  client.on("notification", () => onChange());
  // A lost listener connection could leave stale answers: treat it as a change, and report it.
  client.on("error", (error) => {
    onChange();
    onError(error);
  });
  await client.connect();
  await client.query(`listen ${CHANGE_CHANNEL}`);
  return async () => {
    await client.end();
  };
}
