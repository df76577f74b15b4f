import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { cpuMs } from "./measure.js";

// Every process, server and folder the benchmark creates registers how to undo it here, so that
// one `finally` (and the SIGINT handler) leaves the machine as it was, even after an error.
const cleanups: (() => Promise<void> | void)[] = [];

// Set by the first cleanup: after Ctrl-C the measuring code may still be running for a moment
// and must not start anything that nobody would stop.
let closed = false;

/** Whether cleanup has begun: nothing new may be started then. */
export const isClosing = (): boolean => closed;

/** Registers an undo step; steps run in reverse order. */
export function onCleanup(step: () => Promise<void> | void): void {
  cleanups.push(step);
}

let cleaning: Promise<void> | null = null;

/**
 * Runs every registered undo step once, newest first, reporting failures without stopping.
 * Calls while it runs (a signal during the final `finally`) wait for the same run.
 */
export function cleanUp(): Promise<void> {
  closed = true;
  cleaning ??= (async () => {
    for (let step = cleanups.pop(); step; step = cleanups.pop()) {
      try {
        await step();
      } catch (error) {
        console.error(`cleanup failed: ${(error as Error).message}`);
      }
    }
    cleaning = null;
  })();
  return cleaning;
}

/** A port that was free a moment ago on 127.0.0.1 (the OS picks it, so parallel runs do not collide). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

/** A child process whose last lines of output are kept, to explain a crash. */
export interface Child {
  process: ChildProcess;
  pid: number;
  exited: Promise<void>;
  log: () => string;
  /** SIGTERM, then SIGKILL if it has not exited after a few seconds. */
  stop: () => Promise<void>;
}

// Children write their output to a file rather than a pipe: the server logs a line per request,
// and reading thousands of lines a second would take CPU from the very server being measured.
const logDir = mkdtempSync(path.join(tmpdir(), "pk-bench-logs-"));
onCleanup(() => rmSync(logDir, { recursive: true, force: true }));
let children = 0;

function startChild(command: string, args: string[], env: NodeJS.ProcessEnv): Child {
  if (closed) throw new Error("the benchmark is stopping");
  const logFile = path.join(logDir, `child-${(children += 1)}.log`);
  const output = openSync(logFile, "a");
  const child = spawn(command, args, { env, stdio: ["ignore", output, output] });
  closeSync(output);
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const running = () => child.exitCode === null && child.signalCode === null;
  const stop = async () => {
    if (!running()) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => running() && child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };
  onCleanup(stop);
  const log = () => readFileSync(logFile, "utf8").split("\n").slice(-40).join("\n");
  return { process: child, pid: child.pid, exited, log, stop };
}

/** Polls `url` until it answers 200; resolves with the milliseconds since `since`. */
async function waitForOk(url: string, child: Child, since: number, timeoutMs: number): Promise<number> {
  let gone = false;
  void child.exited.then(() => (gone = true));
  while (performance.now() - since < timeoutMs) {
    if (gone) throw new Error(`server exited before it was ready:\n${child.log()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return performance.now() - since;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`server not ready after ${timeoutMs} ms:\n${child.log()}`);
}

/** A running server under test. */
export interface RunningServer {
  child: Child;
  origin: string;
  /** From spawn until the readiness check (or the baseline route) answered. */
  startupMs: number;
  /** CPU time the server used until then (null off Linux): the start's cost however busy the machine is. */
  startupCpuMs: number | null;
}

const benchDir = path.dirname(fileURLToPath(import.meta.url));

/** Starts the bare Hono server (baseline-server.ts) in its own process. */
export async function startBaseline(): Promise<RunningServer> {
  const port = await freePort();
  const started = performance.now();
  const child = startChild(process.execPath, ["--import", "tsx", path.join(benchDir, "baseline-server.ts"), String(port)], process.env);
  const origin = `http://127.0.0.1:${port}`;
  const startupMs = await waitForOk(`${origin}/json`, child, started, 30_000);
  return { child, origin, startupMs, startupCpuMs: cpuMs(child.pid) };
}

/** Where the real server keeps its data: an embedded data directory or a PostgreSQL database. */
export type Storage = { kind: "embedded"; dataDir: string } | { kind: "postgres"; url: string };

// Generated once per run: the PostgreSQL mode needs one, and a fixed one keeps the embedded
// data directory free of a generated secret file that would differ between runs.
const authSecret = randomBytes(32).toString("base64url");

/** The environment of a server or CLI run on `storage`; the caller's own server settings do not leak in. */
function serverEnv(storage: Storage, extraEnv: Record<string, string>, port: number | null): NodeJS.ProcessEnv {
  const inherited = { ...process.env };
  for (const name of ["DATABASE_URL", "DATA_DIR", "PORT", "HOST", "PUBLIC_URL"]) delete inherited[name];
  return {
    ...inherited,
    ...extraEnv,
    ...(port === null ? {} : { PORT: String(port), HOST: "127.0.0.1" }),
    AUTH_SECRET: authSecret,
    ...(storage.kind === "embedded" ? { DATA_DIR: storage.dataDir } : { DATABASE_URL: storage.url }),
  };
}

/**
 * Runs the compiled CLI beside `serverEntry` (dist/cli.js) on `storage`, e.g. to load a data
 * set before the first start; throws with its output when it fails.
 */
export async function runCli(serverEntry: string, storage: Storage, args: string[]): Promise<void> {
  const child = startChild(process.execPath, [path.join(path.dirname(serverEntry), "cli.js"), ...args], serverEnv(storage, {}, null));
  await child.exited;
  if (child.process.exitCode !== 0) throw new Error(`cli ${args.join(" ")} failed:\n${child.log()}`);
}

/** Node's flags in the API's `npm start` (e.g. its heap limit), so that the bench measures the server as it runs there. */
function startFlags(): string[] {
  const { scripts } = JSON.parse(readFileSync(path.join(benchDir, "../package.json"), "utf8")) as { scripts: { start: string } };
  return scripts.start.split(/\s+/).filter((word) => word.startsWith("--"));
}

/**
 * Starts `node <flags of npm start> <serverEntry>` (the compiled server, exactly as `npm start` runs it) on a free
 * port of 127.0.0.1 and waits for /ready. `extraEnv` carries the data set's settings.
 */
export async function startApiServer(options: {
  serverEntry: string;
  storage: Storage;
  extraEnv: Record<string, string>;
  cpuProfileDir: string | null;
}): Promise<RunningServer> {
  const port = await freePort();
  const env = serverEnv(options.storage, options.extraEnv, port);
  const args = [...startFlags(), ...(options.cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProfileDir}`] : []), options.serverEntry];
  const started = performance.now();
  const child = startChild(process.execPath, args, env);
  const origin = `http://127.0.0.1:${port}`;
  // The first start migrates and may load the demo, which takes a while on a loaded machine.
  const startupMs = await waitForOk(`${origin}/ready`, child, started, 600_000);
  return { child, origin, startupMs, startupCpuMs: cpuMs(child.pid) };
}
