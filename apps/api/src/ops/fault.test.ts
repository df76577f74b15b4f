import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../db/client.js";
import { createPostgresDatabase } from "../test/databases.js";
import { mutate, query, runCli, type ServerProcess, type ServerStorage, signInOver, startServer } from "../test/server-process.js";

// Fault tests: real server processes on 127.0.0.1, killed and stopped under load. Bounded in
// time: every loop runs for a fixed span or count.

const ADMIN = { email: "betrieb@kreis.example", password: "Sichere-Schicht-2026!" };
const serverUrl = process.env.TEST_DATABASE_URL;
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function freshPostgres(serverUrlValue: string): Promise<ServerStorage> {
  const database = await createPostgresDatabase(serverUrlValue);
  cleanups.push(database.drop);
  return { DATABASE_URL: database.url };
}

function freshDataDir(): ServerStorage {
  const dir = mkdtempSync(path.join(tmpdir(), "pk-fault-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return { DATA_DIR: dir };
}

/** A storage with the schema and an administrator, as an operator sets it up. */
async function prepared(kind: "PGlite" | "PostgreSQL"): Promise<ServerStorage> {
  const storage = kind === "PGlite" ? freshDataDir() : await freshPostgres(serverUrl!);
  const created = runCli(storage, ["create-admin", "--email", ADMIN.email, "--name", "Betrieb", "--password-stdin"], `${ADMIN.password}\n`);
  if (created.status !== 0) throw new Error(created.output);
  return storage;
}

const running = new Set<ServerProcess>();
function track(server: ServerProcess): ServerProcess {
  running.add(server);
  void server.exited.then(() => running.delete(server));
  return server;
}
// A failed test must not leave its server holding the data directory for the next one.
afterEach(async () => {
  for (const server of running) {
    server.child.kill("SIGKILL");
    await server.exited;
  }
});

let serial = 0;
/** A field of action with a unique code: a small write every test can check afterwards. */
const fieldInput = () => {
  const n = ++serial;
  return { code: `fault-${process.pid}-${n}`, name: { de: `Feld ${n}`, en: `Field ${n}` }, description: "" };
};

/** Writes in parallel until stopped; returns the ids of the writes the server acknowledged. */
function writeContinuously(url: string, cookie: string, clients: number) {
  const acknowledged: string[] = [];
  const serverErrors: number[] = [];
  let running = true;
  const loops = Array.from({ length: clients }, async () => {
    while (running) {
      try {
        const { status, body } = await mutate(url, "fieldOfAction.create", fieldInput(), cookie);
        if (status === 200) acknowledged.push((body as { result: { data: { id: string } } }).result.data.id);
        else if (status >= 500) serverErrors.push(status);
      } catch {
        // the connection broke: the write was not acknowledged
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  });
  return {
    acknowledged,
    serverErrors,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

async function missing(url: string, cookie: string, ids: readonly string[]): Promise<string[]> {
  const absent: string[] = [];
  for (const id of ids) {
    const { status } = await query(url, "fieldOfAction.get", { id }, cookie);
    if (status !== 200) absent.push(id);
  }
  return absent;
}

const databases = ["PGlite", ...(serverUrl ? ["PostgreSQL" as const] : [])] as const;

describe.each(databases)("faults on %s", (kind) => {
  // One storage for the whole file: preparing it (migrations, the administrator) is the slow part.
  let storage: ServerStorage;
  beforeAll(async () => {
    storage = await prepared(kind);
  });
  const fieldCount = async (url: string, cookie: string) =>
    ((await query(url, "fieldOfAction.list", { limit: 1 }, cookie)).body as { result: { data: { total: number } } }).result.data.total;

  it("keeps every acknowledged write when the server is killed with SIGKILL and starts again at once", async () => {
    const first = track(await startServer(storage));
    const cookie = await signInOver(first.url, ADMIN.email, ADMIN.password);
    const writers = writeContinuously(first.url, cookie, 4);
    while (writers.acknowledged.length < 30) await new Promise((resolve) => setTimeout(resolve, 50));
    first.child.kill("SIGKILL");
    await first.exited;
    await writers.stop();

    // Starts at once: the lock of the killed process does not make it wait or refuse.
    const second = track(await startServer(storage));
    const again = await signInOver(second.url, ADMIN.email, ADMIN.password).catch(() => cookie);
    expect(await missing(second.url, again, writers.acknowledged)).toEqual([]);
    expect(writers.acknowledged.length).toBeGreaterThanOrEqual(30);
    second.child.kill("SIGTERM");
    expect((await second.exited).code).toBe(0);
  });

  it("answers a sustained mixed load of reads and writes without a 5xx and loses no acknowledged write", async () => {
    const server = track(await startServer(storage));
    const cookie = await signInOver(server.url, ADMIN.email, ADMIN.password);
    const writers = writeContinuously(server.url, cookie, 3);
    const readStatuses: number[] = [];
    const until = Date.now() + 4_000;
    await Promise.all(
      Array.from({ length: 6 }, async (_, client) => {
        while (Date.now() < until) {
          const read =
            client % 3 === 0
              ? await query(server.url, "offer.search", { text: "Hebamme", limit: 20 })
              : client % 3 === 1
                ? await query(server.url, "territory.list", { limit: 50 })
                : await query(server.url, "fieldOfAction.list", { limit: 50 }, cookie);
          readStatuses.push(read.status);
        }
      }),
    );
    await writers.stop();
    const absent = await missing(server.url, cookie, writers.acknowledged);
    server.child.kill("SIGTERM");
    await server.exited;
    expect(readStatuses.filter((status) => status >= 500)).toEqual([]);
    expect(readStatuses.length).toBeGreaterThan(20);
    expect(writers.serverErrors).toEqual([]);
    expect(writers.acknowledged.length).toBeGreaterThan(10);
    expect(absent).toEqual([]);
  });

  it("takes a backup under writes that restores to a consistent database", async () => {
    const server = track(await startServer(storage));
    const cookie = await signInOver(server.url, ADMIN.email, ADMIN.password);
    const writers = writeContinuously(server.url, cookie, 3);
    while (writers.acknowledged.length < 10) await new Promise((resolve) => setTimeout(resolve, 50));
    const response = await fetch(`${server.url}/api/backup`, { headers: { cookie } });
    expect(response.status).toBe(200);
    const backupDir = mkdtempSync(path.join(tmpdir(), "pk-fault-backup-"));
    cleanups.push(() => rmSync(backupDir, { recursive: true, force: true }));
    const file = path.join(backupDir, "unter-last.backup.gz");
    writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    await writers.stop();
    server.child.kill("SIGTERM");
    await server.exited;

    const target = kind === "PGlite" ? freshDataDir() : await freshPostgres(serverUrl!);
    const restored = runCli(target, ["restore", "--file", file]);
    expect(restored.output).toContain("Sicherung zurückgespielt");
    expect(restored.status).toBe(0);
    const handle = await openDatabase("DATA_DIR" in target ? { kind: "embedded", dataDir: target.DATA_DIR } : { kind: "postgres", url: target.DATABASE_URL });
    try {
      // Consistent: every restored record has its audit entry and no audit entry lacks its record.
      const fields = (await handle.db.selectFrom("field_of_action").select("id").execute()).map((row) => row.id).sort();
      const audited = (await handle.db.selectFrom("audit_event").select("record_id").where("table_name", "=", "field_of_action").where("action", "=", "create").execute())
        .map((row) => row.record_id)
        .sort();
      expect(fields.length).toBeGreaterThanOrEqual(10);
      expect(audited).toEqual(fields);
    } finally {
      await handle.close();
    }
    // A server start, writes, a backup, a stop and a restore in a second process: about a minute
    // on a CI machine that runs the other packages' browser tests at the same time.
  }, 180_000);

  it("ends every request in flight before it exits on SIGTERM", async () => {
    const server = track(await startServer(storage));
    const cookie = await signInOver(server.url, ADMIN.email, ADMIN.password);
    const before = await fieldCount(server.url, cookie);
    // A burst of writes, then SIGTERM while they are in flight: each must get its answer.
    const inFlight = Array.from({ length: 40 }, () => mutate(server.url, "fieldOfAction.create", fieldInput(), cookie).then((r) => r.status, (error: Error) => error.message));
    await new Promise((resolve) => setTimeout(resolve, 30));
    server.child.kill("SIGTERM");
    const statuses = await Promise.all(inFlight);
    const exit = await server.exited;
    const answered = statuses.filter((status) => status === 200);
    // Requests that reached the server before it stopped listening are answered in full; any
    // that arrived later are refused at the door (connection refused), never cut off midway.
    expect(statuses.filter((status) => typeof status === "string" && !/ECONNREFUSED|fetch failed/.test(status))).toEqual([]);
    expect(statuses.filter((status) => typeof status === "number" && status !== 200)).toEqual([]);
    expect(answered.length).toBeGreaterThan(0);
    expect(exit.code).toBe(0);

    const restarted = track(await startServer(storage));
    const again = await signInOver(restarted.url, ADMIN.email, ADMIN.password);
    expect(await fieldCount(restarted.url, again)).toBe(before + answered.length);
    restarted.child.kill("SIGTERM");
    await restarted.exited;
  });
});

describe.runIf(serverUrl)("two server processes on one PostgreSQL", () => {
  it("serve the same data, sessions, rate limits and fresh cached answers", async () => {
    const storage = await prepared("PostgreSQL");
    const [a, b] = [track(await startServer(storage)), track(await startServer(storage))];
    // Signed in on one, recognised by the other.
    const cookie = await signInOver(a.url, ADMIN.email, ADMIN.password);
    const created = await mutate(b.url, "territory.create", { name: "Kreis Coesfeld", kind: "county", code: "05558", parentId: null, validFrom: "1975-01-01", validTo: null, population: null }, cookie);
    expect(created.status).toBe(200);
    // An anonymous read on A, cached there, then a change through B: A answers fresh.
    const names = async () => ((await query(a.url, "territory.list", { kind: "county" })).body as { result: { data: { items: { name: string }[] } } }).result.data.items.map((t) => t.name);
    expect(await names()).toEqual(["Kreis Coesfeld"]);
    expect(await names()).toEqual(["Kreis Coesfeld"]);
    expect((await mutate(b.url, "territory.create", { name: "Kreis Unna", kind: "county", code: "05978", parentId: null, validFrom: "1975-01-01", validTo: null, population: null }, cookie)).status).toBe(200);
    let seen: string[] = [];
    for (let attempt = 0; attempt < 50 && seen.length < 2; attempt++) {
      seen = await names();
      if (seen.length < 2) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(seen).toEqual(["Kreis Coesfeld", "Kreis Unna"]);
    // Sign-ins from one address count together (five a minute): the sixth is refused, though
    // neither process saw more than three.
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      const response = await fetch(`${(attempt % 2 === 0 ? a : b).url}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.7" },
        body: JSON.stringify({ email: "niemand@kreis.example", password: "falsches-Passwort-1" }),
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });
});

