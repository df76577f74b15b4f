import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../db/client.js";
import { callerFor } from "../test/caller.js";
import { testDatabases } from "../test/databases.js";
import { createGraph } from "../test/fixtures.js";
import { appRouter } from "../trpc/router.js";

interface Stored {
  id: string;
  version: number;
  archivedAt: string | null;
}
/** The standard procedures every aggregate router has, called without their specific types. */
interface CrudApi {
  list(input?: object): Promise<{ items: Stored[]; total: number; limit: number; offset: number }>;
  get(input: { id: string }): Promise<Stored>;
  create(input: unknown): Promise<Stored>;
  update(input: { id: string; expectedVersion: number; data: unknown }): Promise<Stored>;
  archive(input: { id: string; expectedVersion: number }): Promise<Stored>;
  restore(input: { id: string; expectedVersion: number }): Promise<Stored>;
  delete(input: { id: string; expectedVersion: number }): Promise<{ deleted: true }>;
}

type Graph = Awaited<ReturnType<typeof createGraph>>;
type RouterName = keyof Graph["samples"];
// Every router that has the standard procedures (archive among them) is an aggregate router.
const routerNames = Object.keys(appRouter._def.procedures)
  .filter((path) => path.endsWith(".archive"))
  .map((path) => path.split(".")[0]) as RouterName[];
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

/** The input with its first reference (a UUID anywhere inside) pointing nowhere, or null. */
function withDanglingReference(input: unknown): unknown {
  let replaced = false;
  const walk = (value: unknown): unknown => {
    if (!replaced && typeof value === "string" && uuidPattern.test(value)) {
      replaced = true;
      return randomUUID();
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  const result = walk(input);
  return replaced ? result : null;
}

describe.each(testDatabases)("every aggregate router on $name", (database) => {
  let handle: DatabaseHandle;
  let graph: Graph;
  let api: ReturnType<typeof callerFor>;
  const crud = (name: RouterName) => api[name] as unknown as CrudApi;

  beforeAll(async () => {
    handle = await database.open();
    api = callerFor(handle);
    graph = await createGraph(api);
  });
  afterAll(() => handle.close());

  it("has test samples for every router, so a new aggregate cannot go untested", () => {
    expect(Object.keys(graph.samples).sort()).toEqual([...routerNames].sort());
  });

  describe.each(routerNames)("%s", (name) => {
    it("creates a valid record, reads it back and lists it", async () => {
      const before = await crud(name).list();
      // Without input a list still pages with its defaults, never returns the whole table.
      expect(before).toMatchObject({ limit: 50, offset: 0 });
      const created = await crud(name).create(graph.samples[name](1));
      expect(created).toMatchObject({ ...graph.samples[name](1), version: 1, archivedAt: null });
      // An offer's answer adds its provider and display texts to the record (see offer.test.ts).
      expect(await crud(name).get({ id: created.id })).toMatchObject(created);
      expect((await crud(name).list()).total).toBe(before.total + 1);
    });

    it("answers an empty or malformed input with BAD_REQUEST naming the fields, and writes nothing", async () => {
      const before = (await crud(name).list({ includeArchived: true })).total;
      const error = await crud(name).create({}).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe("BAD_REQUEST");
      expect((error as TRPCError).message).toMatch(/^Eingabe ungültig: \w+/);
      expect(await codeOf(crud(name).create({ ...graph.samples[name](90), unexpected: "x".repeat(10_000) }))).toMatch(/OK|BAD_REQUEST|CONFLICT/);
      expect(await codeOf(crud(name).create("nonsense"))).toBe("BAD_REQUEST");
      expect(await codeOf(crud(name).get({ id: "not-a-uuid" }))).toBe("BAD_REQUEST");
      const after = (await crud(name).list({ includeArchived: true })).total;
      expect(after - before).toBeLessThanOrEqual(1);
    });

    it("refuses references to records that do not exist, and writes nothing", async () => {
      const dangling = withDanglingReference(graph.samples[name](2));
      if (dangling === null) return;
      const before = (await crud(name).list({ includeArchived: true })).total;
      const error = await crud(name).create(dangling).catch((e: unknown) => e);
      expect((error as TRPCError).code).toBe("BAD_REQUEST");
      expect((error as TRPCError).message).toMatch(/gibt es nicht/);
      expect((await crud(name).list({ includeArchived: true })).total).toBe(before);
    });

    it("answers unknown ids with NOT_FOUND", async () => {
      const id = randomUUID();
      expect(await codeOf(crud(name).get({ id }))).toBe("NOT_FOUND");
      expect(await codeOf(crud(name).update({ id, expectedVersion: 1, data: graph.samples[name](3) }))).toBe("NOT_FOUND");
      expect(await codeOf(crud(name).archive({ id, expectedVersion: 1 }))).toBe("NOT_FOUND");
      expect(await codeOf(crud(name).delete({ id, expectedVersion: 1 }))).toBe("NOT_FOUND");
    });

    it("refuses an update based on a stale version with CONFLICT and keeps the newer data", async () => {
      const created = await crud(name).create(graph.samples[name](4));
      const updated = await crud(name).update({ id: created.id, expectedVersion: 1, data: graph.samples[name](4) });
      expect(updated.version).toBe(2);
      const stale = await crud(name).update({ id: created.id, expectedVersion: 1, data: graph.samples[name](5) }).catch((e: unknown) => e);
      expect((stale as TRPCError).code).toBe("CONFLICT");
      expect((stale as TRPCError).message).toMatch(/inzwischen von Testlauf am .+ Uhr geändert/);
      expect(await crud(name).get({ id: created.id })).toMatchObject(updated);
    });

    it("archives, restores and deletes a record", async () => {
      const created = await crud(name).create(graph.samples[name](6));
      const archived = await crud(name).archive({ id: created.id, expectedVersion: 1 });
      expect(archived.archivedAt).not.toBeNull();
      expect((await crud(name).list({ limit: 200 })).items.map((r) => r.id)).not.toContain(created.id);
      const restored = await crud(name).restore({ id: created.id, expectedVersion: 2 });
      expect(restored).toMatchObject({ archivedAt: null, version: 3 });
      await crud(name).delete({ id: created.id, expectedVersion: 3 });
      expect(await codeOf(crud(name).get({ id: created.id }))).toBe("NOT_FOUND");
    });
  });

  it("refuses to delete a record other records point to, with CONFLICT", async () => {
    const error = await api.territory.delete({ id: graph.town.id, expectedVersion: graph.town.version }).catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe("CONFLICT");
    expect((error as TRPCError).message).toContain("Archivieren");
    expect(await api.territory.get({ id: graph.town.id })).toMatchObject({ id: graph.town.id });
  });
});
