// Opens the embedded database in the given directory from a separate process, the way a
// second server would, and reports the outcome on stdout.
import { openDatabase } from "../db/client.js";

const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: hold-data-dir.ts DATA_DIR");
try {
  const handle = await openDatabase({ kind: "embedded", dataDir });
  console.info("opened");
  await handle.close();
  // As in main.ts: exit explicitly, since PGlite may keep timers alive after close.
  process.exit(0);
} catch (error) {
  console.info(`refused: ${(error as Error).message}`);
  process.exit(3);
}
