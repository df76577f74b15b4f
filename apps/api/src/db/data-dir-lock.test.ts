import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { lockDataDir } from "./data-dir-lock.js";

const lockModule = fileURLToPath(new URL("./data-dir-lock.ts", import.meta.url));
const scratch = mkdtempSync(path.join(tmpdir(), "pk-lock-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// A second server in miniature: loads the lock module, says "ready", takes the lock when told
// "go" on stdin (so several start within the same millisecond) and then holds it until killed.
const holderScript = `
const [modulePath, dir] = process.argv.slice(1);
const { lockDataDir } = await import(modulePath);
process.stdout.write("ready\\n");
process.stdin.once("data", async () => {
  try {
    await lockDataDir(dir);
    process.stdout.write("locked\\n");
  } catch (error) {
    process.stdout.write("refused: " + error.message + "\\n");
  }
});
setInterval(() => {}, 60_000);
`;

interface Holder {
  child: ChildProcessWithoutNullStreams;
  /** Resolves with the first line after "ready": "locked" or "refused: …". */
  outcome: Promise<string>;
}

const children: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});

async function startHolder(dir: string): Promise<Holder> {
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", holderScript, lockModule, dir]);
  children.push(child);
  const lines: string[] = [];
  let notify: () => void = () => {};
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    lines.push(...chunk.split("\n").filter(Boolean));
    notify();
  });
  const line = (index: number) =>
    new Promise<string>((resolve, reject) => {
      const check = () => (lines[index] === undefined ? undefined : resolve(lines[index]));
      notify = check;
      child.once("exit", (code) => reject(new Error(`holder exited with ${code} before line ${index}`)));
      check();
    });
  expect(await line(0)).toBe("ready");
  return { child, outcome: line(1) };
}

async function lockInChild(dir: string): Promise<Holder> {
  const holder = await startHolder(dir);
  holder.child.stdin.write("go\n");
  expect(await holder.outcome).toBe("locked");
  return holder;
}

async function kill(child: ChildProcessWithoutNullStreams, signal: NodeJS.Signals): Promise<void> {
  const exited = once(child, "exit");
  child.kill(signal);
  await exited;
}

describe("the data directory lock", () => {
  it("is taken over at once when its holder was killed with SIGKILL", async () => {
    const dir = path.join(scratch, "killed");
    const holder = await lockInChild(dir);
    await kill(holder.child, "SIGKILL");

    const started = performance.now();
    const release = await lockDataDir(dir);
    const elapsed = performance.now() - started;
    await release();
    // The old lock went stale only after 10 s.
    expect(elapsed).toBeLessThan(1_000);
  });

  it("refuses a second process while the holder runs, and lets it in once the holder is gone", async () => {
    const dir = path.join(scratch, "live");
    const holder = await lockInChild(dir);
    await expect(lockDataDir(dir)).rejects.toThrow(/wird bereits von einem anderen Prozess verwendet/);
    const other = await startHolder(dir);
    other.child.stdin.write("go\n");
    expect(await other.outcome).toMatch(/^refused: Das Datenverzeichnis .* wird bereits von einem anderen Prozess verwendet/);

    await kill(holder.child, "SIGTERM");
    const release = await lockDataDir(dir);
    await release();
  });

  it("admits exactly one of several processes started at the same moment on a killed holder's lock", async () => {
    const dir = path.join(scratch, "race");
    await kill((await lockInChild(dir)).child, "SIGKILL");

    const contenders = await Promise.all([startHolder(dir), startHolder(dir), startHolder(dir)]);
    for (const contender of contenders) contender.child.stdin.write("go\n");
    const outcomes = await Promise.all(contenders.map((contender) => contender.outcome));
    expect(outcomes.filter((outcome) => outcome === "locked")).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.startsWith("refused: "))).toHaveLength(2);
  });

  it("refuses the same directory twice within one process until it is released", async () => {
    const dir = path.join(scratch, "same-process");
    const release = await lockDataDir(dir);
    await expect(lockDataDir(dir)).rejects.toThrow(/wird bereits von einem anderen Prozess verwendet/);
    await release();
    const again = await lockDataDir(dir);
    await again();
  });
});
