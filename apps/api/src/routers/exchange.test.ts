import { TRPCError } from "@trpc/server";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Access } from "../auth/access.js";
import type { DatabaseHandle } from "../db/client.js";
import { MAX_IMPORT_BYTES } from "../ops/upload.js";
import { callerFor } from "../test/caller.js";
import { testDatabases } from "../test/databases.js";
import { createGraph } from "../test/fixtures.js";
import { createTestApp, post } from "../test/http.js";

// The exchange router: previews that write nothing and say what would happen row by row, imports
// that write all rows or none, files as text or base64 (Windows-1252 spreadsheets), a size limit,
// and only for people who may write in the rows' territories.

async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => new Error("expected the call to fail"),
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw error;
  return error;
}

const offerHeader = "Titel;Anbieter;Gebietsschlüssel;Alter von (Monate);Alter bis (Monate, ausschließlich);Kostenfrei;Sprachen;E-Mail;Handlungsfelder;Zielgruppen;Präventionsebene";
const offerRow = (title: string, territory = "05558036") => `${title};Familienzentrum Olfen;${territory};36;72;ja;de;fz@olfen.example;bildung;Kinder;Universelle Prävention`;
const base64 = (lines: string[]) => ({ content: iconv.encode(lines.join("\r\n"), "win1252").toString("base64"), encoding: "base64" as const });

