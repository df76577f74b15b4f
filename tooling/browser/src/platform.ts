import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repository = path.resolve(fileURLToPath(import.meta.url), "../../../..");
const apiDist = path.join(repository, "apps/api/dist");

/** A running platform server with demo data, for one test file. */
export interface Platform {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  stop(): Promise<void>;
  /** What the server wrote, for diagnosing a failure. */
  output(): string;
}

/** A TCP port on 127.0.0.1 that nothing listens on right now, for a server a test starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("kein freier Port"))));
    });
  });
}

const serverEnv = (dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  DATABASE_URL: "",
  DATA_DIR: dataDir,
  HOST: "127.0.0.1",
  AUTH_SECRET: "browser-test-secret-with-at-least-32-characters",
  LOG_LEVEL: "warn",
  DEMO_DATA: "false",
  // Each browser context signs in from an address of its own (X-Forwarded-For), so the sign-in
  // rate limit does not stop a test file that signs in many times.
  TRUST_PROXY: "true",
  ...extra,
});

const TEMPLATE_VARIABLE = "PRAEVENTIONSKETTE_BROWSER_TEMPLATE";

/**
 * Seeds the demo data once into a template data directory (about 20 s) that each test file
 * copies (well under a second). Call it from vitest's globalSetup; remove the result afterwards.
 */
export function prepareDemoTemplate(): string {
  if (!existsSync(path.join(apiDist, "cli.js"))) throw new Error("apps/api ist nicht gebaut: npm run build");
  const template = mkdtempSync(path.join(tmpdir(), "praeventionskette-browser-template-"));
  execFileSync(process.execPath, [path.join(apiDist, "cli.js"), "seed", "--scale", "demo"], { env: serverEnv(template), stdio: "pipe", timeout: 180_000 });
  process.env[TEMPLATE_VARIABLE] = template;
  return template;
}

/**
 * Starts the built server (apps/api/dist) on a fresh copy of the demo data with the built apps,
 * and waits until it is ready. Stop it in `afterAll`.
 */
export async function startPlatform(options: { env?: Record<string, string> } = {}): Promise<Platform> {
  if (!existsSync(path.join(apiDist, "main.js"))) throw new Error("apps/api ist nicht gebaut: npm run build");
  const dataDir = mkdtempSync(path.join(tmpdir(), "praeventionskette-browser-"));
  const template = process.env[TEMPLATE_VARIABLE];
  if (!template) throw new Error("Keine Demo-Vorlage: prepareDemoTemplate() in vitests globalSetup aufrufen.");
  cpSync(template, dataDir, { recursive: true });
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.join(apiDist, "main.js")], { env: { ...serverEnv(dataDir, options.env), PORT: String(port) }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Der Server hat sich beendet:\n${output}`);
    try {
      if ((await fetch(`${url}/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`Der Server wurde nicht bereit:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
