import { readFileSync } from "node:fs";
import { ageRangeInYears, type OfferInput } from "@praeventionskette/domain";
import Ajv from "ajv";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import iconv from "iconv-lite";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemAccess } from "../auth/access.js";
import type { DatabaseHandle } from "../db/client.js";
import type { Database } from "../db/types.js";
import { seedDemoData } from "../demo/index.js";
import { actorAggregate } from "../repositories/actor.js";
import { allRecords, fieldsOf, type Stored } from "../repositories/aggregate.js";
import { fieldOfActionAggregate } from "../repositories/field-of-action.js";
import { goalAggregate } from "../repositories/goal.js";
import { lifePhaseAggregate, transitionAggregate } from "../repositories/life-phase.js";
import { offerAggregate } from "../repositories/offer.js";
import { territoryAggregate } from "../repositories/territory.js";
import { testDatabases } from "../test/databases.js";
import type { Kysely } from "kysely";
import { exportOffersCsv, exportOffersHsds } from "./offer-export.js";
import { importOffers, offerFileFormat, offerFileText } from "./offer-import.js";

// Export, then import into a fresh database whose reference data (territories, providers,
// configuration, goals) has other ids: the offers come back the same, referenced by the keys
// that travel between platforms. The HSDS export is held against the published HSDS 3.0 schema.

const TODAY = "2026-11-23";
const admin = systemAccess(TODAY, "Test");
const hsdsSchema = JSON.parse(readFileSync(new URL("../../../../../shared/standards/hsds-3.0/schema/compiled/service.json", import.meta.url), "utf8")) as object;
const validateService = new Ajv({ allErrors: true, format: "full" }).compile(hsdsSchema);

/** An offer with its references replaced by the keys that travel (provider name, territory key, codes, goal titles). */
async function portable(db: Kysely<Database>) {
  const [actors, territories, phases, transitions, fields, goals, offers] = await Promise.all([
    allRecords(db, actorAggregate),
    allRecords(db, territoryAggregate),
    allRecords(db, lifePhaseAggregate),
    allRecords(db, transitionAggregate),
    allRecords(db, fieldOfActionAggregate),
    allRecords(db, goalAggregate),
    allRecords(db, offerAggregate),
  ]);
  const name = new Map<string, string>([
    ...actors.map((a) => [a.id, a.name] as const),
    ...territories.map((t) => [t.id, t.code ?? t.name] as const),
    ...[...phases, ...transitions, ...fields].map((r) => [r.id, `${r.code}@${r.youthOfficeId === null ? "platform" : "office"}`] as const),
    ...goals.map((g) => [g.id, g.title] as const),
  ]);
  const names = (ids: readonly string[]) => ids.map((id) => name.get(id) ?? `?${id}`);
  return new Map(
    offers.map((offer) => [
      offer.id,
      {
        ...fieldsOf(offer),
        providerId: name.get(offer.providerId),
        territoryIds: names(offer.territoryIds),
        lifePhaseIds: names(offer.lifePhaseIds),
        transitionIds: names(offer.transitionIds),
        fieldOfActionIds: names(offer.fieldOfActionIds),
        goalIds: names(offer.goalIds),
      },
    ]),
  );
}

/** What HSDS carries of an offer: everything but the publication window, goals, months within a year and translations. */
function hsdsView(offer: OfferInput) {
  const pick = <K extends keyof OfferInput>(...keys: K[]) => Object.fromEntries(keys.map((key) => [key, offer[key]]));
  const { minimumAge, maximumAge } = ageRangeInYears(offer);
  return {
    ...pick("title", "shortTitle", "description", "providerId", "territoryIds", "schedules", "languages", "cost", "eligibility", "contact", "status"),
    ...pick("lifePhaseIds", "transitionIds", "fieldOfActionIds", "targetGroups", "preventionLevel"),
    locations: offer.locations.map((place) => ({ name: place.name, address: place.address, accessibility: place.accessibility })),
    years: [minimumAge, maximumAge],
  };
}

