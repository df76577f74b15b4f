import type { Kysely } from "kysely";
import { describe, expect, it } from "vitest";
import type { Database } from "../db/types.js";
import { allRecords } from "../repositories/aggregate.js";
import { indicatorAggregate } from "../repositories/indicator.js";
import { observationAggregate } from "../repositories/observation.js";
import { territoryAggregate } from "../repositories/territory.js";
import { testDatabases } from "../test/databases.js";
import { seedDemoDataIfEmpty } from "./index.js";

/**
 * Every observation of a seeded database, keyed by what stays the same between seeds (the
 * indicator's code, the territory's kind, code and name, the period) instead of the ids, which
 * are new on every seed.
 */
async function observationsByStableKey(db: Kysely<Database>): Promise<Map<string, unknown>> {
  const indicators = new Map((await allRecords(db, indicatorAggregate)).map((indicator) => [indicator.id, indicator.code]));
  const territories = new Map((await allRecords(db, territoryAggregate)).map((territory) => [territory.id, `${territory.kind}|${territory.code}|${territory.name}`]));
  const byKey = new Map<string, unknown>();
  for (const observation of await allRecords(db, observationAggregate)) {
    const key = `${indicators.get(observation.indicatorId)}|${territories.get(observation.territoryId)}|${observation.period}`;
    expect(byKey.has(key), `two observations for ${key}`).toBe(false);
    const { numerator, denominator, value, source, asOf, isDemo, note } = observation;
    byKey.set(key, { numerator, denominator, value, source, asOf, isDemo, note });
  }
  return byKey;
}

/** Seeds the demo data into a fresh database and reads its observations back. */
async function seedAndRead(): Promise<Map<string, unknown>> {
  // PGlite alone: the generator, not the engine, is under test, and each seed takes seconds.
  const handle = await testDatabases[0]!.open();
  try {
    await seedDemoDataIfEmpty(handle.db);
    return await observationsByStableKey(handle.db);
  } finally {
    await handle.close();
  }
}

describe("demo data", () => {
  it("writes the same observations on every seed (towns, social areas, county, state)", async () => {
    const first = await seedAndRead();
    const second = await seedAndRead();
    expect(first.size).toBeGreaterThan(100);
    expect([...first.keys()].some((key) => key.includes("|socialArea|"))).toBe(true);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first].filter(([key, observation]) => JSON.stringify(second.get(key)) !== JSON.stringify(observation)).map(([key]) => key);
    expect(differing).toEqual([]);
  }, 240_000);
});
