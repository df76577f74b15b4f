import type { PGlite } from "@electric-sql/pglite";
import { log } from "../log.js";

/** How often the WAL written since the last checkpoint is looked at. */
const CHECK_EVERY_MS = 15_000;
/**
 * How much WAL may pile up before a checkpoint: replaying it is what a restart after a crash
 * costs (about a second per 16 MB on a loaded machine), and writing its pages is what the
 * checkpoint itself costs while it holds the database.
 */
export const MAX_WAL_SINCE_CHECKPOINT_BYTES = 16 * 1024 * 1024;

/** Checkpoints when more than `maxWalBytes` of WAL were written since the last one; whether it did. */
export async function checkpointIfDue(pglite: PGlite, maxWalBytes = MAX_WAL_SINCE_CHECKPOINT_BYTES): Promise<boolean> {
  const { rows } = await pglite.query<{ behind: string }>(
    "select pg_wal_lsn_diff(pg_current_wal_lsn(), redo_lsn)::text as behind from pg_control_checkpoint()",
  );
  if (Number(rows[0]?.behind ?? 0) <= maxWalBytes) return false;
  await pglite.exec("checkpoint");
  return true;
}

/**
 * PGlite runs PostgreSQL as a single process without its checkpointer, so nothing checkpoints
 * until the database is closed: the WAL grows with every write (1.1 GB after loading the
 * state-scale set), and a server that was killed replays all of it before it answers again.
 * This checkpoints in the background whenever enough WAL has piled up, so that a restart after
 * a crash never has more than a few seconds of WAL to replay. Returns how to stop it.
 */
export function keepCheckpointing(pglite: PGlite): () => Promise<void> {
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (running || pglite.closed) return;
    running = checkpointIfDue(pglite)
      .then(
        () => undefined,
        (error: unknown) => log.warn({ err: error }, "Sicherungspunkt (CHECKPOINT) der eingebetteten Datenbank fehlgeschlagen"),
      )
      .finally(() => (running = null));
  }, CHECK_EVERY_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
