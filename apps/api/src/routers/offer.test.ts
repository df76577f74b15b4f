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
    expect(kita?.offersIn[graph.town.id]).toBe(2);
    expect(coverage.cells.filter((cell) => cell.offersIn[graph.town.id] === 0).map((gap) => gap.lifePhaseId)).toEqual([graph.phaseB.id]);
  });
});

describe.each(testDatabases)("offer search for families on $name", (database) => {
  let handle: DatabaseHandle;
  let api: ReturnType<typeof callerFor>;
  let graph: Awaited<ReturnType<typeof createGraph>>;
  let ids: Record<"vinnum" | "duelmen" | "health" | "early" | "ue1", string>;
  let midwivesId: string;
  type Search = Parameters<typeof api.offer.search>[0];
  const titles = async (search: Search) => (await api.offer.search(search)).items.map((offer) => offer.title).sort();
  const MIDWIVES = "Familienhebammen im Kreis";
  const CAFE = "Elterncafé Olfen";
  const LANGUAGE = "Sprachförderung im Familienzentrum Vinnum";
  const DAY_CARE = "Kita-Einstieg: Beratung zum Übergang in die Kita";
  const COUNSELLING = "Erziehungsberatung Dülmen";

  beforeAll(async () => {
    handle = await database.open();
    // 23 November 2026, as in the other tests: a child born on 10 May 2026 is 6 months old.
    api = callerFor(handle, { today: "2026-11-23" });
    graph = await createGraph(api);
    const territory = (name: string, kind: "town" | "socialArea", code: string | null, parentId: string) =>
      api.territory.create({ name, kind, code, parentId, validFrom: "1975-01-01", validTo: null, population: null });
    const vinnum = await territory("Vinnum", "socialArea", null, graph.town.id);
    const duelmen = await territory("Dülmen", "town", "05558016", graph.county.id);
    const health = await api.fieldOfAction.create({ code: "gesundheit", name: { de: "Gesundheit", en: "Health" }, description: "" });
    const early = await api.lifePhase.create({ code: "fruehe-kindheit", name: { de: "Frühe Kindheit", en: "Early childhood" }, description: "", minAgeMonths: 0, maxAgeMonths: 36, order: 0 });
    const ue1 = await api.transition.create({ code: "UE1", name: { de: "Familie → Kita", en: "Family → day care" }, description: "", fromLifePhaseId: early.id, toLifePhaseId: graph.phaseA.id, order: 0 });
    ids = { vinnum: vinnum.id, duelmen: duelmen.id, health: health.id, early: early.id, ue1: ue1.id };

    const base = graph.samples.offer(0);
    const place = (name: string, wheelchairAccessible: boolean | null) => ({
      name, address: { street: "Kirchstraße 5", postalCode: "59399", city: "Olfen" }, accessibility: { wheelchairAccessible, description: null },
    });
    const midwives = await api.offer.create({
      ...base, title: MIDWIVES, shortTitle: "Familienhebammen",
      description: "Eine Familienhebamme ist eine Hebamme mit Zusatzqualifikation. Sie besucht Schwangere und Familien im ersten Lebensjahr zu Hause.",
      eligibility: "Schwangere und Familien mit Säuglingen.",
      territoryIds: [graph.county.id], minAgeMonths: -9, maxAgeMonths: 12, languages: ["de", "tr"], lifePhaseIds: [early.id], transitionIds: [], fieldOfActionIds: [health.id],
      translations: {
        en: { title: "Family midwives in the county", shortTitle: "Family midwives", description: "A family midwife visits pregnant women and families at home during the baby's first year.", eligibility: "Pregnant women and families with babies." },
        tr: { title: "İlçede aile ebeleri" },
      },
    });
    midwivesId = midwives.id;
    await api.offer.create({
      ...base, title: CAFE, description: "Austausch für Eltern bei Kaffee und Tee.", minAgeMonths: 0, maxAgeMonths: 36, lifePhaseIds: [early.id], transitionIds: [],
      cost: { free: false, amountCents: 200, description: "Kaffee 2 €" },
      locations: [{ ...place("Familienzentrum Olfen", true), coordinates: { latitude: 51.7112, longitude: 7.3826, source: "map" } }],
    });
    await api.offer.create({
      ...base, title: LANGUAGE, description: "Spielerische Sprachförderung für Kinder mit mehreren Sprachen.", territoryIds: [vinnum.id], languages: ["de", "ar"],
      locations: [place("Kita Vinnum", false)],
    });
    await api.offer.create({
      ...base, title: DAY_CARE, description: "Wir helfen bei der Suche nach einem Kita-Platz oder einer Tagesmutter.", territoryIds: [duelmen.id],
      minAgeMonths: 0, maxAgeMonths: 48, lifePhaseIds: [early.id], transitionIds: [ue1.id], locations: [place("Familienbüro", null)],
    });
    await api.offer.create({
      ...base, title: COUNSELLING, description: "Vertrauliche Hilfe bei Fragen zur Erziehung.", territoryIds: [duelmen.id], languages: ["de", "uk"],
      minAgeMonths: 0, maxAgeMonths: 216, lifePhaseIds: [], transitionIds: [], fieldOfActionIds: [health.id],
    });
    await api.offer.create({ ...base, title: "Schwimmkurs, abgelaufen", visibleTo: "2024-12-31" });
  });
  afterAll(() => handle.close());

  it("filters by the child's age in months or by birth date, also during pregnancy", async () => {
    const sixMonths = [COUNSELLING, CAFE, MIDWIVES, DAY_CARE].sort();
    expect(await titles({ ageMonths: 6 })).toEqual(sixMonths);
    const byBirthDate = await api.offer.search({ birthDate: "2026-05-10" });
    expect(byBirthDate.ageMonths).toBe(6);
    expect(byBirthDate.items.map((offer) => offer.title).sort()).toEqual(sixMonths);
    expect(await titles({ birthDate: "2027-01-20" })).toEqual([MIDWIVES]);
    expect((await api.offer.search({})).ageMonths).toBeNull();
  });

  it("says what comes next: the next transition for the age, with its offers where the family lives", async () => {
    const next = (await api.offer.search({ ageMonths: 6 })).nextTransition;
    expect(next).toMatchObject({ transition: { code: "UE1" }, from: { code: "fruehe-kindheit" }, to: { code: "kita-alter" }, monthsUntil: 30, total: 1 });
    expect(next?.offers.map((offer) => offer.title)).toEqual([DAY_CARE]);
    // In Olfen there is no offer for Ü1; the transition is still named.
    const inOlfen = (await api.offer.search({ ageMonths: 6, territoryId: graph.town.id })).nextTransition;
    expect(inOlfen).toMatchObject({ transition: { code: "UE1" }, total: 0, offers: [] });
    const kitaAge = (await api.offer.search({ birthDate: "2023-07-01" })).nextTransition;
    expect(kitaAge).toMatchObject({ transition: { code: "UE2" }, monthsUntil: 32 });
    expect(kitaAge?.offers.map((offer) => offer.title)).toEqual([LANGUAGE]);
    expect((await api.offer.search({ ageMonths: 130 })).nextTransition).toBeNull();
    expect((await api.offer.search({ text: "Kita" })).nextTransition).toBeNull();
  });

  it("finds German compound words from a part of them", async () => {
    expect(await titles({ text: "Eltern" })).toEqual([CAFE]);
    expect(await titles({ text: "Café" })).toEqual([CAFE]);
    expect(await titles({ text: "Beratung" })).toEqual([COUNSELLING, DAY_CARE]);
    expect(await titles({ text: "Hebamme" })).toEqual([MIDWIVES]);
    expect(await titles({ text: "Sprache Vinnum" })).toEqual([LANGUAGE]);
  });

  it("forgives typos", async () => {
    expect(await titles({ text: "Hebame" })).toEqual([MIDWIVES]);
    expect(await titles({ text: "Familienhebame" })).toEqual([MIDWIVES]);
    expect(await titles({ text: "Elterncafe" })).toEqual([CAFE]);
    expect(await titles({ text: "Sprachfördrung" })).toEqual([LANGUAGE]);
    expect(await titles({ text: "Erzihungsberatung" })).toEqual([COUNSELLING]);
    expect(await titles({ text: "Raumfahrt" })).toEqual([]);
  });

  it("filters by wheelchair access at any location", async () => {
    expect(await titles({ wheelchairAccessible: true })).toEqual([CAFE]);
    expect(await titles({ wheelchairAccessible: false })).toEqual([COUNSELLING, MIDWIVES, LANGUAGE, DAY_CARE].sort());
  });

  it("finds in a social area its own offers, its town's and the county's, and none of other towns", async () => {
    expect(await titles({ territoryId: ids.vinnum })).toEqual([CAFE, MIDWIVES, LANGUAGE]);
    expect(await titles({ territoryId: graph.town.id })).toEqual([CAFE, MIDWIVES, LANGUAGE]);
    expect(await titles({ territoryId: ids.duelmen })).toEqual([COUNSELLING, MIDWIVES, DAY_CARE]);
  });

  it("counts every facet under the other filters", async () => {
    const all = (await api.offer.search({})).facets!;
    const counts = <T extends { value: unknown; count: number }>(facet: T[]) => Object.fromEntries(facet.map((f) => [String(f.value), f.count]));
    expect(counts(all.fieldsOfAction)).toEqual({ [graph.field.id]: 3, [ids.health]: 2 });
    expect(all.fieldsOfAction.find((f) => f.value === ids.health)?.name).toEqual({ de: "Gesundheit", en: "Health" });
    expect(counts(all.lifePhases)).toEqual({ [ids.early]: 3, [graph.phaseA.id]: 1 });
    expect(counts(all.languages)).toEqual({ de: 5, tr: 1, ar: 1, uk: 1 });
    expect(counts(all.freeOfCharge)).toEqual({ true: 4, false: 1 });
    expect(counts(all.wheelchairAccessible)).toEqual({ true: 1, false: 4 });
    // Towns, with the county's offer counted in each of them.
    expect(all.territories.map((t) => [t.name, t.kind, t.count])).toEqual([["Dülmen", "town", 3], ["Olfen", "town", 3]]);

    // Each facet ignores its own filter and obeys the others.
    const free = (await api.offer.search({ freeOfCharge: true, fieldOfActionId: ids.health })).facets!;
    expect(counts(free.freeOfCharge)).toEqual({ true: 2 });
    expect(counts(free.fieldsOfAction)).toEqual({ [graph.field.id]: 2, [ids.health]: 2 });
    expect(counts(free.languages)).toEqual({ de: 2, tr: 1, uk: 1 });
    const inVinnum = (await api.offer.search({ territoryId: ids.vinnum, language: "ar" })).facets!;
    expect(counts(inVinnum.languages)).toEqual({ de: 3, tr: 1, ar: 1 });
    // With a social area chosen: its neighbours in the town (none here besides itself).
    expect(inVinnum.territories.map((t) => [t.name, t.count])).toEqual([["Vinnum", 1]]);
    const inOlfen = (await api.offer.search({ territoryId: graph.town.id })).facets!;
    expect(inOlfen.territories.map((t) => [t.name, t.count])).toEqual([["Dülmen", 3], ["Olfen", 3], ["Vinnum", 3]]);
    expect((await api.offer.search({ facets: false })).facets).toBeNull();
  });

  it("embeds the provider's public name and the locations with coordinates", async () => {
    const [cafe] = (await api.offer.search({ text: "Elterncafé" })).items;
    expect(cafe?.provider).toEqual({ id: graph.actor.id, name: "Familienzentrum Olfen", shortName: null });
    expect(cafe?.locations[0]?.coordinates).toEqual({ latitude: 51.7112, longitude: 7.3826, source: "map" });
  });

  it("shows translations, says which language it shows, and falls back to German", async () => {
    const shown = async (displayLanguage: "de" | "en" | "tr" | "uk") => (await api.offer.search({ text: "Hebamme", displayLanguage })).items[0]!;
    expect(await shown("en")).toMatchObject({ title: MIDWIVES, shownLanguage: "en", fallback: false, display: { title: "Family midwives in the county", shortTitle: "Family midwives" } });
    const turkish = await shown("tr");
    expect(turkish).toMatchObject({ shownLanguage: "tr", fallback: true, display: { title: "İlçede aile ebeleri", description: "Eine Familienhebamme ist eine Hebamme mit Zusatzqualifikation. Sie besucht Schwangere und Familien im ersten Lebensjahr zu Hause." } });
    expect(turkish.display.fieldLanguages).toEqual({ title: "tr", shortTitle: "de", description: "de", eligibility: "de" });
    expect(await shown("uk")).toMatchObject({ shownLanguage: "de", fallback: true, display: { title: MIDWIVES, requestedLanguage: "uk" } });
    expect(await shown("de")).toMatchObject({ shownLanguage: "de", fallback: false });
    const search = await api.offer.search({ displayLanguage: "uk" });
    expect(search.displayLanguage).toBe("uk");
    expect(search.items.every((offer) => offer.fallback && offer.shownLanguage === "de")).toBe(true);

    const got = await api.offer.get({ id: midwivesId, displayLanguage: "en" });
    expect(got).toMatchObject({ shownLanguage: "en", fallback: false, display: { title: "Family midwives in the county" }, provider: { name: "Familienzentrum Olfen" } });
    expect(got.translations.en?.title).toBe("Family midwives in the county");
    expect(await api.offer.get({ id: midwivesId })).toMatchObject({ title: MIDWIVES, shownLanguage: "de", fallback: false });
  });

  it("answers the same search as result cards: the same offers, counts and next transition, only what a card shows", async () => {
    for (const search of [{ text: "Hebamme", displayLanguage: "tr" as const }, { ageMonths: 6 }, { birthDate: "2023-07-01", territoryId: ids.vinnum }]) {
      const full = await api.offer.search(search);
      const cards = await api.offer.searchCards(search);
      expect(cards.items.map((card) => card.id)).toEqual(full.items.map((offer) => offer.id));
      expect({ ...cards, items: null, nextTransition: null }).toEqual({ ...full, items: null, nextTransition: null });
      expect(cards.nextTransition?.offers.map((card) => card.id)).toEqual(full.nextTransition?.offers.map((offer) => offer.id));
      expect(cards.nextTransition?.transition.name ?? null).toEqual(full.nextTransition ? { de: full.nextTransition.transition.name.de, en: full.nextTransition.transition.name.en } : null);
    }
    const [midwives] = (await api.offer.searchCards({ text: "Hebamme", displayLanguage: "tr" })).items;
    // Turkish title, German description: the card says it falls back (the short title it never shows is not asked).
    expect(midwives).toEqual({
      id: midwivesId,
      shownLanguage: "tr",
      fallback: true,
      display: { title: "İlçede aile ebeleri", description: "Eine Familienhebamme ist eine Hebamme mit Zusatzqualifikation. Sie besucht Schwangere und Familien im ersten Lebensjahr zu Hause." },
      provider: { name: "Familienzentrum Olfen" },
      minAgeMonths: -9,
      maxAgeMonths: 12,
      cost: { free: true },
      locations: expect.any(Array),
    });
    const [cafe] = (await api.offer.searchCards({ text: "Elterncafé" })).items;
    expect(cafe?.locations).toEqual([{ city: "Olfen", wheelchairAccessible: true, coordinates: { latitude: 51.7112, longitude: 7.3826 } }]);
    expect(cafe?.cost).toEqual({ free: false });
    // An English card of an offer translated in title and description does not fall back, though its short title is German.
    const english = (await api.offer.searchCards({ text: "Hebamme", displayLanguage: "en" })).items[0]!;
    expect(english).toMatchObject({ shownLanguage: "en", fallback: false, display: { title: "Family midwives in the county" } });
  });

  it("cuts a card's description to 220 characters, ellipsis included", async () => {
    const long = "Wir begleiten Familien. ".repeat(20).trim();
    const created = await api.offer.create({ ...graph.samples.offer(7), title: "Lange Beschreibung Familienbegleitung", description: long });
    const card = (await api.offer.searchCards({ text: "Familienbegleitung" })).items.find((item) => item.id === created.id)!;
    expect(card.display.description).toHaveLength(220);
    expect(card.display.description).toBe(`${long.slice(0, 219)}…`);
    await api.offer.archive({ id: created.id, expectedVersion: created.version });
  });

  it("keeps the search of version 0.1 working: language filters offer languages, no new input needed", async () => {
    const page = await api.offer.search({ language: "tr", limit: 5 });
    expect(page.items.map((offer) => offer.title)).toEqual([MIDWIVES]);
    expect(page).toMatchObject({ total: 1, limit: 5, offset: 0 });
  });

  it("refuses invalid input with German messages", async () => {
    const message = async (call: Promise<unknown>) => {
      const error = (await call.then(() => null, (e: unknown) => e)) as { code?: string; message?: string } | null;
      expect(error?.code).toBe("BAD_REQUEST");
      return error?.message ?? "";
    };
    expect(await message(api.offer.search({ ageMonths: 6, birthDate: "2026-05-10" }))).toContain("Geben Sie entweder das Alter in Monaten oder das Geburtsdatum an, nicht beides.");
    expect(await message(api.offer.search({ birthDate: "2028-01-01" }))).toBe("Das Geburtsdatum liegt mehr als neun Monate in der Zukunft.");
    expect(await message(api.offer.search({ ageMonths: 500 }))).toContain("Das Alter in Monaten liegt zwischen -9");
    expect(await message(api.offer.search({ displayLanguage: "fr" as "en" }))).toContain("Anzeigesprache als Sprachkürzel angeben");
    expect(await message(api.offer.get({ id: midwivesId, displayLanguage: "xx" as "en" }))).toContain("Anzeigesprache");
    const base = graph.samples.offer(9);
    expect(await message(api.offer.create({ ...base, translations: { fr: { title: "Cours de langue" } } as never }))).toContain("Übersetzungen gibt es auf Englisch (en)");
    const swapped = { name: "Kita", address: { street: "Markt 1", postalCode: "59399", city: "Olfen" }, accessibility: { wheelchairAccessible: true, description: null }, coordinates: { latitude: 7.38, longitude: 51.71, source: "map" as const } };
    expect(await message(api.offer.create({ ...base, locations: [swapped] }))).toContain("Sind Breite und Länge vertauscht?");
  });
});
