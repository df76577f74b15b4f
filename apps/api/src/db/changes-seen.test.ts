import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymousAccess } from "../auth/access.js";
import { callerFor } from "../test/caller.js";
import { testDatabases } from "../test/databases.js";
import { createGraph } from "../test/fixtures.js";
import { publicTable } from "../repositories/report-public-tables.js";
import type { DatabaseHandle } from "./client.js";
import { type ChangeSource, followChanges } from "./changes-seen.js";

/** A change source the test fires by hand, as the public answer cache does after each write. */
function handFiredChanges(): ChangeSource & { fire(disabled?: boolean): void } {
  const listeners: ((disabled: boolean) => void)[] = [];
  return {
    onChange: (listener) => void listeners.push(listener),
    fire: (disabled = false) => listeners.forEach((listener) => listener(disabled)),
  };
}

// Where changes are reported, kept reports (coverage analyses, public indicator tables) follow
// the reports instead of reading a fingerprint of their inputs on every use; once the reports
// stop, they read the fingerprint again. The writes below bypass the answer cache on purpose,
// so that only the reports tell the kept results about them.
describe.each(testDatabases)("kept reports following reported changes on $name", (database) => {
  const today = "2026-11-23";
  let handle: DatabaseHandle;
  let api: ReturnType<typeof callerFor>;
  let visitor: ReturnType<typeof callerFor>;
  let graph: Awaited<ReturnType<typeof createGraph>>;
  const changes = handFiredChanges();
  const kitasInTown = async () =>
    (await visitor.coverage.analyse({ territoryId: graph.county.id })).cells.find((cell) => cell.lifePhaseId === graph.phaseA.id)?.offersIn[graph.town.id];
  const shownValue = async () => {
    const table = await visitor.report.indicatorValues({ indicatorId: graph.indicator.id, territoryId: graph.county.id, period: "2001" });
    return table.children.find((cell) => cell.territory.id === graph.town.id)?.numerator;
  };

  beforeAll(async () => {
    handle = await database.open();
    api = callerFor(handle, { today });
    visitor = callerFor(handle, { today, access: anonymousAccess(today) });
    graph = await createGraph(api);
    await api.offer.create(graph.samples.offer(1));
    followChanges(handle.db, changes);
  });
  afterAll(() => handle.close());

  it("keeps an analysis until a change is reported, then shows the change", async () => {
    expect(await kitasInTown()).toBe(1);
    await api.offer.create(graph.samples.offer(2));
    expect(await kitasInTown()).toBe(1);
    changes.fire();
    expect(await kitasInTown()).toBe(2);
  });

  it("keeps a public indicator table until a change is reported, then computes it anew", async () => {
    const observation = await api.observation.create(graph.samples.observation(1));
    changes.fire();
    const table = () => publicTable(handle.db, graph.indicator.id, "2001", 3);
    const kept = await table();
    expect(kept.get(observation.id)?.numerator).toBe(40);
    await api.observation.update({ id: observation.id, expectedVersion: observation.version, data: { ...graph.samples.observation(1), numerator: 45, value: 90 } });
    // Reports show a changed row fresh by its version (report.ts); the table itself is kept.
    expect(await shownValue()).toBe(45);
    expect(await table()).toBe(kept);
    changes.fire();
    const computed = await table();
    expect(computed).not.toBe(kept);
    expect(computed.get(observation.id)?.numerator).toBe(45);
  });

  it("places a new town in kept analyses once its creation is reported", async () => {
    const axis = async () => (await visitor.coverage.analyse({ territoryId: graph.county.id })).territories.map((territory) => territory.name);
    expect(await axis()).toEqual(["Olfen"]);
    await api.territory.create({ name: "Nordkirchen", kind: "town", code: "05558032", parentId: graph.county.id, validFrom: "1975-01-01", validTo: null, population: 10_500 });
    expect(await axis()).toEqual(["Olfen"]);
    changes.fire();
    expect(await axis()).toEqual(["Olfen", "Nordkirchen"]);
  });

  it("checks the data itself again once the reports stop", async () => {
    changes.fire(true);
    await api.offer.create(graph.samples.offer(3));
    expect(await kitasInTown()).toBe(3);
  });
});
