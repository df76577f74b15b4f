import { existsSync } from "node:fs";
import path from "node:path";
import type { Logger } from "pino";
import type { Env } from "../env.js";
import { APP_MOUNTS, type StaticApp, type StaticAppName } from "./static-apps.js";

/**
 * The browser apps this process serves: those named in APPS (each must be built, or the start
 * fails with the command that builds it), or without APPS every app that is built.
 */
export function builtApps(env: Env, log: Logger): StaticApp[] {
  const wanted = env.APPS ?? (Object.keys(APP_MOUNTS) as StaticAppName[]);
  const apps: StaticApp[] = [];
  for (const name of wanted) {
    // The portal is no static app: it renders on the server (see http/portal.ts).
    if (!(name in APP_MOUNTS)) continue;
    const dir = path.join(env.APPS_DIR, name, "dist");
    if (existsSync(path.join(dir, "index.html"))) apps.push({ name: name as StaticAppName, dir });
    else if (env.APPS) throw new Error(`APPS nennt „${name}“, aber ${dir} enthält keinen Build. Bauen mit: npm run build`);
    else log.warn({ app: name, dir }, `Die App „${name}“ ist nicht gebaut und wird nicht ausgeliefert.`);
  }
  return apps;
}
