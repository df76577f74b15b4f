import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The configured AUTH_SECRET, or one generated once and kept beside the embedded database, so
 * that a demo installation keeps its sessions across restarts without any set-up.
 */
export function resolveAuthSecret(configured: string | undefined, dataDir: string | null): string {
  if (configured) return configured;
  if (!dataDir) {
    throw new Error("AUTH_SECRET fehlt: mit DATABASE_URL muss AUTH_SECRET gesetzt sein (mindestens 32 Zeichen).");
  }
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
