import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymousAccess } from "../auth/access.js";
import type { DatabaseHandle } from "../db/client.js";
import { callerFor } from "../test/caller.js";
import { testDatabases } from "../test/databases.js";
import { createGraph } from "../test/fixtures.js";

// coverage.analyse keeps each area's analysis between requests (repositories/coverage.ts); these
// tests change what it depends on through the API and expect the next answer to show it.
describe.each(testDatabases)("coverage analysis kept between requests on $name", (database) => {
  const today = "2026-11-23";
  let handle: DatabaseHandle;
  let api: ReturnType<typeof callerFor>;
  let visitor: ReturnType<typeof callerFor>;
  let graph: Awaited<ReturnType<typeof createGraph>>;
  const kitaInTown = async () => {
    const coverage = await visitor.coverage.analyse({ territoryId: graph.county.id });
    return coverage.cells.find((cell) => cell.lifePhaseId === graph.phaseA.id)?.offersIn[graph.town.id];
  };

  beforeAll(async () => {
    handle = await database.open();
    api = callerFor(handle, { today });
    visitor = callerFor(handle, { today, access: anonymousAccess(today) });
    graph = await createGraph(api);
    await api.offer.create(graph.samples.offer(1));
  });
  afterAll(() => handle.close());

  it("answers the same again while nothing changed", async () => {
    const first = await visitor.coverage.analyse({ territoryId: graph.county.id });
    expect(await visitor.coverage.analyse({ territoryId: graph.county.id })).toEqual(first);
    expect(await kitaInTown()).toBe(1);
  });

  it("counts an offer published after the last answer, and finds it a likely duplicate", async () => {
    expect(await kitaInTown()).toBe(1);
    const twin = await api.offer.create({ ...graph.samples.offer(1), title: "Sprachförderung in der Kita 1 Olfen" });
    expect(await kitaInTown()).toBe(2);
    const coverage = await visitor.coverage.analyse({ territoryId: graph.county.id });
    expect(coverage.duplicates.map((group) => group.titles)).toEqual([["Sprachförderung in der Kita 1", twin.title]]);
  });

  it("drops an offer no longer published, and counts a county-wide one in every town", async () => {
    const closing = await api.offer.create({ ...graph.samples.offer(2), title: "Vorlesestunde" });
    expect(await kitaInTown()).toBe(3);
    await api.offer.update({ id: closing.id, expectedVersion: 1, data: { ...graph.samples.offer(2), title: "Vorlesestunde", status: "defunct" } });
    expect(await kitaInTown()).toBe(2);
    await api.offer.create({ ...graph.samples.offer(3), title: "Familienhebamme", territoryIds: [graph.county.id] });
    expect(await kitaInTown()).toBe(3);
  });

  it("follows changes to the territory tree: a renamed town and a new one", async () => {
    const town = await api.territory.get({ id: graph.town.id });
    await api.territory.update({ id: town.id, expectedVersion: town.version, data: { ...town, name: "Stadt Olfen" } });
    const added = await api.territory.create({ name: "Nordkirchen", kind: "town", code: "05558040", parentId: graph.county.id, validFrom: "1975-01-01", validTo: null, population: null });
    const coverage = await visitor.coverage.analyse({ territoryId: graph.county.id });
    expect(coverage.territories.map((t) => t.name).sort()).toEqual(["Nordkirchen", "Stadt Olfen"]);
    // The county-wide offer serves the new town too; the town's own offers do not.
    const inAdded = coverage.cells.find((cell) => cell.lifePhaseId === graph.phaseA.id)?.offersIn[added.id];
    expect(inAdded).toBe(1);
  });
});
