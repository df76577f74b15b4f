import { execFile } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { freePort, isClosing, onCleanup } from "./servers.js";

const run = promisify(execFile);

/** Debian's newest installed PostgreSQL binaries, if any. */
function postgresBinaries(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((version) => existsSync(path.join(root, version, "bin/initdb")))
    .sort((a, b) => Number(a) - Number(b));
  const newest = versions.at(-1);
  return newest ? path.join(root, newest, "bin") : null;
}

/**
 * A PostgreSQL to measure against: BENCH_DATABASE_URL when given (used as it is; the server
 * seeds it only when it is empty), else a throwaway server started the way .ci/run does
 * (initdb as user postgres when we are root, 127.0.0.1 on a free port, durability off, since
 * only reads are measured) and stopped again at cleanup. Null when neither is available.
 */
export async function providePostgres(configuredUrl: string | null): Promise<{ url: string; description: string } | null> {
  if (configuredUrl) return { url: configuredUrl, description: "BENCH_DATABASE_URL" };
  const bin = postgresBinaries();
  if (!bin) return null;

  const asRoot = userInfo().uid === 0;
  // PostgreSQL refuses to run as root, so initdb and the server run as user postgres.
  const asOwner = (command: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", command, ...args]) : run(command, args);
  const dir = mkdtempSync(path.join(tmpdir(), "pk-bench-pg-"));
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  if (asRoot) chownSync(dir, Number((await run("id", ["-u", "postgres"])).stdout.trim()), Number((await run("id", ["-g", "postgres"])).stdout.trim()));

  const dataDir = path.join(dir, "data");
  const port = await freePort();
  await asOwner(path.join(bin, "initdb"), ["-D", dataDir, "-U", "postgres", "-A", "trust", "--locale=C.UTF-8", "-E", "UTF8"]);
  const settings = `-h 127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  // Registered before the start, so that Ctrl-C during it still stops the server.
  onCleanup(async () => {
    await asOwner(path.join(bin, "pg_ctl"), ["-D", dataDir, "-m", "immediate", "stop"]).catch(() => {});
  });
  if (isClosing()) throw new Error("the benchmark is stopping");
  await asOwner(path.join(bin, "pg_ctl"), ["-D", dataDir, "-l", path.join(dir, "server.log"), "-w", "-o", settings, "start"]);
  const version = path.basename(path.dirname(bin));
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, description: `throwaway PostgreSQL ${version}` };
}
