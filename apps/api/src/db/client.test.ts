import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { sql } from "kysely";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createPostgresDatabase } from "../test/databases.js";
import { openDatabase } from "./client.js";
import { migrateToLatest } from "./migrate.js";

const run = promisify(execFile);
const holder = path.resolve(fileURLToPath(import.meta.url), "../../test/hold-data-dir.ts");
const dataDir = mkdtempSync(path.join(tmpdir(), "pk-data-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function openInOtherProcess(dir: string): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(process.execPath, ["--import", "tsx", holder, dir], { timeout: 50_000 });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

describe("the embedded database", () => {
  it("keeps data in its directory across restarts", async () => {
    const first = await openDatabase({ kind: "embedded", dataDir });
    await migrateToLatest(first.db);
    await sql`insert into field_of_action (data, code) values (${JSON.stringify({ code: "sport" })}::jsonb, 'sport')`.execute(first.db);
    await first.close();

    const second = await openDatabase({ kind: "embedded", dataDir });
    const rows = await second.db.selectFrom("field_of_action").select("data").execute();
    await second.close();
    expect(rows).toEqual([{ data: { code: "sport" } }]);
  });

  it("refuses a second process on the same directory with a clear message, and lets it in once the first is gone", async () => {
    const owner = await openDatabase({ kind: "embedded", dataDir });
    const refused = await openInOtherProcess(dataDir);
    expect(refused.code).toBe(3);
    expect(refused.stdout).toContain("wird bereits von einem anderen Prozess verwendet");
    await owner.close();

    const admitted = await openInOtherProcess(dataDir);
    expect(admitted).toEqual({ code: 0, stdout: "opened\n" });
  });
});

const serverUrl = process.env.TEST_DATABASE_URL;

describe.runIf(serverUrl)("a PostgreSQL server", () => {
  it("may end an idle connection (a restart, an administrator): the process lives on and the next query connects anew", async () => {
    const database = await createPostgresDatabase(serverUrl!);
    const handle = await openDatabase({ kind: "postgres", url: database.url });
    const backend = async () => (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(handle.db)).rows[0]!.pid;
    try {
      const before = await backend();
      // Ended from outside, as an administrator or a restarting server would; an unheard pool error would fail this test file.
      const administrator = new pg.Client({ connectionString: database.url });
      await administrator.connect();
      await administrator.query("select pg_terminate_backend($1)", [before]);
      await administrator.end();
      // The pool hears of it asynchronously.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await backend()).not.toBe(before);
    } finally {
      await handle.close();
      await database.drop();
    }
  });
});
