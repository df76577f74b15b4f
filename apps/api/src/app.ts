import { PassThrough, Readable } from "node:stream";
import { getConnInfo } from "@hono/node-server/conninfo";
import { MAX_BOUNDARY_UPLOAD_BYTES } from "@praeventionskette/domain";
import { trpcServer } from "@hono/trpc-server";
import { parseCookies } from "better-auth/cookies";
import { type Context as HonoContext, Hono } from "hono";
import type { Kysely } from "kysely";
import { sql } from "kysely";
import { accessFor, anonymousAccess } from "./auth/access.js";
import { type Auth, CLIENT_ADDRESS_HEADER } from "./auth/auth.js";
import { followChanges } from "./db/changes-seen.js";
import type { Database } from "./db/types.js";
import { feedbackRoutes } from "./http/feedback.js";
import { hsdsRoutes } from "./http/hsds.js";
import type { PublicCache } from "./http/public-cache.js";
import { limitBody, sameOriginMutations, securityHeaders } from "./http/security.js";
import { mountPortal, type PortalHandler } from "./http/portal.js";
import { mountStaticApp, type StaticApp } from "./http/static-apps.js";
import { writeBackup } from "./ops/backup.js";
import { MAX_IMPORT_BYTES } from "./ops/upload.js";
import { loadPrincipal } from "./repositories/account.js";
import { keepOfferIndex } from "./search/offer-index.js";
import { createInnerContext, type PlatformConfig, todayInBerlin } from "./trpc/context.js";
import { appRouter } from "./trpc/router.js";

/** The procedures that take an upload (boundaries, imports), alone or first in a batch. */
const UPLOADS = /^\/trpc\/(territory\.(previewBoundaryImport|importBoundaries)|exchange\.(previewOfferImport|importOffers|previewObservationImport|importObservations))$/;

/** What the HTTP application is built from. */
export interface AppOptions {
  db: Kysely<Database>;
  config: PlatformConfig;
  auth: Auth;
  /** The origin people use, e.g. https://praevention.kreis-coesfeld.de. */
  publicUrl: string;
  /** Take the client address from X-Forwarded-For (only behind a reverse proxy that sets it). */
  trustProxy: boolean;
  /** Keeps anonymous answers in memory until something changes; none in tests that need fresh reads. */
  publicCache?: PublicCache;
  /** Browser apps served from their static builds (admin, reporting); none in API-only tests. */
  staticApps?: readonly StaticApp[];
  /** The family portal at `/`, when it is built and enabled. */
  portal?: { handler: PortalHandler; clientDir: string } | null;
}

function clientAddress(c: HonoContext, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? "unbekannt";
  } catch {
    return "unbekannt";
  }
}

/**
 * The HTTP application: health checks, sign-in and the tRPC API on one origin, behind
 * security headers, a same-origin rule for changes and request size limits.
 */
