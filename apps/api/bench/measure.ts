import { readFileSync } from "node:fs";
import autocannon from "autocannon";

/** What one route achieved under load. */
export interface LoadResult {
  /** Responses per second in the steady state (all connections open and busy). */
  requestsPerSecond: number;
  /** Milliseconds, over every steady-state response (autocannon's own table has no p95). */
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  /**
   * Milliseconds until every connection had its first answer. A Node server whose event loop
   * is saturated accepts new connections only one per loop turn, so under full load a newcomer
   * waits this long; it is kept out of the latencies above, which would otherwise mostly
   * measure the ramp. Null when not all connections got an answer within the time allowed.
   */
  rampMs: number | null;
  responses: number;
  non2xx: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** Length of the steady state that was measured. */
  seconds: number;
}

function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] as number;
}

const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits;

// How long the ramp may take before the run measures whatever it has.
const MAX_RAMP_SECONDS = 60;

// Counts requests over the whole run, so that a unique address (BENCH_BYPASS_CACHE) is never repeated.
let sent = 0;
const unique = (path: string): string => `${path}${path.includes("?") ? "&" : "?"}bench=${(sent += 1)}`;

// Every browser says it takes gzip; the API then sends cached answers compressed (the bare Hono
// route's tiny answer goes out as it is either way).
const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br" };

function cannon(origin: string, paths: string[], { uniquePaths, ...options }: Omit<autocannon.Options, "url"> & { uniquePaths?: boolean }) {
  let next = 0;
  let finished: (result: autocannon.Result) => void = () => {};
  let failed: (error: Error) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => ((finished = resolve), (failed = reject)));
  const instance = autocannon(
    { ...options, url: origin, headers: BROWSER_HEADERS, requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: uniquePaths ? unique(paths[next++ % paths.length]!) : paths[next++ % paths.length] }) }] },
    (error, result) => (error ? failed(error) : finished(result)),
  );
  return { instance, done };
}

// Warm-up lasts at least this long (the offer index loads in 3.5–5.2 s at state scale, and SQL
// answers searches meanwhile at a similar pace round after round), and at most the longer one.
const MIN_WARM_UP_MS = 6_000;
const MAX_WARM_UP_MS = 60_000;

/**
 * Sends rounds of `amount` requests over `connections` connections for a few seconds and then
 * until a round is no longer clearly faster than the one before: the JIT has compiled the hot
 * paths and the server's own structures are built. Measuring earlier would measure the start.
 */
export async function warmUp(
  origin: string,
  paths: string[],
  options: { connections: number; amount: number; uniquePaths?: boolean },
): Promise<void> {
  const started = performance.now();
  let previousMs = Number.POSITIVE_INFINITY;
  while (performance.now() - started < MAX_WARM_UP_MS) {
    const roundStarted = performance.now();
    await cannon(origin, paths, options).done;
    const roundMs = performance.now() - roundStarted;
    if (performance.now() - started >= MIN_WARM_UP_MS && roundMs > previousMs * 0.8) return;
    previousMs = roundMs;
  }
}

/**
 * Loads `origin` with `connections` keep-alive connections, each request taking the next of
 * `paths` in turn (autocannon's setupRequest) so that inputs vary, until `seconds` of steady
 * state were measured after the ramp (see LoadResult.rampMs).
 */
export async function load(
  origin: string,
  paths: string[],
  options: { connections: number; seconds: number; uniquePaths?: boolean },
): Promise<LoadResult> {
  // A connection still waiting to be accepted must not time out (autocannon's default is 10 s)
  // and start waiting all over again on a new connection.
  const { instance, done } = cannon(origin, paths, {
    connections: options.connections,
    uniquePaths: options.uniquePaths ?? false,
    duration: options.seconds + MAX_RAMP_SECONDS,
    timeout: MAX_RAMP_SECONDS,
  });
  const started = performance.now();
  const answered = new Set<unknown>();
  let steadySince: number | null = null;
  const latencies: number[] = [];
  const all: number[] = [];
  let non2xx = 0;
  instance.on("response", (client, status, _bytes, responseTime) => {
    const now = performance.now();
    all.push(responseTime);
    if (steadySince === null) {
      answered.add(client);
      if (answered.size === options.connections) steadySince = now;
      return;
    }
    latencies.push(responseTime);
    if (status < 200 || status > 299) non2xx += 1;
    if (now - steadySince >= options.seconds * 1000) instance.stop();
  });
  const result = await done;
  const steady = steadySince !== null;
  const measured = steady ? latencies : all;
  const seconds = steady ? (performance.now() - (steadySince ?? started)) / 1000 : result.duration;
  const sorted = Float64Array.from(measured).sort();
  return {
    requestsPerSecond: round(measured.length / seconds),
    latencyMs: { p50: round(percentile(sorted, 0.5)), p95: round(percentile(sorted, 0.95)), p99: round(percentile(sorted, 0.99)), max: round(sorted.at(-1) ?? Number.NaN) },
    rampMs: steadySince === null ? null : Math.round(steadySince - started),
    responses: measured.length,
    non2xx: steady ? non2xx : result.non2xx,
    errors: result.errors + result.timeouts,
    seconds: round(seconds, 2),
  };
}

/** Resident memory of a process in MiB, from /proc/<pid>/status (VmRSS); null off Linux or once it exited. */
export function residentMiB(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

// Linux counts a process's CPU time in clock ticks of 1/100 s (USER_HZ, the same on every architecture it runs Node on).
const TICKS_PER_SECOND = 100;

/**
 * CPU time (user and system) a process has used so far in milliseconds, from /proc/<pid>/stat;
 * null off Linux or once it exited. Unlike wall time it hardly depends on what else the machine
 * is doing, so start-ups measured on a busy machine stay comparable.
 */
export function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** Samples a process's resident memory every `intervalMs` until stopped; resolves to the peak seen. */
export function sampleMemory(pid: number, intervalMs = 200): { stop: () => number | null } {
  let peak: number | null = residentMiB(pid);
  const timer = setInterval(() => {
    const now = residentMiB(pid);
    if (now !== null && (peak === null || now > peak)) peak = now;
  }, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
