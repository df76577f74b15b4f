import { type ObservationInput, ObservationInputSchema } from "@praeventionskette/domain";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import iconv from "iconv-lite";
import { type Kysely, sql } from "kysely";
import { z } from "zod";
import type { Access } from "../auth/access.js";
import type { Database } from "../db/types.js";
import { ForbiddenError, RuleViolationError, UnauthenticatedError } from "../errors.js";
import { createRecord, fieldsOf, findRecord, inTransaction, updateRecord } from "../repositories/aggregate.js";
import { observationAggregate } from "../repositories/observation.js";
import { assertMayImport } from "./upload.js";

/*
 * Observations as German spreadsheets write and read them: semicolons, decimal commas, a
 * byte-order mark. Files without a byte-order mark are read as Windows-1252, the encoding
 * Excel on a German Windows saves "CSV (Trennzeichen-getrennt)" in. Territories are named by
 * their official key (AGS) or, for social areas, their local code; indicators by their code.
 */

/** The columns, in the order they are written. */
export const OBSERVATION_COLUMNS = ["Indikator", "Gebietsschlüssel", "Gebiet", "Zeitraum", "Zähler", "Nenner", "Wert", "Quelle", "Stand", "Anmerkung"] as const;

const decimal = new Intl.NumberFormat("de-DE", { useGrouping: false, maximumFractionDigits: 6 });

/** All observations, one row each, as a CSV file for German spreadsheets (UTF-8 with byte-order mark). */
export async function exportObservationsCsv(db: Kysely<Database>): Promise<Buffer> {
  const rows = await db
    .selectFrom("observation as o")
    .innerJoin("indicator as i", "i.id", "o.indicator_id")
    .innerJoin("territory as t", "t.id", "o.territory_id")
    .select(["i.code as indicator", "t.code as territoryCode", "t.data as territory", "o.data as observation"])
    .where("o.archived_at", "is", null)
    .orderBy("i.code")
    .orderBy("t.code")
    .orderBy("o.period")
    .execute();
  const format = (value: unknown) => (typeof value === "number" ? decimal.format(value) : value === null || value === undefined ? "" : String(value));
  const records = rows.map((row) => {
    const o = (typeof row.observation === "string" ? JSON.parse(row.observation) : row.observation) as ObservationInput;
    const t = (typeof row.territory === "string" ? JSON.parse(row.territory) : row.territory) as { name: string };
    return [row.indicator, row.territoryCode ?? "", t.name, o.period, o.numerator, o.denominator, o.value, o.source, o.asOf, o.note].map(format);
  });
  return Buffer.concat([Buffer.from("\uFEFF"), Buffer.from(stringify([[...OBSERVATION_COLUMNS], ...records], { delimiter: ";" }))]);
}

/** A problem in one row of an import, for the person who prepared the file. */
export interface RowProblem {
  /** The spreadsheet row, counting the header as row 1. */
  line: number;
  /** The column the problem is in, when it is in one. */
  column: string | null;
  message: string;
}

/** One value and what the import does (or, in a dry run, would do) with it. */
export interface ObservationImportItem {
  line: number;
  action: "create" | "update";
  indicator: string;
  territoryCode: string;
  period: string;
}

/** What an import did or, in a dry run, would do. */
export interface ObservationImportResult {
  rows: number;
  created: number;
  updated: number;
  items: ObservationImportItem[];
  problems: RowProblem[];
  dryRun: boolean;
}

/** Decodes a spreadsheet file: UTF-8 when it starts with a byte-order mark or is valid UTF-8, else Windows-1252. */
export function decodeSpreadsheet(file: Buffer): string {
  if (file[0] === 0xef && file[1] === 0xbb && file[2] === 0xbf) return file.subarray(3).toString("utf8");
  const utf8 = file.toString("utf8");
  return utf8.includes("\uFFFD") ? iconv.decode(file, "win1252") : utf8;
}

const germanNumber = z
  .string()
  .trim()
  .transform((text, ctx) => {
    if (text === "") return null;
    const value = Number(text.replace(/\./g, "").replace(",", "."));
    if (!Number.isFinite(value)) {
      ctx.addIssue({ code: "custom", message: `„${text}“ ist keine Zahl.` });
      return z.NEVER;
    }
    return value;
  });

class DryRunRollback extends Error {}

/**
 * Imports observations from a CSV file: every row is checked (domain schema, references and the
 * repository's rules), then all are written or, if any row fails, none; with `dryRun` nothing is
 * written either way and the answer previews what would happen. A row for a cell that exists
 * (indicator, territory, period) updates it.
 */
