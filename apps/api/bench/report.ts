import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import type { LoadResult } from "./measure.js";

/** The measurements on one database (embedded or PostgreSQL). */
export interface DatabaseRun {
  db: "pglite" | "postgres";
  description: string;
  /** Loading the data set before the first start (null when the server loads it itself, as the demo). */
  loadMs: number | null;
  /** First start: migrations, plus loading the data set when the server does that itself. */
  firstStartMs: number;
  /** Start on the data the first start left behind: what an operator waits for after a restart. */
  restartMs: number | null;
  /** CPU time of the two starts (see measure.ts cpuMs); absent in reports written before it was measured. */
  firstStartCpuMs?: number | null;
  restartCpuMs?: number | null;
  memoryMiB: { atRest: number | null; peakUnderLoad: number | null; afterLoad: number | null };
  /** `serverExited`: the server died during this route (e.g. out of memory); later routes were not run. */
  routes: (LoadResult & { route: string; ratioToBaseline: number; peakMemoryMiB: number | null; serverExited: boolean })[];
}

/** Everything one `npm run bench` measured, as written to bench/results/<timestamp>.json. */
export interface BenchReport {
  startedAt: string;
  machine: { node: string; cpus: number; cpuModel: string; loadAverageAtStart: number[]; loadAverageAtEnd?: number[] };
  settings: { seconds: number; connections: number; seed: string; serverEntry: string; bypassCache: boolean };
  baseline: LoadResult & { route: string };
  /** What the stack alone manages for answers like ours (see baseline-server.ts), against the bare route. */
  references: (LoadResult & { route: string; ratioToBaseline: number })[];
  runs: DatabaseRun[];
  skipped: string[];
}

/** Facts about the machine that explain differing numbers between runs. */
export function machineFacts(): BenchReport["machine"] {
  return {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "unknown",
    loadAverageAtStart: loadAverage(),
  };
}

/** The 1, 5 and 15 minute load averages: wall times mean little when they exceed the number of CPUs. */
export function loadAverage(): number[] {
  return loadavg().map((value) => Math.round(value * 100) / 100);
}

/** Writes the report as JSON into `dir`, named by its start time; returns the file's path. */
export function writeReport(dir: string, report: BenchReport): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${report.startedAt.replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}

const cell = (value: number | null, unit = ""): string => (value === null || Number.isNaN(value) ? "–" : `${value}${unit}`);

/** The report as Markdown tables: routes first, then memory and start-up per database. */
export function formatReport(report: BenchReport): string {
  const { baseline } = report;
  const row = (route: string, db: string, result: LoadResult, ratio: string) =>
    `| ${route} | ${db} | ${result.requestsPerSecond} | ${result.latencyMs.p50} ms | ${result.latencyMs.p95} ms | ${result.latencyMs.p99} ms | ${result.non2xx + result.errors} | ${ratio} | ${cell(result.rampMs, " ms")} |`;
  const rows = [
    "| route | db | req/s | p50 | p95 | p99 | non-2xx | ratio to bare Hono | all connections served after |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    row(baseline.route, "–", baseline, "1"),
    ...report.references.map((reference) => row(reference.route, "–", reference, reference.ratioToBaseline.toFixed(4))),
    ...report.runs.flatMap((run) =>
      run.routes.map((route) => row(`${route.route}${route.serverExited ? " (server exited under load)" : ""}`, run.db, route, route.ratioToBaseline.toFixed(4))),
    ),
  ];

  const ms = (value: number | null | undefined): string => cell(value === null || value === undefined ? null : Math.round(value), " ms");
  const memory = [
    "| db | data set loaded in | first start | restart | CPU first start | CPU restart | RSS at rest | RSS peak under load | RSS after load |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...report.runs.map(
      (run) =>
        `| ${run.db} (${run.description}) | ${ms(run.loadMs)} | ${ms(run.firstStartMs)} | ${ms(run.restartMs)} | ${ms(run.firstStartCpuMs)} | ${ms(run.restartCpuMs)} | ${cell(run.memoryMiB.atRest, " MiB")} | ${cell(run.memoryMiB.peakUnderLoad, " MiB")} | ${cell(run.memoryMiB.afterLoad, " MiB")} |`,
    ),
  ];
  const { settings, machine } = report;
  return [
    `Benchmark ${report.startedAt}: ${settings.connections} connections, ${settings.seconds} s per route, data set "${settings.seed}", ` +
      `${settings.bypassCache ? "answer cache bypassed (a unique address per request), " : ""}` +
      `Node ${machine.node}, ${machine.cpus} × ${machine.cpuModel}, load average at start ${machine.loadAverageAtStart.join(" / ")}` +
      `${machine.loadAverageAtEnd ? `, at end ${machine.loadAverageAtEnd.join(" / ")}` : ""}`,
    "",
    ...rows,
    "",
    "req/s and latencies are taken once every connection has had its first answer (steady state); the last column is how long that",
    "took. Under full load a Node server accepts new connections slowly, so this is also how long a newcomer waits.",
    "",
    ...memory,
    ...(report.skipped.length > 0 ? ["", ...report.skipped.map((reason) => `Skipped: ${reason}`)] : []),
  ].join("\n");
}
