import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../db/client.js";
import { callerFor } from "../test/caller.js";
import { testDatabases } from "../test/databases.js";
import { createGraph } from "../test/fixtures.js";

/** Dülmen's market square; the distances below are measured from it. */
const DUELMEN = { latitude: 51.8307, longitude: 7.2836 };

const place = (name: string, latitude: number, longitude: number) => ({
  name,
  address: { street: "Markt 1", postalCode: "48249", city: name },
  accessibility: { wheelchairAccessible: null, description: null },
  coordinates: { latitude, longitude, source: "entered" as const },
});

describe.each(testDatabases)("offer search near a point on $name", (database) => {
  let handle: DatabaseHandle;
  let api: ReturnType<typeof callerFor>;
  const titles = async (search: Parameters<typeof api.offer.search>[0]) => (await api.offer.search(search)).items.map((offer) => offer.title);

  beforeAll(async () => {
    handle = await database.open();
    api = callerFor(handle, { today: "2026-11-23" });
    const graph = await createGraph(api);
    const base = graph.samples.offer(0);
    // From the market: 1.1 km north; Buldern 10.8 km east; Coesfeld 15 km, Merfeld 9.4 km west; and one without coordinates.
    await api.offer.create({ ...base, title: "Elterncafé am Markt", locations: [place("Dülmen", 51.8407, 7.2836)] });
    await api.offer.create({ ...base, title: "Krabbelgruppe Buldern", locations: [place("Buldern", 51.8584, 7.4347)] });
    await api.offer.create({ ...base, title: "Familientreff in zwei Orten", locations: [place("Coesfeld", 51.9458, 7.1675), place("Merfeld", 51.8307, 7.1475)] });
    await api.offer.create({ ...base, title: "Hausbesuche ohne Ort", locations: [] });
  });
  afterAll(() => handle.close());

  it("finds offers with a location inside the circle, nearest first, and never those without coordinates", async () => {
    expect(await titles({ near: { ...DUELMEN, km: 2 } })).toEqual(["Elterncafé am Markt"]);
    // Merfeld lies 9.4 km west of the market: the offer counts by its nearest location.
    expect(await titles({ near: { ...DUELMEN, km: 10 } })).toEqual(["Elterncafé am Markt", "Familientreff in zwei Orten"]);
    expect(await titles({ near: { ...DUELMEN, km: 25 } })).toEqual(["Elterncafé am Markt", "Familientreff in zwei Orten", "Krabbelgruppe Buldern"]);
    expect(await titles({})).toHaveLength(4);
  });

  it("combines the circle with words and counts only what lies inside", async () => {
    const result = await api.offer.search({ text: "Krabbelgruppe", near: { ...DUELMEN, km: 5 } });
    expect(result.total).toBe(0);
    expect((await api.offer.search({ near: { ...DUELMEN, km: 10 } })).facets?.freeOfCharge).toEqual([{ value: true, count: 2 }]);
  });

  it("refuses a circle that makes no sense, with a German message", async () => {
    await expect(api.offer.search({ near: { ...DUELMEN, km: 0 } })).rejects.toThrow("Der Umkreis muss größer als 0 km sein.");
    await expect(api.offer.search({ near: { ...DUELMEN, km: 500 } })).rejects.toThrow("höchstens 100 km");
    await expect(api.offer.search({ near: { latitude: 95, longitude: 7, km: 5 } })).rejects.toThrow("Die Breite liegt zwischen -90 und 90 Grad.");
  });
});
