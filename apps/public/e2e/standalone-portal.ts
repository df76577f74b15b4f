import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "@praeventionskette/browser";

const standalone = path.resolve(fileURLToPath(import.meta.url), "../../dist/server/standalone.js");

/**
 * Starts the built portal as its own process against `apiUrl` (as a town hosting only the
 * portal runs it) and waits until it answers; `stop` ends it.
 */
export async function startStandalonePortal(apiUrl: string, env: Record<string, string> = {}): Promise<{ origin: string; stop: () => void }> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [standalone], { env: { ...process.env, ...env, PORTAL_API_URL: apiUrl, PORT: String(port) }, stdio: "ignore" });
  const stop = () => void child.kill("SIGTERM");
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await fetch(`${origin}/`).then((response) => response.ok, () => false)) return { origin, stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error("Das eigenständige Portal ist nicht gestartet.");
}
