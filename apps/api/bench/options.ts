import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const appDir = path.resolve(fileURLToPath(import.meta.url), "../..");

// The benchmark's own settings, read in one place like the server's env.ts; everything has a
// default so that `npm run bench` needs no configuration.
const BenchEnvSchema = z.object({
  /** Seconds of load per route. */
  BENCH_SECONDS: z.coerce.number().int().min(1).max(600).default(10),
  BENCH_CONNECTIONS: z.coerce.number().int().min(1).max(1000).default(50),
  /** Which data set the server starts with: the demo, or the state-scale set (slow to load); see datasets.ts. */
  BENCH_SEED: z.enum(["demo", "state"]).default("demo"),
  /**
   * A PostgreSQL database to measure against instead of starting a throwaway server; it is used
   * as it is, so with BENCH_SEED=state it must hold the state-scale set already.
   */
  BENCH_DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//).optional(),
  /** Skip PostgreSQL even when it is installed (quicker runs while working on the embedded path). */
  BENCH_SKIP_POSTGRES: z.enum(["1", "true"]).optional(),
  /** Which databases to measure: both (default), only the embedded one, or only PostgreSQL. */
  BENCH_DB: z.enum(["both", "pglite", "postgres"]).default("both"),
  /**
   * An embedded data directory that already holds the data set (e.g. from `cli seed --scale state`),
   * used as it is instead of loading the data set into a fresh one: the state-scale set takes
   * half an hour to load. BENCH_DATABASE_URL is likewise used as it is when it holds data.
   */
  BENCH_DATA_DIR: z.string().min(1).optional(),
  /** Only these routes (comma-separated names as in the table), e.g. "territory.list". */
  BENCH_ONLY: z.string().optional(),
  /** Another server build to measure, e.g. a checkout of the previous commit (compare before/after). */
  BENCH_SERVER: z.string().optional(),
  /**
   * Make every request's address unique (a parameter the API ignores), so that no anonymous answer
   * comes from the in-process answer cache: each request takes the full path through the search or
   * report and is stored as a real miss would be. (A session cookie would bypass the cache too, but
   * adds a session lookup that anonymous families never pay.)
   */
  BENCH_BYPASS_CACHE: z.enum(["1", "true"]).optional(),
  /** Write a V8 CPU profile of each server run into the results folder (node --cpu-prof). */
  BENCH_CPU_PROF: z.enum(["1", "true"]).optional(),
});

export interface BenchOptions {
  seconds: number;
  connections: number;
  seed: "demo" | "state";
  databaseUrl: string | null;
  skipPostgres: boolean;
  skipEmbedded: boolean;
  /** A prepared embedded data directory (see BENCH_DATA_DIR), or null for a fresh one. */
  dataDir: string | null;
  only: string[] | null;
  /** The compiled server's entry point. */
  serverEntry: string;
  cpuProfile: boolean;
  /** Whether each request gets a unique address (BENCH_BYPASS_CACHE), so that none is answered from the cache. */
  bypassCache: boolean;
  resultsDir: string;
}

/** Reads the BENCH_* variables; throws a readable message for invalid ones. */
export function readBenchOptions(source: NodeJS.ProcessEnv = process.env): BenchOptions {
  const parsed = BenchEnvSchema.safeParse(Object.fromEntries(Object.entries(source).filter(([, value]) => value !== "")));
  if (!parsed.success) {
    throw new Error(`Invalid benchmark settings:\n${parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`);
  }
  const env = parsed.data;
  return {
    seconds: env.BENCH_SECONDS,
    connections: env.BENCH_CONNECTIONS,
    seed: env.BENCH_SEED,
    databaseUrl: env.BENCH_DATABASE_URL ?? null,
    skipPostgres: env.BENCH_SKIP_POSTGRES !== undefined || env.BENCH_DB === "pglite",
    skipEmbedded: env.BENCH_DB === "postgres",
    dataDir: env.BENCH_DATA_DIR ? path.resolve(env.BENCH_DATA_DIR) : null,
    only: env.BENCH_ONLY ? env.BENCH_ONLY.split(",").map((name) => name.trim()) : null,
    serverEntry: path.resolve(env.BENCH_SERVER ?? path.join(appDir, "dist/main.js")),
    cpuProfile: env.BENCH_CPU_PROF !== undefined,
    bypassCache: env.BENCH_BYPASS_CACHE !== undefined,
    resultsDir: path.join(appDir, "bench/results"),
  };
}
