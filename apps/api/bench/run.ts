// `npm run bench`: how fast the compiled server answers its most used read routes, on the
// embedded database and on PostgreSQL, compared with a bare Hono route on the same machine.
// Settings: see options.ts; results: bench/results/<timestamp>.json and a table on stdout.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Dataset, datasetFor } from "./datasets.js";
import { load, residentMiB, sampleMemory, warmUp } from "./measure.js";
import { type BenchOptions, readBenchOptions } from "./options.js";
import { providePostgres } from "./postgres.js";
import { type BenchReport, type DatabaseRun, formatReport, loadAverage, machineFacts, writeReport } from "./report.js";
import { checkRoutes, discoverRoutes } from "./routes.js";
import { cleanUp, onCleanup, type RunningServer, startApiServer, startBaseline, type Storage } from "./servers.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// A short unrecorded run before each measurement, so that JIT compilation and the database's
// caches are warm. It is counted in requests, not seconds: a run stopped by the clock leaves up
// to `connections` requests in the server that it would still be working off while the next
// measurement starts, which on a slow route (50 × 40 ms) spoils its first seconds.
const warmUpAmount = (options: BenchOptions) => ({ connections: options.connections, amount: options.connections * 2, uniquePaths: options.bypassCache });

// The reference route's requests: varied inputs, as the searches have.
const searchSizedPaths = Array.from({ length: 20 }, (_, n) => `/trpc/searchSized?input=${encodeURIComponent(JSON.stringify({ text: `Wort ${n}` }))}`);

async function measureBaseline(options: BenchOptions): Promise<Pick<BenchReport, "baseline" | "references">> {
  const baseline = await startBaseline();
  const settings = { connections: options.connections, seconds: options.seconds };
  await warmUp(baseline.origin, ["/json"], warmUpAmount(options));
  const bare = await load(baseline.origin, ["/json"], settings);
  await warmUp(baseline.origin, searchSizedPaths, warmUpAmount(options));
  const searchSized = await load(baseline.origin, searchSizedPaths, settings);
  await baseline.child.stop();
  return {
    baseline: { route: "bare Hono JSON route", ...bare },
    references: [{ route: "bare tRPC query, fixed search-sized answer (19 KB)", ...searchSized, ratioToBaseline: searchSized.requestsPerSecond / bare.requestsPerSecond }],
  };
}

/** Runs `work`; if it fails because the server died, says so with the server's last output. */
async function explainExit<T>(server: RunningServer, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    await Promise.race([server.child.exited, sleep(500)]);
    if (server.child.process.exitCode === null && server.child.process.signalCode === null) throw error;
    throw new Error(`${(error as Error).message}: the server exited (${server.child.process.exitCode ?? server.child.process.signalCode}); its last output:\n${server.child.log()}`, { cause: error });
  }
}

async function measureDatabase(
  options: BenchOptions,
  dataset: Dataset,
  target: { db: DatabaseRun["db"]; description: string; storage: Storage; prepared: boolean },
  baselineRps: number,
  profileDir: string | null,
): Promise<DatabaseRun> {
  const start = () =>
    startApiServer({ serverEntry: options.serverEntry, storage: target.storage, extraEnv: dataset.env, cpuProfileDir: profileDir });
  let loadMs: number | null = null;
  if (dataset.prepare && !target.prepared) {
    console.info(`[${target.db}] loading the ${dataset.name} data set …`);
    const started = performance.now();
    await dataset.prepare(options.serverEntry, target.storage);
    loadMs = performance.now() - started;
  }
  console.info(`[${target.db}] starting the server on ${dataset.prepare || target.prepared ? "the loaded data" : `an empty ${target.storage.kind === "embedded" ? "data directory" : "database"}`} …`);
  const server = await start();
  const pid = server.child.pid;
  await sleep(1_000);
  const atRest = residentMiB(pid);

  const routes = await explainExit(server, async () => {
    const all = (await discoverRoutes(server.origin)).filter((route) => !options.only || options.only.includes(route.name));
    await checkRoutes(server.origin, all);
    return all;
  });
  const overall = sampleMemory(pid);
  const measured: DatabaseRun["routes"] = [];
  for (const route of routes) {
    console.info(`[${target.db}] ${route.name} (${route.paths.length} distinct requests) …`);
    await warmUp(server.origin, route.paths, warmUpAmount(options));
    const memory = sampleMemory(pid);
    const result = await load(server.origin, route.paths, { connections: options.connections, seconds: options.seconds, uniquePaths: options.bypassCache });
    const exited = server.child.process.exitCode !== null || server.child.process.signalCode !== null;
    measured.push({
      route: route.name,
      ...result,
      ratioToBaseline: result.requestsPerSecond / baselineRps,
      peakMemoryMiB: memory.stop(),
      serverExited: exited,
    });
    if (exited) {
      // The numbers of this route are only connection errors; the routes after it cannot run.
      console.error(`[${target.db}] the server exited under load on ${route.name}; its last output:\n${server.child.log()}`);
      break;
    }
  }
  const peakUnderLoad = overall.stop();
  const afterLoad = residentMiB(pid);
  await server.child.stop();

  console.info(`[${target.db}] restarting on the same data …`);
  const restarted = await start();
  await restarted.child.stop();

  return {
    db: target.db,
    description: target.description,
    loadMs,
    firstStartMs: server.startupMs,
    restartMs: restarted.startupMs,
    firstStartCpuMs: server.startupCpuMs,
    restartCpuMs: restarted.startupCpuMs,
    memoryMiB: { atRest, peakUnderLoad, afterLoad },
    routes: measured,
  };
}

