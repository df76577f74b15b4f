import { serve } from "@hono/node-server";
import { createApp } from "./app.js";
import { createAuth } from "./auth/auth.js";
import { resolveAuthSecret } from "./auth/secret.js";
import { openDatabase } from "./db/client.js";
import { migrateToLatest } from "./db/migrate.js";
import { seedDemoDataIfEmpty } from "./demo/index.js";
import { oidcSettings, readEnv } from "./env.js";

const env = readEnv();
const handle = await openDatabase(
  env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "embedded", dataDir: env.DATA_DIR },
);
await migrateToLatest(handle.db);
if (env.DEMO_DATA) {
  const seeded = await seedDemoDataIfEmpty(handle.db, { onWarning: (message) => console.warn(message) });
  if (seeded) console.info("Demodaten für den Kreis Coesfeld wurden geladen.");
}

const publicUrl = env.PUBLIC_URL ?? `http://${env.HOST}:${env.PORT}`;
const auth = createAuth({
  db: handle.db,
  baseURL: publicUrl,
  secret: resolveAuthSecret(env.AUTH_SECRET, env.DATABASE_URL ? null : env.DATA_DIR),
  oidc: oidcSettings(env),
  rateLimit: true,
  // Without a mail server the operator passes the link on; it is valid for one hour, once.
  deliverPasswordReset: async (email, url) => console.info(`Link zum Zurücksetzen des Passworts für ${email}: ${url}`),
});
const app = createApp({
  db: handle.db,
  config: { suppressionThreshold: env.SUPPRESSION_THRESHOLD },
  auth,
  publicUrl,
  trustProxy: env.TRUST_PROXY,
});
const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
  const where = handle.target.kind === "embedded" ? `eingebettete Datenbank in ${env.DATA_DIR}` : "PostgreSQL-Server";
  console.info(`Präventionskette läuft auf http://${info.address}:${info.port}/ (${where})`);
});

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.info(`${signal} empfangen, Server wird beendet …`);
  server.close();
  await handle.close();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
