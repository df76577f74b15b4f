import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemAccess } from "../auth/access.js";
import type { DatabaseHandle } from "../db/client.js";
import { seedDemoData } from "../demo/index.js";
import { testDatabases } from "../test/databases.js";
import { exportObservationsCsv, importObservationsCsv } from "./observation-csv.js";
import { exportOffersCsv, exportOffersHsds } from "./offer-export.js";

const TODAY = "2026-11-23";
const admin = systemAccess(TODAY, "Test");
const header = "Indikator;Gebietsschlüssel;Gebiet;Zeitraum;Zähler;Nenner;Wert;Quelle;Stand;Anmerkung";

describe.each(testDatabases)("import and export on $name", (database) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await database.open();
    await seedDemoData(handle.db);
  });
  afterAll(() => handle.close());
  const count = async () => (await handle.db.selectFrom("observation").select("id").execute()).length;

  it("exports published offers as HSDS services with inclusive ages and as a German CSV", async () => {
    const services = await exportOffersHsds(handle.db, TODAY);
    expect(services.length).toBeGreaterThan(80);
    const kita = services.find((s) => s.name.includes("Sprachförderung"));
    expect(kita?.organization?.name).toBeTruthy();
    expect(services.every((s) => s.maximum_age === undefined || s.maximum_age >= (s.minimum_age ?? 0))).toBe(true);
    const csv = (await exportOffersCsv(handle.db, TODAY)).toString("utf8");
    expect(csv.startsWith("\uFEFFID;Titel;Anbieter;Gebiete")).toBe(true);
    // One record per offer; goal titles are line breaks within their cell.
    expect(parse(csv, { delimiter: ";", bom: true })).toHaveLength(services.length + 1);
  });

  it("exports observations with decimal commas and reads its own export back unchanged", async () => {
    const file = await exportObservationsCsv(handle.db);
    const text = file.toString("utf8");
    expect(text.startsWith(`\uFEFF${header}`)).toBe(true);
    expect(text).toMatch(/;\d+,\d+;/);
    const before = await count();
    const result = await importObservationsCsv(handle.db, file, admin, { dryRun: true });
    expect(result).toMatchObject({ problems: [], created: 0, dryRun: true });
    expect(result.updated).toBe(before);
  });

  it("imports a Windows-1252 file from a German spreadsheet, all or nothing, with row-level errors", async () => {
    const rows = [
      header,
      "B1;05558036;Olfen;2030;120;300;;IT.NRW, Kita-Statistik;2031-03-01;Prognose",
      "B1;05558016;Dülmen;2030;1.050;2.900;;IT.NRW, Kita-Statistik;2031-03-01;",
    ];
    const windows = iconv.encode(rows.join("\r\n"), "win1252");
    const before = await count();
    const preview = await importObservationsCsv(handle.db, windows, admin, { dryRun: true });
    expect(preview).toMatchObject({ rows: 2, created: 2, updated: 0, problems: [] });
    expect(await count()).toBe(before);

    const broken = iconv.encode([...rows, "B1;05558099;Nirgendwo;2030;1;2;;x;2031-03-01;", "B1;05558020;Havixbeck;2030;500;300;;x;2031-03-01;"].join("\r\n"), "win1252");
    const refused = await importObservationsCsv(handle.db, broken, admin, { dryRun: false });
    expect(refused.problems.map((p) => p.line)).toEqual([4, 5]);
    expect(refused.problems[0]?.message).toContain("05558099");
    expect(refused.problems[1]?.message).toMatch(/Zähler|Nenner/);
    expect(await count()).toBe(before);

    const imported = await importObservationsCsv(handle.db, windows, admin, { dryRun: false });
    expect(imported).toMatchObject({ created: 2, problems: [] });
    expect(await count()).toBe(before + 2);
    const duelmen = await handle.db.selectFrom("observation as o").innerJoin("territory as t", "t.id", "o.territory_id").select("o.data").where("t.code", "=", "05558016").where("o.period", "=", "2030").executeTakeFirstOrThrow();
    expect(duelmen.data).toMatchObject({ numerator: 1050, denominator: 2900, source: "IT.NRW, Kita-Statistik" });
  });
});
