import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymousAccess, systemAccess } from "../auth/access.js";
import type { DatabaseHandle } from "../db/client.js";
import { seedDemoData } from "../demo/index.js";
import { createRecord, fieldsOf, updateRecord } from "../repositories/aggregate.js";
import { type OfferSearch, offerAggregate, searchOffersInSql, searchOffersWithIndex } from "../repositories/offer.js";
import { territoryAggregate } from "../repositories/territory.js";
import { testDatabases } from "../test/databases.js";
import { currentOfferIndex, keepOfferIndex } from "./offer-index.js";
import { MOST_PLACES_LISTED } from "./territory-relations.js";

// The index must answer every anonymous search exactly as the SQL search does: same offers in the
// same order, same totals, facets and next transitions. These tests ask both on the demo data.
describe.each(testDatabases)("offer index against the SQL search on $name", (database) => {
  let handle: DatabaseHandle;
  const today = "2026-11-23";
  const anonymous = anonymousAccess(today);
  const listeners: ((disabled: boolean) => void)[] = [];
  const change = () => listeners.forEach((listener) => listener(false));
  const indexReady = async () => {
    for (let tries = 0; tries < 600 && !currentOfferIndex(handle.db); tries++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(currentOfferIndex(handle.db)).not.toBeNull();
  };
  let ids: {
    towns: string[];
    lifePhases: string[];
    fields: string[];
    transitions: string[];
    providers: string[];
    words: string[];
  };

  /** Asks the index and SQL the same search; the index must answer, and answer the same. */
  const same = async (criteria: Partial<OfferSearch>) => {
    const search: OfferSearch = {
      limit: 20,
      offset: 0,
      publishedOn: today,
      ...criteria,
    };
    const indexed = await searchOffersWithIndex(handle.db, search, anonymous);
    expect(indexed, JSON.stringify(criteria)).not.toBeNull();
    expect(indexed, JSON.stringify(criteria)).toEqual(await searchOffersInSql(handle.db, search, anonymous));
    return indexed!;
  };

  beforeAll(async () => {
    handle = await database.open();
    await seedDemoData(handle.db);
    keepOfferIndex(handle.db, {
      onChange: (listener) => listeners.push(listener),
    });
    const column = async (query: string) => (await sql<{ id: string }>`${sql.raw(query)}`.execute(handle.db)).rows.map((row) => row.id);
    ids = {
      towns: await column("select id from territory where kind = 'town' order by id"),
      lifePhases: await column("select id from life_phase order by id"),
      fields: await column("select id from field_of_action order by id"),
      transitions: await column("select id from transition order by id"),
      providers: await column("select distinct provider_id as id from offer order by 1 limit 5"),
      words: await column("select word as id from offer_search_word order by word"),
    };
    await indexReady();
  }, 600_000);
  afterAll(() => handle.close());

  it("finds, ranks and counts every word of the offers' lexicon alike", async () => {
    expect(ids.words.length).toBeGreaterThan(50);
    // Every fifth word, and the prefixes, typos and compound parts families type.
    const texts = [
      ...ids.words.filter((_, at) => at % 5 === 0),
      "Hebame",
      "Eltern",
      "café",
      "Beratung",
      "Schule",
      "Frühe Hilfen",
      "der die das",
      "Sprach förderung",
      "u3",
    ];
    let found = 0;
    for (const text of texts) found += (await same({ text })).total;
    expect(found).toBeGreaterThan(0);
    // Pages that run from offers with a ranking title into those without one, and past both.
    for (const text of ["Beratung", "Eltern", "Hebame", "Schule"]) {
      const { total } = await same({ text, limit: 200 });
      for (const offset of [0, 3, Math.max(0, total - 4), total]) await same({ text, offset, limit: 7 });
    }
  }, 300_000);

  it("applies every filter and counts each facet under the others alike", async () => {
    const pick = (list: string[], at: number) => list[at % list.length];
    for (let at = 0; at < 12; at++) {
      const text = ["", "Beratung", "Familie", "Kita", "Hebamme", "Sport"][at % 6] || undefined;
      await same({ text, territoryId: pick(ids.towns, at) });
      await same({
        text,
        lifePhaseId: pick(ids.lifePhases, at),
        fieldOfActionId: pick(ids.fields, at + 1),
      });
      await same({
        text,
        ageMonths: (at * 11) % 150,
        territoryId: pick(ids.towns, at + 2),
        lifePhaseId: pick(ids.lifePhases, at + 1),
      });
      await same({
        text,
        language: ["tr", "ar", "en", "de"][at % 4],
        freeOfCharge: at % 2 === 0,
        wheelchairAccessible: at % 3 === 0,
      });
      await same({
        text,
        transitionId: pick(ids.transitions, at),
        providerId: pick(ids.providers, at),
        offset: at % 3,
      });
      await same({ text, displayLanguage: "en", offset: 20, limit: 50 });
    }
    await same({ publishedOn: undefined, limit: 200 });
    await same({ territoryId: "00000000-0000-4000-8000-000000000000" });
  }, 300_000);

  it("finds offers near a point and orders them by distance alike", async () => {
    for (const [latitude, longitude] of [
      [51.8307, 7.2836],
      [51.9458, 7.1675],
      [51.59, 7.66],
    ] as const) {
      for (const km of [2, 10, 40]) {
        const near = { latitude, longitude, km };
        await same({ near });
        await same({ near, text: "Beratung" });
        await same({ near, ageMonths: 30, territoryId: ids.towns[0] });
      }
    }
  }, 300_000);

  it("leaves staff searches to SQL and follows changes", async () => {
    expect(await searchOffersWithIndex(handle.db, { limit: 5, offset: 0 }, systemAccess(today))).toBeNull();
    const before = await same({ text: "Zaubertrankkurs" });
    expect(before.total).toBe(0);
    const staff = systemAccess(today, "Testlauf");
    const { items } = await searchOffersInSql(handle.db, { limit: 1, offset: 0, publishedOn: today }, anonymous);
    const template = await createRecord(handle.db, offerAggregate, { ...fieldsOf(items[0]!), title: "Zaubertrankkurs für Familien" }, staff);
    change();
    // The first search after the change waits for the index's refresh (it reads the changed rows only) and finds the new offer.
    expect(currentOfferIndex(handle.db)).toBeNull();
    expect((await same({ text: "Zaubertrankkurs" })).items.map((offer) => offer.id)).toEqual([template.id]);
    await updateRecord(
      handle.db,
      offerAggregate,
      {
        id: template.id,
        expectedVersion: template.version,
        input: { ...fieldsOf(template), status: "inactive" as const },
      },
      staff
    );
    change();
    await indexReady();
    expect((await same({ text: "Zaubertrankkurs" })).total).toBe(0);
  }, 120_000);

  it("answers an offer shown before from what it kept, and the changed record after a change", async () => {
    const first = await same({ text: "Hebamme" });
    const shown = first.items[0]!;
    // The second search answers the same offers from what the first kept: the very same objects.
    expect((await same({ text: "Hebamme" })).items[0]).toBe(shown);
    const staff = systemAccess(today, "Testlauf");
    const stored = (await searchOffersInSql(handle.db, { text: "Hebamme", limit: 1, offset: 0, publishedOn: today }, anonymous)).items[0]!;
    expect(stored.id).toBe(shown.id);
    await updateRecord(handle.db, offerAggregate, { id: shown.id, expectedVersion: stored.version, input: { ...fieldsOf(stored), description: `${stored.description} Neu: auch samstags.` } }, staff);
    change();
    await indexReady();
    const after = (await same({ text: "Hebamme" })).items.find((offer) => offer.id === shown.id);
    expect(after?.description).toBe(`${stored.description} Neu: auch samstags.`);
    expect(after?.version).toBe(stored.version + 1);
  }, 120_000);

  it("lists counties instead of towns once the platform holds more places than a family can scan", async () => {
    const kinds = (result: { facets: { territories: { kind: string }[] } | null }) => new Set(result.facets!.territories.map((place) => place.kind));
    expect(kinds(await same({}))).toContain("town");
    const count = async (query: string) => Number((await sql<{ n: string }>`${sql.raw(query)}`.execute(handle.db)).rows[0]!.n);
    const places = await count("select count(*) as n from territory where kind in ('town', 'countyFreeCity') and archived_at is null");
    const county = (await sql<{ id: string; code: string }>`select id, code from territory where kind = 'county' order by code limit 1`.execute(handle.db)).rows[0]!;
    const staff = systemAccess(today, "Testlauf");
    for (let n = places; n <= MOST_PLACES_LISTED; n++) {
      const town = { name: `Testgemeinde ${n}`, kind: "town" as const, code: `${county.code}${900 + n}`, parentId: county.id, validFrom: "2020-01-01", validTo: null, population: null, youthOfficeId: null, predecessorIds: [] };
      await createRecord(handle.db, territoryAggregate, town, staff);
    }
    change();
    await indexReady();
    for (const text of [undefined, "Beratung", "Hebamme"]) {
      const statewide = await same({ text });
      expect([...kinds(statewide)].filter((kind) => kind !== "county" && kind !== "countyFreeCity")).toEqual([]);
      expect(statewide.facets!.territories.map((place) => place.value)).toContain(county.id);
      // Choosing the county lists its towns again, new and old.
      const inCounty = await same({ text, territoryId: county.id });
      expect(kinds(inCounty)).toContain("town");
    }
  }, 120_000);
});
