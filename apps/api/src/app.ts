import { trpcServer } from "@hono/trpc-server";
import { Hono } from "hono";
import type { Kysely } from "kysely";
import { sql } from "kysely";
import type { Database } from "./db/types.js";
import { createInnerContext, type PlatformConfig } from "./trpc/context.js";
import { appRouter } from "./trpc/router.js";

/** The HTTP application: health checks and the tRPC API on one origin. */
export function createApp(options: { db: Kysely<Database>; config: PlatformConfig }): Hono {
  const app = new Hono();

  app.get("/health", (c) => c.json({ status: "ok" }));
  app.get("/ready", async (c) => {
    try {
      await sql`select 1`.execute(options.db);
      return c.json({ status: "ready" });
    } catch {
      return c.json({ status: "unavailable", reason: "Die Datenbank antwortet nicht." }, 503);
    }
  });

  app.use(
    "/trpc/*",
    trpcServer({
      endpoint: "/trpc",
      router: appRouter,
      createContext: () => createInnerContext(options),
    }),
  );

  app.get("/", (c) =>
    c.json({
      name: "Präventionskette",
      api: "/trpc/",
      health: "/health",
      ready: "/ready",
    }),
  );

  app.notFound((c) => c.json({ error: "Diese Adresse gibt es nicht." }, 404));
  app.onError((error, c) => {
    console.error(error);
    return c.json({ error: "Interner Fehler. Bitte versuchen Sie es später erneut." }, 500);
  });

  return app;
}
