import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkpointIfDue, MAX_WAL_SINCE_CHECKPOINT_BYTES } from "./embedded-checkpoints.js";

let pglite: PGlite;
beforeAll(async () => {
  pglite = await PGlite.create();
});
afterAll(() => pglite.close());

const walSinceCheckpoint = async (): Promise<number> =>
  Number((await pglite.query<{ behind: string }>("select pg_wal_lsn_diff(pg_current_wal_lsn(), redo_lsn)::text as behind from pg_control_checkpoint()")).rows[0]?.behind);

describe("checkpoints of the embedded database", () => {
  it("leaves a database alone while little WAL was written since the last checkpoint", async () => {
    await pglite.exec("checkpoint");
    await pglite.exec("create table note (id int primary key, text text); insert into note values (1, 'kurz')");
    expect(await checkpointIfDue(pglite)).toBe(false);
  });

  it("checkpoints once more WAL piled up than a restart after a crash should replay", async () => {
    await pglite.exec("insert into note select g, repeat('x', 200) from generate_series(2, 120000) g");
    expect(await walSinceCheckpoint()).toBeGreaterThan(MAX_WAL_SINCE_CHECKPOINT_BYTES);

    expect(await checkpointIfDue(pglite)).toBe(true);
    expect(await walSinceCheckpoint()).toBeLessThan(1024 * 1024);
    expect((await pglite.query<{ count: number }>("select count(*)::int as count from note")).rows[0]?.count).toBe(120000);
  });
});
