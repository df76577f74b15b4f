import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Hono } from "hono";
import { compress } from "hono/compress";

/** The family portal's server build as the API process uses it (apps/public/src/entry-server.tsx). */
interface PortalModule {
  createPortal(options: {
    apiUrl: string;
    fetch: typeof fetch;
    assets: unknown;
    operatorName: string;
    imprintUrl: string | null;
    privacyUrl: string | null;
    areaCode: string | null;
    emergencyContacts: { name: string; phone: string }[];
    embedOrigins: string[];
  }): (request: Request) => Promise<Response>;
  readPortalAssets(clientDir: string): unknown;
}

/** A family portal rendering pages in this process. */
export type PortalHandler = (request: Request) => Promise<Response>;

/**
 * Loads the built family portal from `<appsDir>/public/dist` and lets it call this process's
 * API directly (`apiFetch`, no network); null when the portal is not built.
 */
export async function loadPortal(appsDir: string, apiFetch: (request: Request) => Response | Promise<Response>, operator: { name: string; imprintUrl: string | null; privacyUrl: string | null; areaCode: string | null; emergencyContacts: { name: string; phone: string }[]; embedOrigins: string[] }): Promise<{ handler: PortalHandler; clientDir: string } | null> {
  const serverEntry = path.join(appsDir, "public", "dist", "server", "entry-server.js");
  const clientDir = path.join(appsDir, "public", "dist", "client");
  if (!existsSync(serverEntry)) return null;
  const portal = (await import(pathToFileURL(serverEntry).href)) as PortalModule;
  const handler = portal.createPortal({
    apiUrl: "http://portal.internal",
    fetch: async (input, init) => apiFetch(new Request(input, init)),
    assets: portal.readPortalAssets(clientDir),
    operatorName: operator.name,
    imprintUrl: operator.imprintUrl,
    privacyUrl: operator.privacyUrl,
    areaCode: operator.areaCode,
    emergencyContacts: operator.emergencyContacts,
    embedOrigins: operator.embedOrigins,
  });
  return { handler, clientDir };
}

/**
 * Mounts the portal at `/`: its hashed assets under `/assets/`, every GET outside the API's and
 * the other apps' paths rendered (and compressed) by the portal.
 */
export function mountPortal(app: Hono, portal: { handler: PortalHandler; clientDir: string }): void {
  app.use("/assets/*", compress());
  app.use("/assets/*", serveStatic({ root: portal.clientDir, onFound: (_path, c) => c.header("Cache-Control", "public, max-age=31536000, immutable") }));
  const compressed = compress();
  app.get("*", async (c, next) => {
    if (/^\/(api|trpc|admin|reporting)(\/|$)/.test(c.req.path)) return next();
    await compressed(c, async () => {
      c.res = await portal.handler(c.req.raw);
    });
    return c.res;
  });
}
