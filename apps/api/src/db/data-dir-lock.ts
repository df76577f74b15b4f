import { mkdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";

/** Who holds a data directory: enough to tell, on the same host, whether that process still runs. */
interface LockOwner {
  pid: number;
  host: string;
  /**
   * Linux: boot id and the process's start time in clock ticks, so that a recycled pid (in a
   * container the server is often pid 1 after every restart) is not mistaken for the holder.
   */
  startToken: string | null;
}

// The lock is a directory because mkdir is atomic on every file system; the owner file inside
// is written to a temporary name and renamed, so a reader never sees half of it.
const LOCK_NAME = "praeventionskette.lock";
const OWNER_FILE = "owner.json";
// A holder refreshes its lock's mtime this often. The mtime only decides when the owner cannot
// be checked (another host sharing the directory, or a holder killed before it wrote its owner
// file), as proper-lockfile did before.
const HEARTBEAT_MS = 2_000;
const STALE_MS = 10_000;

const heldHere = new Set<string>();

function startTokenOf(pid: number): string | null {
  try {
    const bootId = readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 22 (starttime) counted after the command name, which may itself contain spaces.
    const starttime = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
    return starttime ? `${bootId}:${starttime}` : null;
  } catch {
    return null;
  }
}

function parseOwner(text: string): LockOwner | null {
  try {
    const owner = JSON.parse(text) as Partial<LockOwner>;
    if (typeof owner.pid !== "number" || typeof owner.host !== "string") return null;
    return { pid: owner.pid, host: owner.host, startToken: typeof owner.startToken === "string" ? owner.startToken : null };
  } catch {
    return null;
  }
}

function readOwner(lockDir: string): LockOwner | null {
  try {
    return parseOwner(readFileSync(path.join(lockDir, OWNER_FILE), "utf8"));
  } catch {
    return null;
  }
}

/** Whether someone else removed or took over our lock; a failed read (e.g. EMFILE under load) is no proof. */
function lostLock(lockDir: string, me: LockOwner): boolean {
  try {
    return !sameOwner(parseOwner(readFileSync(path.join(lockDir, OWNER_FILE), "utf8")), me);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT";
  }
}

const sameOwner = (a: LockOwner | null, b: LockOwner | null): boolean =>
  a !== null && b !== null && a.pid === b.pid && a.host === b.host && a.startToken === b.startToken;

function processIsGone(owner: LockOwner, lockDir: string): boolean {
  if (owner.startToken && startTokenOf(process.pid)) {
    // /proc is there: the holder runs exactly when a process with its pid and start time does.
    return startTokenOf(owner.pid) !== owner.startToken;
  }
  if (owner.pid === process.pid) return !heldHere.has(lockDir);
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/** Whether the lock can be taken over: its holder is gone, or (when that cannot be checked) it stopped refreshing it. */
function isStale(lockDir: string, owner: LockOwner | null): boolean {
  if (owner && owner.host === hostname()) return processIsGone(owner, lockDir);
  try {
    return statSync(lockDir).mtimeMs < Date.now() - STALE_MS;
  } catch {
    return true;
  }
}

function tryCreate(lockDir: string, me: LockOwner): boolean {
  try {
    mkdirSync(lockDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  const temporary = path.join(lockDir, `${OWNER_FILE}.${process.pid}.tmp`);
  writeFileSync(temporary, JSON.stringify(me));
  renameSync(temporary, path.join(lockDir, OWNER_FILE));
  return true;
}

/**
 * Removes a stale lock. Two starters may find the same stale lock at once; a second mkdir
 * ("breaking") lets only one of them remove it, and it checks under that guard that the lock
 * still belongs to the owner it judged dead, so a lock just taken by the other is never removed.
 */
function breakStaleLock(lockDir: string, judged: LockOwner | null): void {
  const guard = `${lockDir}.breaking`;
  try {
    mkdirSync(guard);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    // Breaking takes microseconds; a guard this old was left by a starter that was killed meanwhile.
    if (statSync(guard).mtimeMs < Date.now() - STALE_MS) rmSync(guard, { recursive: true, force: true });
    return;
  }
  try {
    const current = readOwner(lockDir);
    if (sameOwner(current, judged) || (judged === null && current === null && isStale(lockDir, null))) {
      rmSync(lockDir, { recursive: true, force: true });
    }
  } finally {
    rmSync(guard, { recursive: true, force: true });
  }
}

function refusal(dataDir: string, owner: LockOwner | null): Error {
  const who = owner ? ` (Prozess ${owner.pid} auf ${owner.host})` : "";
  return new Error(
    `Das Datenverzeichnis ${path.resolve(dataDir)} wird bereits von einem anderen Prozess verwendet${who}. ` +
      "Beenden Sie den anderen Server oder setzen Sie DATA_DIR auf ein anderes Verzeichnis.",
  );
}

/**
 * Two processes on one PGlite data directory silently lose data, so the server holds a lock
 * on the directory for as long as it runs. The lock names its holder (pid, host, start time):
 * a lock left by a process that was killed is taken over at once, while a running holder, even
 * one that started a moment earlier, keeps it. Resolves to the function that releases it.
 *
 * @example
 * const release = await lockDataDir("./data");
 * try { await work(); } finally { await release(); }
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  mkdirSync(dataDir, { recursive: true });
  const lockDir = path.join(path.resolve(dataDir), LOCK_NAME);
  const me: LockOwner = { pid: process.pid, host: hostname(), startToken: startTokenOf(process.pid) };

  // A few rounds cover a lock released or broken by someone else between our checks.
  let acquired = false;
  for (let attempt = 0; attempt < 5 && !acquired; attempt += 1) {
    acquired = tryCreate(lockDir, me);
    if (acquired) break;
    const owner = readOwner(lockDir);
    if (!isStale(lockDir, owner)) throw refusal(dataDir, owner);
    breakStaleLock(lockDir, owner);
    await new Promise((resolve) => setTimeout(resolve, 10 * attempt));
  }
  if (!acquired) throw refusal(dataDir, readOwner(lockDir));
  heldHere.add(lockDir);

  const heartbeat = setInterval(() => {
    if (lostLock(lockDir, me)) {
      console.error(`Die Sperre des Datenverzeichnisses ${path.resolve(dataDir)} ging verloren; der Server wird beendet.`);
      process.exit(1);
    }
    try {
      const now = new Date();
      utimesSync(lockDir, now, now);
    } catch {
      // Checked again on the next beat.
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  // A process that exits without closing the database (process.exit, an uncaught error) leaves
  // nothing behind; SIGKILL cannot be caught, which is what the owner check is for.
  const releaseNow = (): void => {
    if (!heldHere.delete(lockDir)) return;
    clearInterval(heartbeat);
    process.off("exit", releaseNow);
    if (sameOwner(readOwner(lockDir), me)) rmSync(lockDir, { recursive: true, force: true });
  };
  process.on("exit", releaseNow);
  return async () => releaseNow();
}
