import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const source = path.resolve(fileURLToPath(import.meta.url), "../..");
const main = path.join(source, "main.ts");
const cli = path.join(source, "cli.ts");

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("kein Port"))));
    });
  });
}

/** Where a test server keeps its data: an embedded data directory, or a PostgreSQL database. */
export type ServerStorage = { DATA_DIR: string } | { DATABASE_URL: string };

const baseEnv = (storage: ServerStorage): NodeJS.ProcessEnv => ({
  ...process.env,
  DATA_DIR: "",
  DATABASE_URL: "",
  ...storage,
  DEMO_DATA: "false",
  HOST: "127.0.0.1",
  AUTH_SECRET: "fault-test-secret-with-at-least-32-characters",
  LOG_LEVEL: "warn",
  // As behind a reverse proxy: each sign-in below comes from an address of its own, so that the
  // sign-in rate limit (kept in the database, across restarts) does not stop the tests.
  TRUST_PROXY: "true",
});

let clientNumber = 0;

/** Runs the operator command line on the storage, like an operator would, and returns its output. */
export function runCli(storage: ServerStorage, args: string[], stdin = ""): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", cli, ...args], { input: stdin, encoding: "utf8", env: baseEnv(storage), timeout: 120_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A running server process of the platform (src/main.ts through tsx), on 127.0.0.1. */
export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process wrote, for diagnosing a failed test. */
  output(): string;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts a server and waits until /ready answers (at most `timeoutMs`). */
export async function startServer(storage: ServerStorage, options: { port?: number; timeoutMs?: number } = {}): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, ["--import", "tsx", main], { env: { ...baseEnv(storage), PORT: String(port) }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  let ended = false;
  void exited.then(() => (ended = true));
  while (Date.now() < deadline) {
    if (ended) throw new Error(`Der Server hat sich beendet, bevor er bereit war:\n${output}`);
    try {
      if ((await fetch(`${url}/ready`)).ok) return { url, child, output: () => output, exited };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill("SIGKILL");
  throw new Error(`Der Server war nach ${options.timeoutMs ?? 60_000} ms nicht bereit:\n${output}`);
}

/** Signs in over HTTP and returns the session cookie. */
export async function signInOver(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": `198.51.100.${(clientNumber++ % 250) + 1}` },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`Anmeldung fehlgeschlagen: ${response.status} ${await response.text()}`);
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
}

/** Calls a tRPC mutation over HTTP; resolves with the HTTP status and the parsed answer. */
export async function mutate(url: string, procedure: string, input: unknown, cookie: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${url}/trpc/${procedure}`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify(input),
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}

/** Calls a tRPC query over HTTP. */
export async function query(url: string, procedure: string, input: unknown, cookie = ""): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${url}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers: { cookie } });
  return { status: response.status, body: await response.json().catch(() => null) };
}
