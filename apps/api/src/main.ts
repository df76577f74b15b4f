import type { Server } from "node:http";
import { sql } from "kysely";
import { openDatabase } from "./db/client.js";
import { oidcSettings, readEnv } from "./env.js";
import { keepConnectionsAlive } from "./http/keep-alive.js";
import { log } from "./log.js";

const env = (() => {
  try {
    return readEnv();
  } catch (error) {
    log.fatal((error as Error).message);
    process.exit(1);
  }
})();
log.level = env.LOG_LEVEL;

// Where a slow start spends its time: each step's milliseconds, logged once the server listens,
// as wall time and as CPU time (all threads), which says what a step costs however busy the
// machine is. Both count from the process's start, so the first step is Node and the imports
// main.ts needs to begin opening the database.
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const startupMs: Record<string, number> = { modules: Math.round(performance.now()) };
const startupCpuMs: Record<string, number> = { modules: Math.round(cpuNow()) };
let stepStarted = { wall: performance.now(), cpu: cpuNow() };
function stepDone(step: string): void {
  const now = { wall: performance.now(), cpu: cpuNow() };
  startupMs[step] = Math.round(now.wall - stepStarted.wall);
  startupCpuMs[step] = Math.round(now.cpu - stepStarted.cpu);
  stepStarted = now;
}

// Opening the embedded database mostly waits: for its WebAssembly to compile on background
// threads and for its files to be read. The modules the rest of the start needs, and the family
// portal's server build, load meanwhile rather than before it.
const opening = openDatabase(
  env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "embedded", dataDir: env.DATA_DIR },
);
const loadingPortal =
  env.APPS === undefined || env.APPS.includes("public")
    ? import("./http/portal.js").then(({ loadPortal }) =>
        // The portal calls this process's API in-process; `app` is assigned before any request arrives.
        loadPortal(env.APPS_DIR, (request: Request): Response | Promise<Response> => app.fetch(request), { name: env.OPERATOR_NAME, imprintUrl: env.IMPRINT_URL ?? null, privacyUrl: env.PRIVACY_URL ?? null, areaCode: env.PORTAL_TERRITORY ?? null, emergencyContacts: env.PORTAL_EMERGENCY_CONTACTS, embedOrigins: env.PORTAL_EMBED_ORIGINS }),
      )
    : null;
const [handle, portal, { serve }, { createApp }, { createAuth }, { resolveAuthSecret }, { listenForChanges }, { migrateToLatest }, { builtApps }, { carriesNoSession, createPublicCache }, { todayInBerlin }] = await Promise.all([
  opening,
  loadingPortal,
  import("@hono/node-server"),
  import("./app.js"),
  import("./auth/auth.js"),
  import("./auth/secret.js"),
  import("./db/change-notifications.js"),
  import("./db/migrate.js"),
  import("./http/built-apps.js"),
  import("./http/public-cache.js"),
  import("./trpc/context.js"),
]);
stepDone("databaseAndModules");
await migrateToLatest(handle.db);
stepDone("migrations");
// The demo's modules are large and only needed by an empty database: loaded only then (the seed
// checks again under a lock, as two servers may start on one empty database at once).
const holdsData = async () => (await sql`select 1 from territory limit 1`.execute(handle.db)).rows.length > 0;
if (env.DEMO_DATA && !(await holdsData())) {
  const { seedDemoDataIfEmpty } = await import("./demo/index.js");
  const seeded = await seedDemoDataIfEmpty(handle.db, { geodataDir: env.GEODATA_DIR, onWarning: (message) => log.warn(message) });
  if (seeded) log.info("Demodaten (NRW, Kreis Coesfeld, Kreis Unna mit Kamen) wurden geladen.");
}
stepDone("demoData");

const publicUrl = env.PUBLIC_URL ?? `http://${env.HOST}:${env.PORT}`;
const auth = createAuth({
  db: handle.db,
  baseURL: publicUrl,
  secret: resolveAuthSecret(env.AUTH_SECRET, env.DATABASE_URL ? null : env.DATA_DIR),
  oidc: oidcSettings(env),
  rateLimit: true,
  // Without a mail server the operator passes the link on; it is valid for one hour, once.
  deliverPasswordReset: async (email, url) => log.info({ email, url }, "Link zum Zurücksetzen des Passworts"),
});
stepDone("auth");
// Anonymous answers are kept in memory until anything changes; with PostgreSQL, changes made by
// other server processes arrive as notifications from the database.
const publicCache = createPublicCache({ isAnonymous: carriesNoSession, today: todayInBerlin });
const stopListening = await listenForChanges(handle.target, publicCache.invalidate, (error) => {
  log.error({ err: error }, "Änderungsmeldungen der Datenbank ausgefallen; der Zwischenspeicher wird abgeschaltet");
  publicCache.disable();
});
if (!portal && env.APPS?.includes("public")) throw new Error("APPS nennt „public“, aber das Familienportal ist nicht gebaut. Bauen mit: npm run build");
const app = createApp({
  publicCache,
  portal,
  staticApps: builtApps(env, log),
  db: handle.db,
  config: { suppressionThreshold: env.SUPPRESSION_THRESHOLD },
  auth,
  publicUrl,
  trustProxy: env.TRUST_PROXY,
});
/** The access log: method, path, status and duration of every request; never bodies, queries or cookies. */
const fetchAndLog: typeof app.fetch = async (request, ...rest) => {
  const started = performance.now();
  const response = await app.fetch(request, ...rest);
  if (log.isLevelEnabled("info")) {
    const { pathname } = new URL(request.url);
    log.info({ method: request.method, path: pathname, status: response.status, ms: Math.round((performance.now() - started) * 10) / 10 }, "request");
  }
  return response;
};
stepDone("app");
const server = serve({ fetch: fetchAndLog, port: env.PORT, hostname: env.HOST }, (info) => {
  stepDone("listen");
  log.info({ startupMs: { ...startupMs, total: Math.round(performance.now()) }, startupCpuMs: { ...startupCpuMs, total: Math.round(cpuNow()) } }, "Start abgeschlossen");
  const where = handle.target.kind === "embedded" ? `eingebettete Datenbank in ${env.DATA_DIR}` : "PostgreSQL-Server";
  log.info({ address: info.address, port: info.port, database: handle.target.kind }, `Präventionskette läuft auf http://${info.address}:${info.port}/ (${where})`);
});
keepConnectionsAlive(server as Server);

/** How long requests in flight may take to finish after SIGTERM before connections are cut. */
const DRAIN_TIMEOUT_MS = 15_000;

let stopping = false;
/**
 * Graceful shutdown: stop accepting connections, let every request in flight finish (its write
 * committed and answered), close idle keep-alive connections, then close the database, so that
 * no request is cut off and no acknowledged write is lost.
 */
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, "Server wird beendet: laufende Anfragen werden noch beantwortet");
  const drained = new Promise<void>((resolve) => server.close(() => resolve()));
  const idle = setInterval(() => (server as Server).closeIdleConnections(), 100);
  const timeout = setTimeout(() => {
    log.warn("Anfragen laufen nach 15 s noch; Verbindungen werden getrennt");
    (server as Server).closeAllConnections();
  }, DRAIN_TIMEOUT_MS);
  await drained;
  clearInterval(idle);
  clearTimeout(timeout);
  await stopListening();
  await handle.close();
  log.info("Server beendet");
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