async function main(): Promise<void> {
  const options = readBenchOptions();
  const dataset = datasetFor(options.seed);
  if (!existsSync(options.serverEntry)) throw new Error(`No server build at ${options.serverEntry}: run "npm run build" first.`);
  const startedAt = new Date().toISOString();
  const profileDir = options.cpuProfile ? path.join(options.resultsDir, `${startedAt.replace(/[:.]/g, "-")}-profiles`) : null;
  if (profileDir) mkdirSync(profileDir, { recursive: true });

  const report: BenchReport = {
    startedAt,
    machine: machineFacts(),
    settings: {
      seconds: options.seconds,
      connections: options.connections,
      seed: dataset.name,
      serverEntry: options.serverEntry,
      bypassCache: options.bypassCache,
    },
    ...(await measureBaseline(options)),
    runs: [],
    skipped: [],
  };
  console.info(`[baseline] ${report.baseline.requestsPerSecond} req/s`);
  const baselineRps = report.baseline.requestsPerSecond;

  if (options.skipEmbedded) {
    report.skipped.push("PGlite (BENCH_DB=postgres)");
  } else {
    const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), "pk-bench-data-"));
    if (!options.dataDir) onCleanup(() => rmSync(dataDir, { recursive: true, force: true }));
    const description = options.dataDir ? `embedded, BENCH_DATA_DIR` : "embedded";
    const embedded = { db: "pglite" as const, description, storage: { kind: "embedded" as const, dataDir }, prepared: options.dataDir !== null };
    report.runs.push(await measureDatabase(options, dataset, embedded, baselineRps, profileDir));
  }

  const postgres = options.skipPostgres ? null : await providePostgres(options.databaseUrl);
  if (postgres) {
    const storage = { kind: "postgres" as const, url: postgres.url };
    const target = { db: "postgres" as const, description: postgres.description, storage, prepared: options.databaseUrl !== null };
    report.runs.push(await measureDatabase(options, dataset, target, baselineRps, profileDir));
  } else {
    report.skipped.push(
      options.skipPostgres
        ? "PostgreSQL (BENCH_SKIP_POSTGRES or BENCH_DB=pglite)"
        : "PostgreSQL: neither BENCH_DATABASE_URL is set nor Debian's PostgreSQL installed (apt-get install postgresql)",
    );
  }

  report.machine.loadAverageAtEnd = loadAverage();
  const file = writeReport(options.resultsDir, report);
  console.info(`\n${formatReport(report)}\n\nResults: ${path.relative(process.cwd(), file)}`);
  if (profileDir) console.info(`CPU profiles: ${path.relative(process.cwd(), profileDir)}`);
}

// Ctrl-C must not leave servers, PostgreSQL or temporary data behind. The signal often comes
// twice (to the whole process group and relayed by tsx), so later ones must not end the process
// in the middle of cleaning up, as the default action would.
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping every server the benchmark started …`);
    void cleanUp().finally(() => process.exit(130));
  });
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
