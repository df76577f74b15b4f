import { mkdirSync } from "node:fs";
import path from "node:path";
import lockfile from "proper-lockfile";

/**
 * Two processes on one PGlite data directory silently lose data, so the server holds a lock
 * on the directory for as long as it runs. A lock left by a killed process goes stale after a
 * few seconds and is then taken over.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  mkdirSync(dataDir, { recursive: true });
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: path.join(dataDir, "praeventionskette.lock"),
      stale: 10_000,
      update: 2_000,
      realpath: false,
      onCompromised: (error) => {
        console.error(`Die Sperre des Datenverzeichnisses ging verloren: ${error.message}`);
        process.exit(1);
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ELOCKED") {
      throw new Error(
        `Das Datenverzeichnis ${path.resolve(dataDir)} wird bereits von einem anderen Prozess verwendet. ` +
          "Beenden Sie den anderen Server oder setzen Sie DATA_DIR auf ein anderes Verzeichnis.",
        { cause: error },
      );
    }
    throw error;
  }
}