describe.each(testDatabases)("exchange router on $name", (database) => {
  let handle: DatabaseHandle;
  let api: ReturnType<typeof callerFor>;
  let graph: Awaited<ReturnType<typeof createGraph>>;
  beforeAll(async () => {
    handle = await database.open();
    api = callerFor(handle);
    graph = await createGraph(api);
  });
  afterAll(() => handle.close());
  const offerCount = async () => (await api.offer.list({ includeArchived: true, limit: 200 })).total;

  it("previews an offer import from a Windows-1252 spreadsheet without writing, then imports it", async () => {
    const file = base64([offerHeader, offerRow("Sprachförderung für Kinder im Ü3-Bereich")]);
    const before = await offerCount();
    const preview = await api.exchange.previewOfferImport({ ...file, format: "csv" });
    expect(preview).toMatchObject({ format: "csv", dryRun: true, rows: 1, created: 1, updated: 0, problems: [], items: [{ line: 2, action: "create", id: null, title: "Sprachförderung für Kinder im Ü3-Bereich" }] });
    expect(await offerCount()).toBe(before);

    const imported = await api.exchange.importOffers({ ...file, format: "csv" });
    expect(imported).toMatchObject({ dryRun: false, created: 1, problems: [] });
    const id = imported.items[0]?.id;
    expect(await api.offer.get({ id: id! })).toMatchObject({
      title: "Sprachförderung für Kinder im Ü3-Bereich",
      providerId: graph.actor.id,
      territoryIds: [graph.town.id],
      fieldOfActionIds: [graph.field.id],
      minAgeMonths: 36,
      maxAgeMonths: 72,
      cost: { free: true },
      version: 1,
    });
    const audit = await handle.db.selectFrom("audit_event").select(["action", "user_name"]).where("record_id", "=", id!).execute();
    expect(audit).toEqual([{ action: "create", user_name: "Testlauf" }]);
  });

  it("updates an offer from a file with fewer columns, keeping what the file does not carry", async () => {
    const created = await api.offer.create({ ...graph.samples.offer(30), cost: { free: false, amountCents: 2500, description: "ermäßigt auf Anfrage" }, minAgeMonths: 40, maxAgeMonths: 70 });
    // As the first export had it: ages in whole years, no amount, e-mail and telephone only.
    const header = "ID;Version;Titel;Anbieter;Gebiete;Alter von (Jahre);Alter bis (Jahre, einschließlich);Kostenfrei;Telefon";
    const row = (title: string, version: number) => `${created.id};${version};${title};Familienzentrum Olfen;Olfen;3;5;nein;02595 12345`;
    const result = await api.exchange.importOffers({ content: [header, row("Sprachförderung, neu gefasst", 1)].join("\n"), format: "csv" });
    expect(result).toMatchObject({ updated: 1, problems: [], items: [{ line: 2, action: "update", id: created.id }] });
    expect(await api.offer.get({ id: created.id })).toMatchObject({
      title: "Sprachförderung, neu gefasst",
      version: 2,
      minAgeMonths: 40,
      maxAgeMonths: 70,
      cost: { free: false, amountCents: 2500, description: "ermäßigt auf Anfrage" },
      contact: { email: "fz@olfen.example", phone: "02595 12345" },
      fieldOfActionIds: [graph.field.id],
    });
    // The same file again, now stale: refused at the Version column.
    const stale = await api.exchange.previewOfferImport({ content: [header, row("Noch einmal neu", 1)].join("\n"), format: "csv" });
    expect(stale.problems).toEqual([{ line: 2, column: "Version", message: expect.stringContaining("nach dem Export von Testlauf geändert (gespeichert: Version 2)") }]);
    // Ages in years that disagree with the stored months replace them.
    await api.exchange.importOffers({ content: [header, row("Sprachförderung, neu gefasst", 2).replace(";3;5;", ";4;5;")].join("\n"), format: "csv" });
    expect(await api.offer.get({ id: created.id })).toMatchObject({ minAgeMonths: 48, maxAgeMonths: 72, version: 3 });
  });

  it("answers row-level errors with row, column and a German message, and imports nothing of a file with a bad row", async () => {
    const file = { content: [offerHeader, offerRow("Gutes Angebot"), offerRow("Angebot in Atlantis", "09999999"), "Ohne Anbieter;;05558036;36;72;ja;de;fz@olfen.example;bildung;Kinder;Universelle Prävention"].join("\n") };
    const before = await offerCount();
    const preview = await api.exchange.previewOfferImport({ ...file, format: "csv" });
    expect(preview.problems).toEqual([
      { line: 3, column: "Gebietsschlüssel", message: "Ein Gebiet „09999999“ gibt es nicht." },
      { line: 4, column: "Anbieter", message: "Bitte den Anbieter angeben." },
    ]);
    expect(preview).toMatchObject({ rows: 3, created: 0, items: [] });
    const imported = await api.exchange.importOffers({ ...file, format: "csv" });
    expect(imported.problems).toHaveLength(2);
    expect(await offerCount()).toBe(before);
  });

  it("takes HSDS JSON as text", async () => {
    const service = {
      id: "6f1d2c3b-4a59-4e68-9f70-8a1b2c3d4e5f",
      name: "Elterncafé Olfen",
      status: "active",
      minimum_age: 0,
      maximum_age: 2,
      email: "cafe@olfen.example",
      organization: { id: graph.actor.id, name: graph.actor.name, description: "" },
      service_areas: [{ id: "7a1d2c3b-4a59-4e68-9f70-8a1b2c3d4e5f", name: "Olfen", uri: "http://dcat-ap.de/def/politicalGeocoding/municipalityKey/05558036" }],
      languages: [{ id: "8a1d2c3b-4a59-4e68-9f70-8a1b2c3d4e5f", name: "Deutsch", code: "de" }],
      attributes: [
        { id: "9a1d2c3b-4a59-4e68-9f70-8a1b2c3d4e5f", taxonomy_term: { code: "bildung", taxonomy: "praeventionskette:handlungsfeld" } },
        { id: "9b1d2c3b-4a59-4e68-9f70-8a1b2c3d4e5f", taxonomy_term: { code: "parents", taxonomy: "praeventionskette:zielgruppe" } },
      ],
    };
    const result = await api.exchange.importOffers({ content: JSON.stringify([service]), format: "hsds" });
    expect(result).toMatchObject({ created: 1, problems: [], items: [{ line: 1, action: "create", id: service.id }] });
    expect(await api.offer.get({ id: service.id })).toMatchObject({ title: "Elterncafé Olfen", minAgeMonths: 0, maxAgeMonths: 36, targetGroups: ["parents"], preventionLevel: "universal" });
  });

  it("refuses files over the size limit and content that is not base64, with a German message", async () => {
    const tooLarge = await errorOf(api.exchange.previewOfferImport({ content: "x".repeat(Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 10), format: "csv" }));
    expect(tooLarge).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("Die Datei ist zu groß (höchstens 4 MB)") });
    const justTooLarge = await errorOf(api.exchange.previewOfferImport({ content: "x".repeat(MAX_IMPORT_BYTES + 1), format: "csv" }));
    expect(justTooLarge).toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^Die Datei ist mit 4,0 MB zu groß/) });
    expect(await errorOf(api.exchange.previewObservationImport({ content: "kein base64!", encoding: "base64" }))).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("Base64") });
  });

  it("previews and imports indicator values, all or nothing, with the column of each problem", async () => {
    const header = "Indikator;Gebietsschlüssel;Gebiet;Zeitraum;Zähler;Nenner;Wert;Quelle;Stand;Anmerkung";
    const good = "B2;05558036;Olfen;2030;300;310;;IT.NRW;2031-03-01;";
    const file = base64([header, good, "B2;05558099;Nirgendwo;2030;1;2;;IT.NRW;2031-03-01;", "B2;05558036;Olfen;2031;x;2;;IT.NRW;2031-03-01;"]);
    const preview = await api.exchange.previewObservationImport(file);
    expect(preview.problems.map((p) => [p.line, p.column])).toEqual([
      [3, "Gebietsschlüssel"],
      [4, "Zähler"],
    ]);
    const before = (await api.observation.list({ territoryId: graph.town.id, limit: 200 })).total;
    expect((await api.exchange.importObservations(file)).problems).toHaveLength(2);
    expect((await api.observation.list({ territoryId: graph.town.id, limit: 200 })).total).toBe(before);
    const imported = await api.exchange.importObservations(base64([header, good]));
    expect(imported).toMatchObject({ created: 1, problems: [], items: [{ line: 2, action: "create", indicator: "B2", territoryCode: "05558036", period: "2030" }] });
    expect((await api.observation.list({ territoryId: graph.town.id, limit: 200 })).total).toBe(before + 1);
  });

  it("refuses rows outside the caller's territories, preview included, naming the row", async () => {
    const otherTown = await api.territory.create({ name: "Dülmen", kind: "town", code: "05558016", parentId: graph.county.id, validFrom: "1975-01-01", validTo: null, population: 47_700 });
    const editorOfDuelmen: Access = {
      principal: { userId: "u1", name: "Doris Dülmen", email: "doris@example.org", assignments: [{ role: "townEditor", territoryId: otherTown.id, organisationId: null }] },
      editorName: "Doris Dülmen",
      readable: { all: false, territoryIds: [otherTown.id] },
      writable: { all: false, territoryIds: [otherTown.id] },
      configurable: { all: false, youthOfficeIds: [] },
      organisationIds: [],
      today: "2026-11-23",
      suppressionThreshold: 3,
    };
    const editor = callerFor(handle, { access: editorOfDuelmen });
    const refused = await errorOf(editor.exchange.previewOfferImport({ content: [offerHeader, offerRow("Angebot in Olfen")].join("\n"), format: "csv" }));
    expect(refused).toMatchObject({ code: "FORBIDDEN", message: "Zeile 2: Angebot: Ihre Rolle erlaubt keine Änderungen in diesem Gebiet." });
    const viewer = callerFor(handle, { access: { ...editorOfDuelmen, writable: { all: false, territoryIds: [] } } });
    expect(await errorOf(viewer.exchange.previewObservationImport({ content: "Indikator;Gebietsschlüssel\n" }))).toMatchObject({ code: "FORBIDDEN" });
  });

  it("lets import files through the HTTP size limit of other requests, up to its own", async () => {
    const { app } = createTestApp(handle);
    const large = await post(app, "/trpc/exchange.previewOfferImport", { content: "x".repeat(2 * 1024 * 1024), format: "csv" });
    expect(large.status).toBe(401);
    const huge = await post(app, "/trpc/exchange.previewOfferImport", { content: "x".repeat(8 * 1024 * 1024), format: "csv" });
    expect(huge.status).toBe(413);
  });
});
