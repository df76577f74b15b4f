import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../db/client.js";
import { callerFor } from "../test/caller.js";
import { testDatabases } from "../test/databases.js";
import { createGraph } from "../test/fixtures.js";

describe.each(testDatabases)("offer search and coverage on $name", (database) => {
  let handle: DatabaseHandle;
  let api: ReturnType<typeof callerFor>;
  let graph: Awaited<ReturnType<typeof createGraph>>;
  const titles = async (search: Parameters<typeof api.offer.search>[0]) =>
    (await api.offer.search(search)).items.map((offer) => offer.title).sort();

  beforeAll(async () => {
    handle = await database.open();
    api = callerFor(handle, { today: "2026-11-23" });
    graph = await createGraph(api);
    const base = graph.samples.offer(0);
    await api.offer.create({
      ...base,
      title: "Familienhebamme für den Kreis",
      description: "Eine Hebamme besucht Familien im ersten Lebensjahr zu Hause.",
      territoryIds: [graph.county.id],
      minAgeMonths: -9,
      maxAgeMonths: 12,
      languages: ["de", "tr"],
    });
    await api.offer.create({ ...base, title: "Elterncafé Olfen", description: "Austausch für Eltern", cost: { free: false, amountCents: 200, description: "Kaffee 2 €" } });
    await api.offer.create({ ...base, title: "Sprachkurs, erst ab 2027", visibleFrom: "2027-01-01" });
    await api.offer.create({ ...base, title: "Geschlossene Krabbelgruppe", status: "defunct" });
  });
  afterAll(() => handle.close());

  it("finds inflected German words by their stem: 'Hebammen' finds 'Hebamme'", async () => {
    expect(await titles({ text: "Hebammen" })).toEqual(["Familienhebamme für den Kreis"]);
    expect(await titles({ text: "Familienhebammen" })).toEqual(["Familienhebamme für den Kreis"]);
    expect(await titles({ text: "Eltern Austausch" })).toEqual(["Elterncafé Olfen"]);
    expect(await titles({ text: "Raumfahrt" })).toEqual([]);
  });

  it("filters by age, language, cost and town, where a county-wide offer serves every town", async () => {
    expect(await titles({ ageMonths: 6 })).toEqual(["Familienhebamme für den Kreis"]);
    expect(await titles({ ageMonths: -3 })).toEqual(["Familienhebamme für den Kreis"]);
    expect(await titles({ language: "tr" })).toEqual(["Familienhebamme für den Kreis"]);
    expect(await titles({ freeOfCharge: false })).toEqual(["Elterncafé Olfen"]);
    expect(await titles({ territoryId: graph.town.id })).toEqual(["Elterncafé Olfen", "Familienhebamme für den Kreis"]);
    expect(await titles({ lifePhaseId: graph.phaseB.id })).toEqual([]);
  });

  it("shows families only offers published today, planners everything", async () => {
    expect(await titles({})).toEqual(["Elterncafé Olfen", "Familienhebamme für den Kreis"]);
    expect(await titles({ includeUnpublished: true })).toEqual([
      "Elterncafé Olfen",
      "Familienhebamme für den Kreis",
      "Geschlossene Krabbelgruppe",
      "Sprachkurs, erst ab 2027",
    ]);
  });

  it("pages results and counts them all", async () => {
    const page = await api.offer.search({ includeUnpublished: true, limit: 3, offset: 3 });
    expect(page).toMatchObject({ total: 4, limit: 3, offset: 3 });
    expect(page.items).toHaveLength(1);
  });

  it("maps coverage of the county by town: published offers count, county-wide ones everywhere", async () => {
    const coverage = await api.coverage.analyse({ territoryId: graph.county.id });
    expect(coverage.territories.map((t) => t.name)).toEqual(["Olfen"]);
    expect(coverage.summary).toMatchObject({ cells: 2, covered: 1, gaps: 1 });
    const kita = coverage.cells.find((cell) => cell.lifePhaseId === graph.phaseA.id);
    expect(kita?.count).toBe(2);
    expect(coverage.gaps.map((gap) => gap.lifePhaseId)).toEqual([graph.phaseB.id]);
  });
});