export async function importObservationsCsv(db: Kysely<Database>, file: Buffer, access: Access, options: { dryRun: boolean }): Promise<ObservationImportResult> {
  assertMayImport(access, "Kennzahlenwerte importieren");
  let records: Record<string, string>[];
  const text = decodeSpreadsheet(file);
  // German spreadsheets separate with semicolons (the comma is the decimal sign); others with commas.
  const delimiter = (text.split(/\r?\n/, 1)[0] ?? "").includes(";") ? ";" : ",";
  try {
    records = parse(text, { columns: true, delimiter, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    return { rows: 0, created: 0, updated: 0, items: [], dryRun: options.dryRun, problems: [{ line: 1, column: null, message: `Die Datei ist kein lesbares CSV: ${(error as Error).message}` }] };
  }
  const missingColumns = ["Indikator", "Gebietsschlüssel", "Zeitraum", "Zähler", "Nenner", "Quelle", "Stand"].filter((column) => records.length > 0 && !(column in records[0]!));
  if (missingColumns.length > 0) {
    return { rows: records.length, created: 0, updated: 0, items: [], dryRun: options.dryRun, problems: [{ line: 1, column: null, message: `Es fehlen die Spalten ${missingColumns.join(", ")}.` }] };
  }
  const result: ObservationImportResult = { rows: records.length, created: 0, updated: 0, items: [], problems: [], dryRun: options.dryRun };
  try {
    await inTransaction(db, async (trx) => {
      const indicators = new Map((await trx.selectFrom("indicator").select(["id", "code"]).execute()).map((row) => [row.code, row.id]));
      const territories = new Map((await trx.selectFrom("territory").select(["id", "code"]).where("code", "is not", null).execute()).map((row) => [row.code, row.id]));
      for (const [index, record] of records.entries()) {
        const line = index + 2;
        const fail = (message: string, column: string | null = null) => result.problems.push({ line, column, message });
        const indicatorId = indicators.get(record.Indikator ?? "");
        const territoryId = territories.get(record["Gebietsschlüssel"] ?? "");
        if (!indicatorId) fail(`Den Indikator „${record.Indikator ?? ""}“ gibt es nicht.`, "Indikator");
        if (!territoryId) fail(`Ein Gebiet mit dem Schlüssel „${record["Gebietsschlüssel"] ?? ""}“ gibt es nicht.`, "Gebietsschlüssel");
        const numerator = germanNumber.safeParse(record["Zähler"] ?? "");
        const denominator = germanNumber.safeParse(record.Nenner ?? "");
        const value = germanNumber.safeParse(record.Wert ?? "");
        for (const [name, parsed] of [["Zähler", numerator], ["Nenner", denominator], ["Wert", value]] as const) {
          if (!parsed.success) fail(`${name}: ${parsed.error.issues[0]?.message ?? "ungültig"}`, name);
        }
        if (!indicatorId || !territoryId || !numerator.success || !denominator.success || !value.success) continue;
        const input = ObservationInputSchema.safeParse({
          indicatorId,
          territoryId,
          period: record.Zeitraum ?? "",
          numerator: numerator.data,
          denominator: denominator.data,
          value: value.data,
          source: record.Quelle ?? "",
          asOf: record.Stand ?? "",
          isDemo: false,
          note: record.Anmerkung ? record.Anmerkung : null,
        });
        if (!input.success) {
          for (const issue of input.error.issues) fail(`${issue.path.join(".")}: ${issue.message}`, columnOf(issue.path));
          continue;
        }
        const existing = await trx
          .selectFrom("observation")
          .select("id")
          .where("indicator_id", "=", indicatorId)
          .where("territory_id", "=", territoryId)
          .where("period", "=", input.data.period)
          .executeTakeFirst();
        // A savepoint per row, so that one refused row is reported and the others still checked.
        await sql`savepoint import_row`.execute(trx);
        try {
          if (existing) {
            const current = await findRecord(trx, observationAggregate, existing.id);
            await updateRecord(trx, observationAggregate, { id: existing.id, expectedVersion: current!.version, input: { ...fieldsOf(current!), ...input.data } }, access);
            result.updated += 1;
          } else {
            await createRecord(trx, observationAggregate, input.data, access);
            result.created += 1;
          }
          await sql`release savepoint import_row`.execute(trx);
          result.items.push({ line, action: existing ? "update" : "create", indicator: record.Indikator ?? "", territoryCode: record["Gebietsschlüssel"] ?? "", period: input.data.period });
        } catch (error) {
          await sql`rollback to savepoint import_row`.execute(trx);
          // A row outside the writer's territories refuses the whole file, preview included.
          if (error instanceof ForbiddenError || error instanceof UnauthenticatedError) throw new ForbiddenError(`Zeile ${line}: ${error.message}`);
          fail((error as Error).message, error instanceof RuleViolationError ? columnOf(error.path) : null);
        }
      }
      if (result.problems.length > 0 || options.dryRun) throw new DryRunRollback();
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  if (result.problems.length > 0) {
    result.created = 0;
    result.updated = 0;
    result.items = [];
  }
  return result;
}

/** The CSV column of an observation field, for messages about a field. */
function columnOf(path: readonly PropertyKey[]): string | null {
  const columns: Record<string, string> = {
    indicatorId: "Indikator",
    territoryId: "Gebietsschlüssel",
    period: "Zeitraum",
    numerator: "Zähler",
    denominator: "Nenner",
    value: "Wert",
    source: "Quelle",
    asOf: "Stand",
    note: "Anmerkung",
  };
  return typeof path[0] === "string" ? (columns[path[0]] ?? null) : null;
}