describe.each(testDatabases)("offer exchange on $name", (database) => {
  let source: DatabaseHandle;
  let target: DatabaseHandle;
  let csv: Buffer;
  let hsds: string;
  const clearOffers = async () => {
    await sql`delete from offer_proposal`.execute(target.db);
    await sql`delete from offer`.execute(target.db);
  };
  const offerCount = async (db: Kysely<Database>) => Number((await sql<{ n: string }>`select count(*) as n from offer`.execute(db)).rows[0]?.n);

  beforeAll(async () => {
    [source, target] = await Promise.all([database.open(), database.open()]);
    await seedDemoData(source.db);
    await seedDemoData(target.db);
    csv = await exportOffersCsv(source.db, TODAY);
    hsds = JSON.stringify(await exportOffersHsds(source.db, TODAY));
    // Two demo seeds take their time on a busy machine.
  }, 400_000);
  afterAll(async () => {
    await source.close();
    await target.close();
  });

  it("exports HSDS 3.0 services that the published schema accepts, with service areas and the prevention level", () => {
    const services = JSON.parse(hsds) as { id: string; service_areas: { uri?: string; name: string }[]; attributes: { taxonomy_term: { taxonomy: string } }[] }[];
    for (const service of services) expect(validateService(service), `${service.id}: ${JSON.stringify(validateService.errors)}`).toBe(true);
    const olfen = services.flatMap((s) => s.service_areas).find((area) => area.name === "Olfen");
    expect(olfen?.uri).toBe("http://dcat-ap.de/def/politicalGeocoding/municipalityKey/05558036");
    expect(services.every((s) => s.attributes.some((a) => a.taxonomy_term.taxonomy === "praeventionskette:praeventionsebene"))).toBe(true);
  });

  it("imports its own CSV export into a fresh database: the same offers, with the same ids", async () => {
    await clearOffers();
    const text = offerFileText(csv, offerFileFormat(csv));
    const preview = await importOffers(target.db, { format: "csv", text }, admin, { dryRun: true });
    expect(preview.problems).toEqual([]);
    expect(await offerCount(target.db)).toBe(0);
    const result = await importOffers(target.db, { format: "csv", text }, admin, { dryRun: false });
    expect(result).toMatchObject({ problems: [], dryRun: false, updated: 0, unchanged: 0 });
    expect(result.created).toBe(preview.created);
    expect(result.created).toBeGreaterThan(80);

    const [before, after] = [await portable(source.db), await portable(target.db)];
    expect(after.size).toBe(result.created);
    for (const [id, offer] of after) expect(offer, `Angebot ${id}`).toEqual(before.get(id));
  });

  it("imports its own HSDS export into a fresh database: the same offers as far as HSDS carries them", async () => {
    await clearOffers();
    const result = await importOffers(target.db, { format: "hsds", text: hsds }, admin, { dryRun: false });
    expect(result.problems).toEqual([]);
    const [before, after] = [await portable(source.db), await portable(target.db)];
    expect(after.size).toBe(result.created);
    for (const [id, offer] of after) expect(hsdsView(offer as never), `Angebot ${id}`).toEqual(hsdsView(before.get(id) as never));
    // Re-exported, the services are the same but for what belongs to the database (ids of providers, terms, time stamps).
    const again = await exportOffersHsds(target.db, TODAY);
    const strip = (services: unknown) => JSON.parse(JSON.stringify(services).replace(/"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"/g, '"id"').replace(/"last_modified":"[^"]+"/g, '"last_modified":""')) as unknown;
    expect(strip(again)).toEqual(strip(JSON.parse(hsds)));
  });

  it("finds nothing to do when a file is imported again, and refuses rows changed meanwhile", async () => {
    const text = offerFileText(csv, "csv");
    const again = await importOffers(source.db, { format: "csv", text }, admin, { dryRun: true });
    expect(again).toMatchObject({ problems: [], created: 0, updated: 0 });
    expect(again.unchanged).toBe(again.rows);
    const hsdsAgain = await importOffers(source.db, { format: "hsds", text: hsds }, admin, { dryRun: true });
    expect(hsdsAgain).toMatchObject({ problems: [], created: 0, updated: 0 });

    // Someone edits the first offer in the spreadsheet …
    const [header, ...rows] = parse(text, { delimiter: ";", bom: true }) as string[][];
    expect(header?.slice(0, 2)).toEqual(["ID", "Titel"]);
    const id = rows[0]![0]!;
    rows[0]![1] = "Neuer Titel";
    const edited = stringify([header, ...rows], { delimiter: ";" });
    const preview = await importOffers(source.db, { format: "csv", text: edited }, admin, { dryRun: true });
    expect(preview.items.filter((item) => item.action === "update")).toEqual([{ line: 2, action: "update", id, title: "Neuer Titel" }]);
    // … while someone else changes the same offer in the platform: the import refuses, naming the row and column.
    const stored = (await allRecords(source.db, offerAggregate)).find((o) => o.id === id) as Stored<OfferInput>;
    await sql`update offer set version = version + 1 where id = ${id}`.execute(source.db);
    const refused = await importOffers(source.db, { format: "csv", text: edited }, admin, { dryRun: false });
    expect(refused.problems).toEqual([{ line: 2, column: "Version", message: expect.stringContaining("nach dem Export") }]);
    expect((await allRecords(source.db, offerAggregate)).find((o) => o.id === id)?.title).toBe(stored.title);
  });

  it("previews a Windows-1252 spreadsheet with row-level errors and writes nothing, all or nothing", async () => {
    await clearOffers();
    const header = "Titel;Anbieter;Gebiete;Alter von (Monate);Alter bis (Monate, ausschließlich);Kostenfrei;Sprachen;E-Mail;Handlungsfelder;Zielgruppen;Standort 1 Straße;Standort 1 PLZ;Standort 1 Ort;Termin 1 Wochentage;Termin 1 Beginn;Termin 1 Ende";
    const good = "Elterncafé Süd;Familienzentrum St. Lamberti;Coesfeld;0;36;ja;de, tr;cafe@example.org;jugend;Eltern, Kinder;Süringstraße 5;48653;Coesfeld;Di;09:30;11:30";
    const rows = [
      header,
      good,
      "Sprachtreff;Niemand e. V.;Coesfeld;36;72;ja;de;treff@example.org;jugend;Kinder;;;;;;",
      "Babytreff;Familienzentrum St. Lamberti;Atlantis;0;12;ja;de;baby@example.org;jugend;Eltern;Markt 1;4865;Coesfeld;Funday;9;12",
    ];
    const file = iconv.encode(rows.join("\r\n"), "win1252");
    const text = offerFileText(file, offerFileFormat(file));
    expect(text).toContain("Süringstraße");
    const preview = await importOffers(target.db, { format: "csv", text }, admin, { dryRun: true });
    const problems = preview.problems.map((p) => [p.line, p.column]);
    expect(problems).toEqual(
      expect.arrayContaining([
        [3, "Anbieter"],
        [4, "Gebiete"],
        [4, "Termin 1 Wochentage"],
        [4, "Termin 1 Beginn"],
      ]),
    );
    expect(preview.problems.find((p) => p.line === 3)?.message).toBe("Einen Anbieter „Niemand e. V.“ gibt es nicht. Legen Sie ihn zuerst unter Akteure an.");
    expect(preview.problems.every((p) => p.line !== 2)).toBe(true);
    expect(preview).toMatchObject({ created: 0, items: [] });
    const refused = await importOffers(target.db, { format: "csv", text }, admin, { dryRun: false });
    expect(refused.problems.length).toBeGreaterThan(0);
    expect(await offerCount(target.db)).toBe(0);

    // A rule of the domain, found only when the row is checked in full: the postcode.
    const postcode = await importOffers(target.db, { format: "csv", text: [header, good.replace("48653", "4865")].join("\n") }, admin, { dryRun: true });
    expect(postcode.problems).toEqual([{ line: 2, column: "Standort 1", message: "Eine Postleitzahl hat fünf Ziffern." }]);

    const imported = await importOffers(target.db, { format: "csv", text: [header, good].join("\n") }, admin, { dryRun: false });
    expect(imported).toMatchObject({ created: 1, problems: [] });
    const [offer] = await allRecords(target.db, offerAggregate);
    expect(offer).toMatchObject({ title: "Elterncafé Süd", minAgeMonths: 0, maxAgeMonths: 36, languages: ["de", "tr"], schedules: [{ freq: "WEEKLY", byDay: ["TU"], opensAt: "09:30", closesAt: "11:30" }], targetGroups: ["parents", "children"], status: "active" });
  });

  it("reports HSDS problems by the service's position and field", async () => {
    const [first, second] = JSON.parse(hsds) as Record<string, unknown>[];
    const broken = [
      { ...first, id: "00000000-0000-4000-8000-000000000001", status: "open" },
      { ...second, id: "00000000-0000-4000-8000-000000000002", organization: { id: null, name: "Unbekannt" }, service_at_locations: [{ location: { name: "Ohne Anschrift" } }] },
    ];
    const result = await importOffers(target.db, { format: "hsds", text: JSON.stringify(broken) }, admin, { dryRun: true });
    expect(result.problems.map((p) => [p.line, p.column])).toEqual([
      [1, "status"],
      [2, "service_at_locations.0.location.addresses"],
      [2, "organization"],
    ]);
    expect((await importOffers(target.db, { format: "hsds", text: "{kein json" }, admin, { dryRun: true })).problems[0]?.message).toMatch(/^Die Datei ist kein gültiges JSON/);
  });
});
