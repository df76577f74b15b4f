import { TerritoryInputSchema } from "@praeventionskette/domain";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemAccess } from "../auth/access.js";
import { listenForChanges } from "../db/change-notifications.js";
import type { DatabaseHandle } from "../db/client.js";
import { createAccount } from "../repositories/account.js";
import { createRecord } from "../repositories/aggregate.js";
import { territoryAggregate } from "../repositories/territory.js";
import { testDatabases } from "../test/databases.js";
import { createTestApp, post, signIn, TEST_ORIGIN } from "../test/http.js";
import { carriesNoSession, createPublicCache } from "./public-cache.js";

const TODAY = "2026-11-23";
const county = (name: string, code: string) => ({ name, kind: "county", code, parentId: null, validFrom: "1975-01-01", validTo: null, population: null }) as const;
const LIST = `${TEST_ORIGIN}/trpc/territory.list?input=${encodeURIComponent(JSON.stringify({ kind: "county" }))}`;

describe.each(testDatabases)("cache of anonymous answers on $name", (database) => {
  let handle: DatabaseHandle;
  const cache = createPublicCache({ isAnonymous: carriesNoSession, today: () => TODAY });
  let app: ReturnType<typeof createTestApp>["app"];
  let cookie: string;
  const names = async (init: RequestInit = {}) => {
    const response = await app.request(LIST, init);
    const body = (await response.json()) as { result: { data: { items: { name: string }[] } } };
    return body.result.data.items.map((t) => t.name);
  };

  beforeAll(async () => {
    handle = await database.open();
    app = createTestApp(handle, { publicCache: cache }).app;
    await createRecord(handle.db, territoryAggregate, TerritoryInputSchema.parse(county("Kreis Coesfeld", "05558")), systemAccess(TODAY));
    await createAccount(handle.db, { name: "Ada", email: "ada@kreis.example", password: "Sehr-geheimes-Passwort-2026", assignments: [{ role: "admin", territoryId: null, organisationId: null }] }, systemAccess(TODAY));
    cookie = await signIn(app, "ada@kreis.example", "Sehr-geheimes-Passwort-2026");
  });
  afterAll(() => handle.close());

  it("answers anonymous reads from memory with an ETag, and 304 when the client has it", async () => {
    const first = await app.request(LIST);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    const hitsBefore = cache.stats().hits;
    const second = await app.request(LIST);
    expect(await second.text()).toBe(await first.clone().text());
    expect(cache.stats().hits).toBe(hitsBefore + 1);
    const revalidated = await app.request(LIST, { headers: { "if-none-match": etag! } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("forgets everything after a change made through the API", async () => {
    expect(await names()).toEqual(["Kreis Coesfeld"]);
    const created = await post(app, "/trpc/territory.create", county("Kreis Unna", "05978"), { cookie });
    expect(created.status).toBe(200);
    expect(await names()).toEqual(["Kreis Coesfeld", "Kreis Unna"]);
  });

  it("never stores or serves answers for signed-in people", async () => {
    const response = await app.request(LIST, { headers: { cookie } });
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("etag")).toBeNull();
  });

  it("forgets everything when the database announces a change made by another process", async () => {
    expect(await names()).not.toContain("Kreis Borken");
    const stop = await listenForChanges(handle.target, () => cache.invalidate(), (error) => {
      throw error;
    });
    try {
      await createRecord(handle.db, territoryAggregate, TerritoryInputSchema.parse(county("Kreis Borken", "05554")), systemAccess(TODAY));
      if (handle.target.kind === "postgres") {
        // The notification arrives asynchronously after the commit.
        for (let i = 0; i < 50 && (await names()).length < 3; i++) await new Promise((resolve) => setTimeout(resolve, 20));
        expect(await names()).toContain("Kreis Borken");
      } else {
        // One process owns the embedded database; a write beside the API is not announced, so
        // the cached answer stays until the next change through the API.
        expect(await names()).not.toContain("Kreis Borken");
      }
    } finally {
      await stop();
    }
  });

  it("sends a large cached answer gzipped to clients that accept it, with its own ETag", async () => {
    for (let n = 0; n < 15; n++) await createRecord(handle.db, territoryAggregate, TerritoryInputSchema.parse(county(`Kreis Nummer ${n}`, `059${String(n).padStart(2, "0")}`)), systemAccess(TODAY));
    const all = `${TEST_ORIGIN}/trpc/territory.list?input=${encodeURIComponent(JSON.stringify({ limit: 200 }))}`;
    const plain = await app.request(all);
    const text = await plain.text();
    expect(text.length).toBeGreaterThan(1024);
    expect(plain.headers.get("vary")).toContain("Accept-Encoding");
    const gzipped = await app.request(all, { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(gzipped.headers.get("content-encoding")).toBe("gzip");
    expect(gzipped.headers.get("vary")).toBe(plain.headers.get("vary"));
    const bytes = Buffer.from(await gzipped.arrayBuffer());
    expect(bytes.length).toBeLessThan(text.length);
    expect(gunzipSync(bytes).toString("utf8")).toBe(text);
    const etag = gzipped.headers.get("etag")!;
    expect(etag).not.toBe(plain.headers.get("etag"));
    expect((await app.request(all, { headers: { "accept-encoding": "gzip", "if-none-match": etag } })).status).toBe(304);
    // The plain ETag does not match the gzipped representation, nor the other way round.
    expect((await app.request(all, { headers: { "accept-encoding": "gzip", "if-none-match": plain.headers.get("etag")! } })).status).toBe(200);
    expect((await app.request(all, { headers: { "if-none-match": etag } })).status).toBe(200);
  });
});
