import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Hono } from "hono";
import { compress } from "hono/compress";

/** The browser apps one server can serve, and where each is mounted. */
export const APP_MOUNTS = { admin: "/admin", reporting: "/reporting" } as const;
/** An app the server can serve from a static build. */
export type StaticAppName = keyof typeof APP_MOUNTS;

/** A built app: its name and the folder with its `index.html`. */
export interface StaticApp {
  name: StaticAppName;
  dir: string;
}

// Vite names assets by their content hash, so they never change under the same name.
const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * Serves a single-page app's static build under its mount path: files as they are (compressed,
 * hashed assets cached for a year), `config.json` and `index.html` always revalidated, and
 * every other path of the app answered with `index.html` so the app's router takes over.
 * A missing asset (a path with a file extension) stays a 404.
 */
export function mountStaticApp(app: Hono, staticApp: StaticApp): void {
  const mount = APP_MOUNTS[staticApp.name];
  const indexFile = path.join(staticApp.dir, "index.html");
  if (!existsSync(indexFile)) throw new Error(`${staticApp.name}: ${indexFile} fehlt. Bitte zuerst bauen: npm run build`);
  const indexHtml = readFileSync(indexFile, "utf8");

  app.get(mount, (c) => c.redirect(`${mount}/`, 301));
  app.use(`${mount}/*`, compress());
  app.use(
    `${mount}/*`,
    serveStatic({
      root: staticApp.dir,
      rewriteRequestPath: (requestPath) => requestPath.slice(mount.length),
      onFound: (filePath, c) => {
        c.header("Cache-Control", filePath.includes(`${path.sep}assets${path.sep}`) || filePath.includes("/assets/") ? IMMUTABLE : "no-cache");
      },
    }),
  );
  app.get(`${mount}/*`, (c) => {
    if (/\.[a-z0-9]+$/i.test(c.req.path) && !c.req.path.endsWith(".html")) return c.json({ error: "Diese Datei gibt es nicht." }, 404);
    c.header("Cache-Control", "no-cache");
    return c.html(indexHtml);
  });
}
