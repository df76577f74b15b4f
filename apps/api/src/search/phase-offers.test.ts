import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemAccess } from "../auth/access.js";
import type { DatabaseHandle } from "../db/client.js";
import { seedDemoData } from "../demo/index.js";
import { fieldsOf, getRecord, updateRecord } from "../repositories/aggregate.js";
import { offerAggregate } from "../repositories/offer.js";
import { publishedOffersListingInSql } from "../repositories/report.js";
import { testDatabases } from "../test/databases.js";
import { currentOfferIndex, keepOfferIndex } from "./offer-index.js";
import { indexedPhaseOffers, type ListedOffer } from "./phase-offers.js";

const sorted = (offers: ListedOffer[]) => offers.map((offer) => `${offer.id} ${[...offer.territory_ids].sort().join(",")}`).sort();

// Reports count a phase's published offers per area from the offer index; it must find exactly
// the offers SQL finds, with the territories they list, on every phase, area and day.
describe.each(testDatabases)("a phase's published offers from the index against SQL on $name", (database) => {
  let handle: DatabaseHandle;
  const listeners: ((disabled: boolean) => void)[] = [];
  let phases: string[];
  let areas: string[][];

  const same = async (phase: string, territories: string[], day: string) => {
    const indexed = await indexedPhaseOffers(handle.db, phase, territories, day);
    expect(indexed).not.toBeNull();
    const inSql = await publishedOffersListingInSql(handle.db, phase, territories, day);
    expect(sorted(indexed!)).toEqual(sorted(inSql));
    return indexed!;
  };

  beforeAll(async () => {
    handle = await database.open();
    await seedDemoData(handle.db);
    keepOfferIndex(handle.db, { onChange: (listener) => listeners.push(listener) });
    const column = async (query: string) => (await sql<{ id: string }>`${sql.raw(query)}`.execute(handle.db)).rows.map((row) => row.id);
    phases = await column("select id from life_phase order by id");
    // Each town with its social areas, each county with everything below it, and one area alone.
    const towns = await column("select id from territory where kind = 'town' order by id");
    const counties = await column("select id from territory where kind = 'county' order by id");
    const below = async (id: string) =>
      column(`with recursive down(id) as (select '${id}'::uuid union all select t.id from territory t join down on t.parent_id = down.id) select id::text from down`);
    areas = [...(await Promise.all([...towns, ...counties].map(below))), (await column("select id from territory where kind = 'socialArea' order by id limit 1"))];
    for (let tries = 0; tries < 600 && !currentOfferIndex(handle.db); tries++) {
      await indexedPhaseOffers(handle.db, phases[0]!, areas[0]!, "2026-11-23");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }, 600_000);
  afterAll(() => handle.close());

  it("finds every phase's offers in every town and county alike, on days before, during and after publication", async () => {
    expect(phases.length).toBeGreaterThan(4);
    expect(areas.length).toBeGreaterThan(5);
    let found = 0;
    for (const day of ["2020-01-01", "2026-11-23", "2031-06-30"]) {
      for (const phase of phases) for (const area of areas) found += (await same(phase, area, day)).length;
    }
    expect(found).toBeGreaterThan(50);
    expect(await indexedPhaseOffers(handle.db, phases[0]!, ["00000000-0000-4000-8000-000000000000"], "2026-11-23")).toEqual([]);
  });

  it("counts an offer that stops being published at once", async () => {
    const staff = systemAccess("2026-11-23", "Testlauf");
    // The phase and area with the most offers (ids differ between seeds).
    const pairs = phases.flatMap((phase) => areas.map((area) => ({ phase, area })));
    const counted = await Promise.all(pairs.map(async (pair) => ({ ...pair, offers: await same(pair.phase, pair.area, "2026-11-23") })));
    const { phase, area, offers: before } = counted.sort((a, b) => b.offers.length - a.offers.length)[0]!;
    expect(before.length).toBeGreaterThan(1);
    const offer = await getRecord(handle.db, offerAggregate, before[0]!.id, staff);
    await updateRecord(handle.db, offerAggregate, { id: offer.id, expectedVersion: offer.version, input: { ...fieldsOf(offer), status: "inactive" as const } }, staff);
    listeners.forEach((listener) => listener(false));
    const after = await same(phase, area, "2026-11-23");
    expect(after.map((o) => o.id)).not.toContain(offer.id);
    expect(after).toHaveLength(before.length - 1);
  });
});
