import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { readEnv } from "../env.js";
import { FRAMING_ORIGINS_HEADER, securityHeaders } from "./security.js";

/** An app behind the platform's security headers with one page that may be framed and one that may not. */
function appWith(framers: string) {
  const app = new Hono();
  app.use("*", securityHeaders({ https: false }));
  app.get("/einbetten/angebote", (c) => c.html("<p>Finder</p>", 200, { [FRAMING_ORIGINS_HEADER]: framers }));
  app.get("/angebote", (c) => c.html("<p>Portal</p>"));
  return app;
}

describe("embedding the family portal in a municipality's website", () => {
  it("lets only the named sites frame a page that allows it, and no site any other page", async () => {
    const app = appWith("https://www.duelmen.de https://www.olfen.de");
    const embedded = await app.request("/einbetten/angebote");
    expect(embedded.headers.get("Content-Security-Policy")).toContain("frame-ancestors 'self' https://www.duelmen.de https://www.olfen.de");
    expect(embedded.headers.get("X-Frame-Options")).toBeNull();
    expect(embedded.headers.get(FRAMING_ORIGINS_HEADER)).toBeNull();
    const other = await app.request("/angebote");
    expect(other.headers.get("Content-Security-Policy")).toContain("frame-ancestors 'none'");
    expect(other.headers.get("X-Frame-Options")).toBe("DENY");
  });

  it("keeps framing forbidden when the allowed sites are empty or malformed", async () => {
    for (const framers of ["", "javascript:alert(1) *"]) {
      const response = await appWith(framers).request("/einbetten/angebote");
      expect(response.headers.get("Content-Security-Policy")).toContain("frame-ancestors 'none'");
      expect(response.headers.get("X-Frame-Options")).toBe("DENY");
    }
  });

  it("allows the location only to the platform's own pages (the portal's near-me button)", async () => {
    expect((await appWith("").request("/angebote")).headers.get("Permissions-Policy")).toContain("geolocation=(self)");
  });

  it("reads the allowed sites and the youth office's emergency numbers from the environment", () => {
    const env = readEnv({
      PORTAL_EMBED_ORIGINS: "https://www.duelmen.de/, http://localhost:8080",
      PORTAL_EMERGENCY_CONTACTS: "Jugendamt Kreis Coesfeld (Mo–Fr 8–16 Uhr)=02541 18-5555; Rufbereitschaft nachts=0171 1234567",
    });
    expect(env.PORTAL_EMBED_ORIGINS).toEqual(["https://www.duelmen.de", "http://localhost:8080"]);
    expect(env.PORTAL_EMERGENCY_CONTACTS).toEqual([
      { name: "Jugendamt Kreis Coesfeld (Mo–Fr 8–16 Uhr)", phone: "02541 18-5555" },
      { name: "Rufbereitschaft nachts", phone: "0171 1234567" },
    ]);
    expect(readEnv({})).toMatchObject({ PORTAL_EMBED_ORIGINS: [], PORTAL_EMERGENCY_CONTACTS: [] });
  });

  it("refuses a malformed configuration with a German message naming the variable", () => {
    expect(() => readEnv({ PORTAL_EMBED_ORIGINS: "https://www.duelmen.de/familie" })).toThrow("PORTAL_EMBED_ORIGINS nennt Ursprünge");
    expect(() => readEnv({ PORTAL_EMERGENCY_CONTACTS: "02541 18-5555" })).toThrow("jeder Eintrag hat die Form Name=Nummer");
    expect(() => readEnv({ PORTAL_EMERGENCY_CONTACTS: "Jugendamt=bitte anrufen" })).toThrow("eine Nummer besteht aus Ziffern");
  });
});
