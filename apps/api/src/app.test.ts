import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.js";
import type { DatabaseHandle } from "./db/client.js";
import { testDatabases } from "./test/databases.js";

describe.each(testDatabases)("HTTP routes on $name", (database) => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    handle = await database.open();
    app = createApp({ db: handle.db, config: { suppressionThreshold: 3 } });
  });
  afterAll(() => handle.close());

  it("answers liveness and readiness", async () => {
    expect(await (await app.request("/health")).json()).toEqual({ status: "ok" });
    const ready = await app.request("/ready");
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("serves tRPC queries and mutations under /trpc/", async () => {
    const created = await app.request("/trpc/fieldOfAction.create", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ code: "sport", name: { de: "Sport", en: "Sport" }, description: "" }),
    });
    expect(created.status).toBe(200);
    const { result } = (await created.json()) as { result: { data: { id: string } } };
    const read = await app.request(`/trpc/fieldOfAction.get?input=${encodeURIComponent(JSON.stringify({ id: result.data.id }))}`);
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ result: { data: { code: "sport", version: 1 } } });
  });

  it("answers bad input with 400 and field paths, unknown ids with 404", async () => {
    const bad = await app.request("/trpc/fieldOfAction.create", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ code: "", name: { de: "Sport" } }),
    });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: { message: string; data: { issues: { path: string }[] } } };
    expect(body.error.message).toMatch(/^Eingabe ungültig/);
    expect(body.error.data.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(["code", "name.en"]));

    const missing = await app.request(
      `/trpc/fieldOfAction.get?input=${encodeURIComponent(JSON.stringify({ id: "7a3c1c38-8f8b-4a57-9d4e-0d9c2b0e7f10" }))}`,
    );
    expect(missing.status).toBe(404);
  });

  it("answers malformed requests and unknown paths with 4xx, never 500", async () => {
    const garbage = await app.request("/trpc/fieldOfAction.create", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(garbage.status).toBeGreaterThanOrEqual(400);
    expect(garbage.status).toBeLessThan(500);
    expect((await app.request("/trpc/noSuch.procedure")).status).toBe(404);
    expect((await app.request("/nowhere")).status).toBe(404);
  });
});
