import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../db/client.js";
import { callerFor } from "../test/caller.js";
import { testDatabases } from "../test/databases.js";

const county = { name: "Kreis Coesfeld", kind: "county", code: "05558", parentId: null, validFrom: "1975-01-01", validTo: null, population: 225_000 } as const;

describe.each(testDatabases)("territory router on $name", (database) => {
  let handle: DatabaseHandle;
  let api: ReturnType<typeof callerFor>;
  beforeAll(async () => {
    handle = await database.open();
    api = callerFor(handle);
  });
  afterAll(() => handle.close());

  it("creates, reads, lists, updates and archives a county with its towns", async () => {
    const created = await api.territory.create(county);
    expect(created).toMatchObject({ ...county, version: 1, archivedAt: null });
    const town = await api.territory.create({ name: "Dülmen", kind: "town", code: "05558016", parentId: created.id, validFrom: "1975-01-01", validTo: null, population: 47_700 });
    expect(await api.territory.get({ id: town.id })).toEqual(town);

    const towns = await api.territory.list({ parentId: created.id });
    expect(towns.items.map((t) => t.name)).toEqual(["Dülmen"]);
    expect(towns.total).toBe(1);

    const renamed = await api.territory.update({ id: town.id, expectedVersion: 1, data: { ...town, name: "Stadt Dülmen" } });
    expect(renamed).toMatchObject({ name: "Stadt Dülmen", version: 2 });
    const archived = await api.territory.archive({ id: town.id, expectedVersion: 2 });
    expect(archived.archivedAt).not.toBeNull();
    expect((await api.territory.list({ parentId: created.id })).total).toBe(0);
    expect((await api.territory.list({ parentId: created.id, includeArchived: true })).total).toBe(1);
  });

  it("refuses a town whose AGS key does not belong to its county", async () => {
    const parent = await api.territory.create({ ...county, code: "05566", name: "Kreis Steinfurt" });
    await expect(
      api.territory.create({ name: "Dülmen", kind: "town", code: "05558016", parentId: parent.id, validFrom: "1975-01-01", validTo: null, population: null }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