export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  const https = options.publicUrl.startsWith("https://");
  // The session cookie's name as better-auth settles it (prefix, __Secure- over HTTPS); null: unknown, always ask.
  const sessionCookie = options.auth.$context.then(
    (context) => context.authCookies.sessionToken.name,
    () => null,
  );

  app.use("*", securityHeaders({ https }));
  app.use("*", sameOriginMutations(new URL(options.publicUrl).origin));
  app.use("/api/auth/*", limitBody(16 * 1024));
  // Boundary uploads may be up to 5 MB of GeoJSON, import files 4 MB (in base64 a third more),
  // each checked with a clear message by the procedure; everything else stays at 1 MB.
  const uploadLimit = limitBody(Math.max(MAX_BOUNDARY_UPLOAD_BYTES, Math.ceil((MAX_IMPORT_BYTES * 4) / 3)) + 1024 * 1024);
  const defaultLimit = limitBody(1024 * 1024);
  app.use("/trpc/*", (c, next) => (UPLOADS.test(c.req.path) ? uploadLimit(c, next) : defaultLimit(c, next)));
  if (options.publicCache) app.use("/trpc/*", options.publicCache.middleware);
  // Anonymous offer searches come from an in-process index that follows the same change events as the cache.
  if (options.publicCache) {
    keepOfferIndex(options.db, options.publicCache);
    followChanges(options.db, options.publicCache);
  }

  app.get("/health", (c) => c.json({ status: "ok" }));
  app.get("/ready", async (c) => {
    try {
      await sql`select 1`.execute(options.db);
      return c.json({ status: "ready" });
    } catch {
      return c.json({ status: "unavailable", reason: "Die Datenbank antwortet nicht." }, 503);
    }
  });

  // The rate limiter keys on this header; it is always overwritten, so clients cannot forge it.
  app.on(["GET", "POST"], "/api/auth/*", (c) => {
    const headers = new Headers(c.req.raw.headers);
    headers.set(CLIENT_ADDRESS_HEADER, clientAddress(c, options.trustProxy));
    return options.auth.handler(new Request(c.req.raw, { headers }));
  });

  app.use(
    "/trpc/*",
    trpcServer({
      endpoint: "/trpc",
      router: appRouter,
      createContext: async (_opts, c) => {
        const today = todayInBerlin();
        // Most requests come from anonymous families: without a session cookie there is no session
        // to look up, and better-auth's getSession would still cost about 0.3 ms of CPU each.
        const cookieName = await sessionCookie;
        const mayHaveSession = cookieName === null || parseCookies(c.req.header("cookie") ?? "").has(cookieName);
        const session = mayHaveSession ? await options.auth.api.getSession({ headers: c.req.raw.headers }) : null;
        const principal = session ? await loadPrincipal(options.db, session.user.id) : null;
        const threshold = options.config.suppressionThreshold;
        const access = principal ? await accessFor(options.db, principal, today, threshold) : anonymousAccess(today, threshold);
        return createInnerContext({ db: options.db, config: options.config, access, today: () => today });
      },
    }),
  );

  // A backup while the server runs (the embedded database belongs to this process): for the
  // platform administration only, one consistent snapshot, streamed as it is written.
  app.get("/api/backup", async (c) => {
    const session = await options.auth.api.getSession({ headers: c.req.raw.headers });
    const principal = session ? await loadPrincipal(options.db, session.user.id) : null;
    if (!principal) return c.json({ error: "Bitte melden Sie sich an." }, 401);
    if (!principal.assignments.some((a) => a.role === "admin")) return c.json({ error: "Sicherungen sind der Plattform-Administration vorbehalten." }, 403);
    const body = new PassThrough();
    writeBackup(options.db, body).catch((error: unknown) => body.destroy(error as Error));
    const name = `praeventionskette-${new Date().toISOString().slice(0, 19).replaceAll(":", "-")}.backup.gz`;
    return new Response(Readable.toWeb(body) as ReadableStream, {
      headers: { "Content-Type": "application/gzip", "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "no-store" },
    });
  });

  // Open data: the published offers as HSDS 3.0, anonymous and read-only.
  app.route("/api/hsds", hsdsRoutes({ db: options.db, publicUrl: options.publicUrl, today: todayInBerlin }));
  // The portal's feedback form (BITV's Feedback-Mechanismus), sent without JavaScript.
  app.route("/api/feedback", feedbackRoutes({ db: options.db, clientAddress: (c) => clientAddress(c, options.trustProxy) }));

  for (const staticApp of options.staticApps ?? []) mountStaticApp(app, staticApp);

  if (options.portal) mountPortal(app, options.portal);
  else app.get("/", (c) => c.json({ name: "Präventionskette", api: "/trpc/", auth: "/api/auth/", health: "/health", ready: "/ready" }));

  app.notFound((c) => c.json({ error: "Diese Adresse gibt es nicht." }, 404));
  app.onError((error, c) => {
    console.error(error);
    return c.json({ error: "Interner Fehler. Bitte versuchen Sie es später erneut." }, 500);
  });

  return app;
}
