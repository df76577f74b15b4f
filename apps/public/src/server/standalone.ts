// The portal as its own process, against a remote API: for a town that hosts only the family
// portal for its county's platform. PORTAL_API_URL names the API; see README.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { compress } from "hono/compress";
import { readPortalAssets } from "./assets.js";
import { emergencyContactsOf, embedOriginsOf, securityHeaders } from "./standalone-config.js";
import { createPortal, FRAMING_ORIGINS_HEADER, STYLE_HASHES_HEADER } from "./render.js";

const apiUrl = process.env.PORTAL_API_URL;
if (!apiUrl || !/^https?:\/\//.test(apiUrl)) {
  console.error("PORTAL_API_URL fehlt oder ist ungültig: die Adresse der Plattform, z. B. https://praevention.kreis-coesfeld.de");
  process.exit(1);
}
const port = Number(process.env.PORT ?? 3001);
const clientDir = path.resolve(fileURLToPath(import.meta.url), "../../client");

let emergencyContacts: ReturnType<typeof emergencyContactsOf>;
let embedOrigins: string[];
try {
  emergencyContacts = emergencyContactsOf(process.env.PORTAL_EMERGENCY_CONTACTS);
  embedOrigins = embedOriginsOf(process.env.PORTAL_EMBED_ORIGINS);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const portal = createPortal({
  apiUrl,
  fetch,
  assets: readPortalAssets(clientDir),
  operatorName: process.env.PORTAL_OPERATOR_NAME ?? "Präventionskette",
  imprintUrl: process.env.PORTAL_IMPRINT_URL ?? null,
  privacyUrl: process.env.PORTAL_PRIVACY_URL ?? null,
  areaCode: process.env.PORTAL_TERRITORY ?? null,
  emergencyContacts,
  embedOrigins,
});

const app = new Hono();
app.use("*", compress());
app.use("/assets/*", serveStatic({ root: clientDir, onFound: (_path, c) => c.header("Cache-Control", "public, max-age=31536000, immutable") }));
app.get("*", async (c) => {
  const response = await portal(c.req.raw);
  // Without the API's security headers in front, this process sets its own: the same strict
  // policy, the page's inline stylesheet allowed by hash, and framing only for the embed view
  // and the sites named for it.
  const listed = (name: string) => {
    const value = response.headers.get(name);
    response.headers.delete(name);
    return value ? value.split(" ") : [];
  };
  const headers = securityHeaders({ framingOrigins: listed(FRAMING_ORIGINS_HEADER), styleHashes: listed(STYLE_HASHES_HEADER) });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
});
serve({ fetch: app.fetch, port, hostname: process.env.HOST ?? "127.0.0.1" }, (info) => console.info(`Familienportal auf http://${info.address}:${info.port}/ (API: ${apiUrl})`));
