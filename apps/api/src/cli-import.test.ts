import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "./db/client.js";
import { migrateToLatest } from "./db/migrate.js";
import { fieldsOf } from "./repositories/aggregate.js";
import { callerFor } from "./test/caller.js";
import { createGraph } from "./test/fixtures.js";

// `import-offers` at the command line: a dry run, row problems with a non-zero exit, the format
// told by the file, and the round trip from one platform's `export-offers` into another's.

const cli = path.resolve(fileURLToPath(import.meta.url), "../cli.ts");
const work = mkdtempSync(path.join(tmpdir(), "pk-cli-import-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(dataDir: string, args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", cli, ...args], {
    encoding: "utf8",
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", DEMO_DATA: "false", TZ: "Europe/Berlin" },
    timeout: 90_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A platform on its own data directory with the small test graph and, if asked, one published offer. */
async function platform(name: string, withOffer: boolean) {
  const dataDir = path.join(work, name);
  const handle = await openDatabase({ kind: "embedded", dataDir });
  try {
    await migrateToLatest(handle.db);
    const api = callerFor(handle);
    const graph = await createGraph(api);
    const offer = withOffer
      ? await api.offer.create({
          ...graph.samples.offer(1),
          locations: [{ name: "Familienzentrum", address: { street: "Kirchstraße 5", postalCode: "59399", city: "Olfen" }, accessibility: { wheelchairAccessible: true, description: null } }],
          schedules: [{ freq: "WEEKLY", byDay: ["TU", "TH"], opensAt: "09:30", closesAt: "11:30", description: "außer in den Ferien" }],
          cost: { free: false, amountCents: 2500, description: "ermäßigt auf Anfrage" },
        })
      : null;
    return { dataDir, offer };
  } finally {
    await handle.close();
  }
}

describe("import-offers at the command line", () => {
  it("round-trips export-offers into another platform, after a dry run, in both formats", { timeout: 300_000 }, async () => {
    const source = await platform("quelle", true);
    const target = await platform("ziel", false);
    for (const format of ["csv", "hsds"] as const) {
      const file = path.join(work, `angebote.${format === "csv" ? "csv" : "json"}`);
      const exported = run(source.dataDir, ["export-offers", "--format", format, "--file", file]);
      expect(exported.status, exported.output).toBe(0);
      const dryRun = run(target.dataDir, ["import-offers", "--file", file, "--dry-run"]);
      expect(dryRun.output).toContain(`1 Angebote geprüft (${format === "csv" ? "CSV" : "HSDS 3.0"}): ${format === "csv" ? "1 würden neu angelegt" : "0 würden neu angelegt"}`);
      expect(dryRun.status).toBe(0);
      if (format === "csv") {
        const imported = run(target.dataDir, ["import-offers", "--file", file]);
        expect(imported.output).toContain("1 wurden neu angelegt");
        expect(imported.status).toBe(0);
      }
    }
    const handle = await openDatabase({ kind: "embedded", dataDir: target.dataDir });
    try {
      const copy = await callerFor(handle).offer.get({ id: source.offer!.id });
      const original = fieldsOf(source.offer!);
      for (const field of ["title", "description", "locations", "schedules", "languages", "cost", "minAgeMonths", "maxAgeMonths", "eligibility", "contact", "status", "targetGroups", "preventionLevel"] as const) {
        expect(copy[field], field).toEqual(original[field]);
      }
      expect(copy.territoryIds).toHaveLength(1);
    } finally {
      await handle.close();
    }
  });

  // Four CLI processes, each starting through tsx on its own embedded database: as long as the round trip above.
  it("exits non-zero on row problems, writing nothing, and tells the format by the content", { timeout: 300_000 }, () => {
    const dataDir = path.join(work, "leer");
    const csv = path.join(work, "fehler.csv");
    writeFileSync(csv, "\uFEFFTitel;Anbieter;Gebiete\nElterncafé;Niemand e. V.;Atlantis\n");
    const refused = run(dataDir, ["import-offers", "--file", csv]);
    expect(refused.status).toBe(1);
    expect(refused.output).toContain("Zeile 2, Anbieter: Einen Anbieter „Niemand e. V.“ gibt es nicht.");
    expect(refused.output).toContain("Zeile 2, Gebiete: Ein Gebiet „Atlantis“ gibt es nicht.");
    expect(refused.output).toContain("es wurde nichts importiert");

    const json = path.join(work, "leer.json");
    writeFileSync(json, "[]");
    const empty = run(dataDir, ["import-offers", "--file", json]);
    expect(empty.output).toContain("0 Angebote geprüft (HSDS 3.0)");
    expect(empty.status).toBe(0);

    expect(run(dataDir, ["import-offers", "--file", path.join(work, "fehlt.csv")]).status).toBe(1);
    const wrong = run(dataDir, ["import-offers", "--file", csv, "--format", "xml"]);
    expect(wrong.status).toBe(2);
    expect(wrong.output).toContain("import-offers --file DATEI [--format csv|hsds] [--dry-run]");
    expect(readFileSync(csv, "utf8")).toContain("Elterncafé");
  });
});
