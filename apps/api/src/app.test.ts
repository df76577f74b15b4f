import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.js";
import { systemAccess } from "./auth/access.js";
import type { DatabaseHandle } from "./db/client.js";
import { createAccount } from "./repositories/account.js";
import { testDatabases } from "./test/databases.js";
import { createTestApp, post, signIn, TEST_ORIGIN } from "./test/http.js";

const field = { code: "sport", name: { de: "Sport", en: "Sport" }, description: "" };
const password = "Kreis-Coesfeld-2026!";

describe.each(testDatabases)("HTTP routes on $name", (database) => {
  let handle: DatabaseHandle;
  let test: ReturnType<typeof createTestApp>;
  let cookie: string;
  beforeAll(async () => {
    handle = await database.open();
    test = createTestApp(handle);
    await createAccount(
      handle.db,
      { name: "Ada Admin", email: "admin@kreis.example", password, assignments: [{ role: "admin", territoryId: null, organisationId: null }] },
      systemAccess("2026-11-23"),
    );
    cookie = await signIn(test.app, "admin@kreis.example", password);
  });
  afterAll(() => handle.close());

  it("answers liveness and readiness", async () => {
    expect(await (await test.app.request("/health")).json()).toEqual({ status: "ok" });
    const ready = await test.app.request("/ready");
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("sends strict security headers with every answer", async () => {
    const response = await test.app.request("/health");
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });

  it("adds HSTS when the platform is served over TLS", async () => {
    const secure = createApp({ db: handle.db, config: { suppressionThreshold: 3 }, auth: test.auth, publicUrl: "https://praevention.kreis.example", trustProxy: true });
    const response = await secure.request("https://praevention.kreis.example/health");
    expect(response.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
  });

  it("lets a signed-in administrator change data and refuses anonymous changes with 401", async () => {
    const anonymous = await post(test.app, "/trpc/fieldOfAction.create", field);
    expect(anonymous.status).toBe(401);
    const created = await post(test.app, "/trpc/fieldOfAction.create", field, { cookie });
    expect(created.status).toBe(200);
    const { result } = (await created.json()) as { result: { data: { id: string; updatedBy: string } } };
    expect(result.data.updatedBy).toBe("Ada Admin");
    const read = await test.app.request(`/trpc/fieldOfAction.get?input=${encodeURIComponent(JSON.stringify({ id: result.data.id }))}`);
    expect(await read.json()).toMatchObject({ result: { data: { code: "sport", version: 1 } } });
  });

  it("refuses changes sent from another site", async () => {
    const forged = await post(test.app, "/trpc/fieldOfAction.create", { ...field, code: "fremd" }, { cookie, origin: "https://evil.example" });
    expect(forged.status).toBe(403);
    const crossSite = await post(test.app, "/trpc/fieldOfAction.create", { ...field, code: "fremd" }, { cookie, "sec-fetch-site": "cross-site" });
    expect(crossSite.status).toBe(403);
  });

  it("refuses oversized requests with 413", async () => {
    const huge = await post(test.app, "/trpc/fieldOfAction.create", { ...field, description: "x".repeat(2 * 1024 * 1024) }, { cookie });
    expect(huge.status).toBe(413);
  });

  it("answers bad input with 400 and field paths, unknown ids with 404", async () => {
    const bad = await post(test.app, "/trpc/fieldOfAction.create", { code: "", name: { de: "Sport" } }, { cookie });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: { message: string; data: { issues: { path: string }[] } } };
    expect(body.error.message).toMatch(/^Eingabe ungültig/);
    expect(body.error.data.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(["code", "name.en"]));
    const missing = await test.app.request(
      `/trpc/fieldOfAction.get?input=${encodeURIComponent(JSON.stringify({ id: "7a3c1c38-8f8b-4a57-9d4e-0d9c2b0e7f10" }))}`,
    );
    expect(missing.status).toBe(404);
  });

  it("answers malformed requests and unknown paths with 4xx, never 500", async () => {
    const garbage = await test.app.request(`${TEST_ORIGIN}/trpc/fieldOfAction.create`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: "{not json",
    });
    expect(garbage.status).toBeGreaterThanOrEqual(400);
    expect(garbage.status).toBeLessThan(500);
    expect((await test.app.request("/trpc/noSuch.procedure")).status).toBe(404);
    expect((await test.app.request("/nowhere")).status).toBe(404);
  });

  it("records sign-in and sign-out in the audit trail", async () => {
    const session = await signIn(test.app, "admin@kreis.example", password);
    expect((await post(test.app, "/api/auth/sign-out", {}, { cookie: session })).status).toBe(200);
    const events = await handle.db.selectFrom("audit_event").select(["action", "user_name"]).where("table_name", "=", "session").execute();
    expect(events.filter((e) => e.action === "signIn").length).toBeGreaterThanOrEqual(2);
    expect(events).toContainEqual({ action: "signOut", user_name: "Ada Admin" });
  });

  it("resets a password through a one-time link", async () => {
    await createAccount(
      handle.db,
      { name: "Vera Viewer", email: "viewer@kreis.example", password, assignments: [] },
      systemAccess("2026-11-23"),
    );
    const requested = await post(test.app, "/api/auth/request-password-reset", { email: "viewer@kreis.example", redirectTo: "/" });
    expect(requested.status).toBe(200);
    const link = test.resetLinks.find((entry) => entry.email === "viewer@kreis.example");
    expect(link).toBeDefined();
    const token = new URL(link?.url ?? "").pathname.split("/").pop() ?? "";
    const newPassword = "Neues-Passwort-fuer-Vera-42";
    expect((await post(test.app, "/api/auth/reset-password", { token, newPassword })).status).toBe(200);
    expect(await signIn(test.app, "viewer@kreis.example", newPassword)).toContain("session_token");
    expect((await post(test.app, "/api/auth/reset-password", { token, newPassword: "Noch-ein-Passwort-123" })).status).toBe(400);
    await expect(signIn(test.app, "viewer@kreis.example", password)).rejects.toThrow(/401/);
  });
});

describe.each(testDatabases)("sign-in rate limit on $name", (database) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(() => handle.close());

  // The limiter counts per client address; behind a proxy that is X-Forwarded-For.
  const client = (address: string) => ({ "x-forwarded-for": address });
  const address = `192.0.2.${database.name === "PGlite" ? 10 : 20}`;

  it("stops guessing after five attempts a minute, per client address", async () => {
    const { app } = createTestApp(handle, { rateLimit: true, trustProxy: true });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 7; attempt++) {
      const response = await post(app, "/api/auth/sign-in/email", { email: "nobody@kreis.example", password: "falsches-Passwort-1" }, client(address));
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 5).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const elsewhere = await post(app, "/api/auth/sign-in/email", { email: "nobody@kreis.example", password: "falsches-Passwort-1" }, client(`${address}1`));
    expect(elsewhere.status).toBe(401);
  });

  it("counts in the database, so that two server processes sharing it count together", async () => {
    const first = createTestApp(handle, { rateLimit: true, trustProxy: true }).app;
    const second = createTestApp(handle, { rateLimit: true, trustProxy: true }).app;
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      const app = attempt % 2 === 0 ? first : second;
      statuses.push((await post(app, "/api/auth/sign-in/email", { email: "nobody@kreis.example", password: "falsches-Passwort-1" }, client(`${address}3`))).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const stored = await handle.db.selectFrom("rateLimit" as never).selectAll().execute();
    expect(stored.length).toBeGreaterThan(0);
  });

  it("allows three password-reset requests per quarter hour", async () => {
    const { app } = createTestApp(handle, { rateLimit: true, trustProxy: true });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      const response = await post(app, "/api/auth/request-password-reset", { email: "nobody@kreis.example", redirectTo: "/" }, client(`${address}2`));
      statuses.push(response.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});
