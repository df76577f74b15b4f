import { TRPCError } from "@trpc/server";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessFor } from "../auth/access.js";
import type { DatabaseHandle } from "../db/client.js";
import { callerFor } from "../test/caller.js";
import { testDatabases } from "../test/databases.js";
import { createGraph } from "../test/fixtures.js";

const mutations = new Set(["create", "update", "archive", "restore", "delete"]);

/** Wraps a caller so that every successful write through it is counted. */
function counting<T extends object>(api: T, counter: { writes: number }): T {
  const wrap = (target: object): unknown =>
    new Proxy(target, {
      get(object, key) {
        const value = Reflect.get(object, key) as unknown;
        if (typeof value === "function" && mutations.has(String(key))) {
          return async (...args: unknown[]) => {
            const result: unknown = await (value as (...a: unknown[]) => Promise<unknown>)(...args);
            counter.writes += 1;
            return result;
          };
        }
        // tRPC's caller is a tree of callable proxies: routers are functions too.
        return (typeof value === "object" || typeof value === "function") && value !== null ? wrap(value) : value;
      },
    });
  return wrap(api) as T;
}

async function auditCount(handle: DatabaseHandle): Promise<number> {
  const row = await handle.db.selectFrom("audit_event").select(sql<string>`count(*)`.as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}

describe.each(testDatabases)("the audit trail on $name", (database) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(() => handle.close());

  it("holds exactly one entry for every write, with who, what and the change", async () => {
    const counter = { writes: 0 };
    const api = counting(callerFor(handle), counter);
    const graph = await createGraph(api);
    const actor = await api.actor.update({ id: graph.actor.id, expectedVersion: 1, data: { ...graph.samples.actor(1), name: "Familienzentrum Olfen e. V." } });
    await api.actor.archive({ id: actor.id, expectedVersion: actor.version });
    const phase = await api.lifePhase.create(graph.samples.lifePhase(1));
    await api.lifePhase.delete({ id: phase.id, expectedVersion: 1 });
    // A refused write leaves no entry.
    await expect(api.lifePhase.delete({ id: phase.id, expectedVersion: 1 })).rejects.toBeInstanceOf(TRPCError);

    expect(counter.writes).toBeGreaterThan(15);
    expect(await auditCount(handle)).toBe(counter.writes);

    const entries = await handle.db.selectFrom("audit_event").selectAll().where("record_id", "=", graph.actor.id).orderBy("id").execute();
    expect(entries.map((e) => e.action)).toEqual(["create", "update", "archive"]);
    expect(entries[1]).toMatchObject({ user_name: "Testlauf", table_name: "actor" });
    expect(entries[1]?.before).toMatchObject({ name: "Familienzentrum Olfen", version: 1 });
    expect(entries[1]?.after).toMatchObject({ name: "Familienzentrum Olfen e. V.", version: 2 });
  });

  it("cannot be changed or deleted, not even by the application", async () => {
    await expect(sql`update audit_event set user_name = 'Niemand'`.execute(handle.db)).rejects.toThrow(/nicht verändert/);
    await expect(sql`delete from audit_event`.execute(handle.db)).rejects.toThrow(/nicht verändert/);
    await expect(sql`truncate audit_event`.execute(handle.db)).rejects.toThrow(/nicht verändert/);
    expect(await auditCount(handle)).toBeGreaterThan(0);
  });

  it("is filterable by administrators and closed to everyone else", async () => {
    const admin = callerFor(handle);
    const territoryEntries = await admin.audit.list({ table: "territory", action: "create" });
    expect(territoryEntries.total).toBeGreaterThanOrEqual(2);
    expect(territoryEntries.items.every((e) => e.table === "territory" && e.action === "create")).toBe(true);
    const first = territoryEntries.items.at(-1);
    const history = await admin.audit.list({ recordId: first?.recordId });
    expect(history.items.map((e) => e.recordId)).toEqual(history.items.map(() => first?.recordId));

    const county = (await admin.territory.list({ kind: "county" })).items[0];
    const coordinatorAccess = await accessFor(
      handle.db,
      { userId: "c", name: "Koordinierung", email: "k@kreis.example", assignments: [{ role: "coordinator", territoryId: county?.id ?? null, organisationId: null }] },
      "2026-11-23",
    );
    await expect(callerFor(handle, { access: coordinatorAccess }).audit.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
