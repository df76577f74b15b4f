import {
  ageRangeInYears,
  ancestorsOf,
  type OfferInput,
  OfferInputSchema,
  youthOfficesFor,
  type YouthOfficeTerritory,
} from "@praeventionskette/domain";
import { type Kysely, sql } from "kysely";
import { z } from "zod";
import type { Access } from "../auth/access.js";
import type { Database } from "../db/types.js";
import { ConflictError, ForbiddenError, NotFoundError, RuleViolationError, UnauthenticatedError } from "../errors.js";
import { actorAggregate } from "../repositories/actor.js";
import { allRecords, createRecord, fieldsOf, findRecord, inTransaction, type Stored, updateRecord } from "../repositories/aggregate.js";
import { fieldOfActionAggregate } from "../repositories/field-of-action.js";
import { goalAggregate } from "../repositories/goal.js";
import { lifePhaseAggregate, transitionAggregate } from "../repositories/life-phase.js";
import { offerAggregate } from "../repositories/offer.js";
import { territoryAggregate } from "../repositories/territory.js";
import { decodeSpreadsheet } from "./observation-csv.js";
import { OFFER_COLUMNS, parseOfferCsv } from "./offer-csv.js";
import { assertMayImport } from "./upload.js";
import { HSDS_FIELDS, parseHsdsServices } from "./offer-hsds-import.js";

/** A problem in one row of an import, for the person who prepared the file. */
export interface RowProblem {
  /** CSV: the spreadsheet row (the header is row 1). HSDS: the service's position in the file (1 = first). */
  line: number;
  /** The column (CSV) or field (HSDS) the problem is in, when it is in one. */
  column: string | null;
  message: string;
}

/** One offer of a file, read but not yet resolved: its fields and the names of what it points to. */
export interface OfferDraft {
  line: number;
  /** The offer's id in the file; an offer with this id is updated, otherwise created with it. */
  id: string | null;
  /** What the file says the offer looked like when exported, to detect changes made since. */
  expected: { version: number } | { lastModified: string } | null;
  /** The offer's own fields, as far as the file carries them (absent: keep or default). */
  fields: Partial<Record<keyof OfferInput, unknown>>;
  /** References by the keys that travel between platforms. */
  refs: {
    provider?: { id?: string; name: string; column: string };
    territories?: { keys: string[] | null; names: string[] | null; column: string };
    lifePhases?: { codes: string[]; column: string };
    transitions?: { codes: string[]; column: string };
    fieldsOfAction?: { codes: string[]; column: string };
    goals?: { titles: string[]; column: string };
  };
  /** Ages in whole years (HSDS, or a CSV without months): the stored months are kept when they agree. */
  ages: { minimumAge: number; maximumAge: number | null } | null;
}

/** One offer and what the import does (or, in a preview, would do) with it. */
export interface OfferImportItem {
  line: number;
  action: "create" | "update" | "unchanged";
  /** The offer's id; null for a new offer without one in a preview. */
  id: string | null;
  title: string;
}

/** What an offer import did or, in a dry run, would do. All or nothing: with problems nothing is written. */
export interface OfferImportResult {
  format: OfferFileFormat;
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  items: OfferImportItem[];
  problems: RowProblem[];
}

/** The file formats offers are imported from. */
export const OfferFileFormatSchema = z.enum(["csv", "hsds"]);
/** `csv` (German spreadsheet) or `hsds` (Open Referral HSDS 3.0 JSON: a list of services). */
export type OfferFileFormat = z.infer<typeof OfferFileFormatSchema>;

/** The text of an offer file: spreadsheets in their encoding (see `decodeSpreadsheet`), JSON as UTF-8. */
export function offerFileText(bytes: Buffer, format: OfferFileFormat): string {
  return format === "csv" ? decodeSpreadsheet(bytes) : bytes.toString("utf8").replace(/^\uFEFF/, "");
}

/** The format of an offer file by its content: JSON (a list or object) is HSDS, anything else CSV. */
export function offerFileFormat(bytes: Buffer): OfferFileFormat {
  return /^\s*[[{]/.test(bytes.subarray(0, 64).toString("utf8").replace(/^\uFEFF/, "")) ? "hsds" : "csv";
}

class DryRunRollback extends Error {}

const normal = (text: string): string => text.normalize("NFC").trim().toLocaleLowerCase("de");

/** Compares two records regardless of key order. */
function sameRecord(a: unknown, b: unknown): boolean {
  const sorted = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sorted);
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).sort(([x], [y]) => x.localeCompare(y)).map(([k, v]) => [k, sorted(v)]));
    }
    return value;
  };
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}

/** What references are resolved against, loaded once per import. */
async function loadReferences(db: Kysely<Database>) {
  const [actors, territories, phases, transitions, fields, goals] = await Promise.all([
    allRecords(db, actorAggregate),
    allRecords(db, territoryAggregate),
    allRecords(db, lifePhaseAggregate),
    allRecords(db, transitionAggregate),
    allRecords(db, fieldOfActionAggregate),
    allRecords(db, goalAggregate),
  ]);
  const live = <T extends { archivedAt: string | null }>(records: T[]) => records.filter((r) => r.archivedAt === null);
  const tree: YouthOfficeTerritory[] = territories.map((t) => ({ id: t.id, name: t.name, kind: t.kind, code: t.code, parentId: t.parentId, youthOfficeId: t.youthOfficeId ?? null }));
  return { actors, territories: live(territories), phases: live(phases), transitions: live(transitions), fields: live(fields), goals: live(goals), tree };
}
type References = Awaited<ReturnType<typeof loadReferences>>;

/** Resolves a draft's references to ids, reporting what it cannot find or cannot tell apart. */
function resolve(draft: OfferDraft, refs: References, fail: (column: string, message: string) => void): Partial<OfferInput> {
  const out: Partial<OfferInput> = {};
  const provider = draft.refs.provider;
  if (provider) {
    const byId = provider.id ? refs.actors.find((a) => a.id === provider.id) : undefined;
    const byName = byId ? [byId] : refs.actors.filter((a) => a.archivedAt === null && normal(a.name) === normal(provider.name));
    if (provider.name.trim() === "" && !byId) fail(provider.column, "Bitte den Anbieter angeben.");
    else if (byName.length === 0) fail(provider.column, `Einen Anbieter „${provider.name}“ gibt es nicht. Legen Sie ihn zuerst unter Akteure an.`);
    else if (byName.length > 1) fail(provider.column, `Mehrere Anbieter heißen „${provider.name}“; geben Sie sie eindeutig verschieden an.`);
    else out.providerId = byName[0]!.id;
  }
  const territories = draft.refs.territories;
  if (territories) {
    /** Each entry by official key first, then by name; null when any entry fails (reported). */
    const lookup = (entries: string[], column: string): string[] | null => {
      const found: string[] = [];
      for (const entry of entries) {
        const byCode = refs.territories.filter((t) => t.code === entry);
        const matches = byCode.length > 0 ? byCode : refs.territories.filter((t) => normal(t.name) === normal(entry));
        if (matches.length === 1) found.push(matches[0]!.id);
        else if (matches.length === 0) fail(column, `Ein Gebiet „${entry}“ gibt es nicht.`);
        else fail(column, `„${entry}“ passt zu ${matches.length} Gebieten; nennen Sie es mit seinem Gebietsschlüssel.`);
      }
      return found.length === entries.length ? [...new Set(found)] : null;
    };
    const chosen = lookup(territories.keys ?? territories.names ?? [], territories.column);
    if (chosen && territories.keys && territories.names) {
      const named = lookup(territories.names, OFFER_COLUMNS.territoryNames);
      if (named && !sameRecord([...named].sort(), [...chosen].sort())) {
        fail(OFFER_COLUMNS.territoryNames, "Die Gebiete passen nicht zu den Gebietsschlüsseln. Ändern Sie nur eine der beiden Spalten und leeren Sie die andere.");
      }
    }
    if (chosen) out.territoryIds = chosen;
  }
  // Codes are unique per youth office: the one in force for the offer's first territory wins.
  const territoryId = out.territoryIds?.[0];
  const offices = territoryId ? youthOfficesFor(refs.tree, territoryId) : [];
  const byCode = (records: { id: string; code: string; youthOfficeId: string | null }[], codes: { codes: string[]; column: string }, what: string): string[] => {
    const found: string[] = [];
    for (const code of codes.codes) {
      const matches = records.filter((r) => normal(r.code) === normal(code));
      const owner = offices.find((office) => matches.some((m) => m.youthOfficeId === office));
      const chosen = matches.length === 1 ? matches : matches.filter((m) => m.youthOfficeId === (owner ?? null));
      if (chosen.length === 1) found.push(chosen[0]!.id);
      else if (matches.length === 0) fail(codes.column, `${what} mit dem Code „${code}“ gibt es nicht.`);
      else fail(codes.column, `${what} „${code}“ gibt es bei mehreren Jugendämtern; keiner davon gilt für das Gebiet des Angebots.`);
    }
    return [...new Set(found)];
  };
  if (draft.refs.lifePhases) out.lifePhaseIds = byCode(refs.phases, draft.refs.lifePhases, "Eine Lebensphase");
  if (draft.refs.transitions) out.transitionIds = byCode(refs.transitions, draft.refs.transitions, "Einen Übergang");
  if (draft.refs.fieldsOfAction) out.fieldOfActionIds = byCode(refs.fields, draft.refs.fieldsOfAction, "Ein Handlungsfeld");
  const goals = draft.refs.goals;
  if (goals) {
    // Goals of the offer's territories or of the territories above them come first.
    const related = new Set((out.territoryIds ?? []).flatMap((id) => [id, ...ancestorsOf(refs.tree, id).map((t) => t.id)]));
    out.goalIds = [];
    for (const title of goals.titles) {
      const matches = refs.goals.filter((g) => normal(g.title) === normal(title));
      const near = matches.length > 1 ? matches.filter((g) => related.has(g.territoryId)) : matches;
      if (near.length === 1) out.goalIds.push(near[0]!.id);
      else if (matches.length === 0) fail(goals.column, `Ein Ziel „${title}“ gibt es nicht.`);
      else fail(goals.column, `Mehrere Ziele heißen „${title}“; das Ziel ist nicht eindeutig.`);
    }
    out.goalIds = [...new Set(out.goalIds)];
  }
  return out;
}

/** The offer a draft describes: the stored offer (or defaults for a new one), overlaid by the file. */
function compose(draft: OfferDraft, existing: Stored<OfferInput> | undefined, resolved: Partial<OfferInput>): z.input<typeof OfferInputSchema> {
  const base: Record<string, unknown> = existing
    ? fieldsOf(existing)
    : {
        shortTitle: null,
        description: "",
        locations: [],
        schedules: [],
        languages: ["de"],
        cost: { free: false, amountCents: null, description: null },
        minAgeMonths: 0,
        maxAgeMonths: null,
        eligibility: "",
        contact: { name: null, email: null, phone: null, url: null },
        status: "active",
        visibleFrom: null,
        visibleTo: null,
        lifePhaseIds: [],
        transitionIds: [],
        goalIds: [],
        preventionLevel: "universal",
      };
  const offer: Record<string, unknown> = { ...base, ...draft.fields, ...resolved };
  // Costs and contact may come in part (a file without some of their columns): the rest is kept.
  for (const key of ["cost", "contact"] as const) {
    if (draft.fields[key]) offer[key] = { ...(base[key] as object), ...(draft.fields[key] as object) };
  }
  // A location at the stored address keeps the stored coordinates (and where they came from)
  // when the file has none or the same point.
  if (existing && Array.isArray(draft.fields.locations)) {
    type Point = { latitude: number; longitude: number } | null | undefined;
    offer.locations = (draft.fields.locations as (Record<string, unknown> & { coordinates?: Point })[]).map((place, i) => {
      const stored = existing.locations[i] as (Record<string, unknown> & { address: unknown; coordinates?: Point }) | undefined;
      if (!stored || !sameRecord(stored.address, place.address)) return place;
      const samePoint = place.coordinates && stored.coordinates && place.coordinates.latitude === stored.coordinates.latitude && place.coordinates.longitude === stored.coordinates.longitude;
      return !place.coordinates || samePoint ? { ...place, coordinates: stored.coordinates ?? null } : place;
    });
  }
  if (draft.ages) {
    const kept = existing && sameRecord(ageRangeInYears(existing), draft.ages);
    if (!kept) {
      offer.minAgeMonths = draft.ages.minimumAge * 12;
      offer.maxAgeMonths = draft.ages.maximumAge === null ? null : (draft.ages.maximumAge + 1) * 12;
    }
  }
  return offer as z.input<typeof OfferInputSchema>;
}

/**
 * Imports offers from a CSV file (German spreadsheet) or an HSDS 3.0 JSON file, all or nothing:
 * every row is read, its references resolved by the keys that travel between platforms, merged
 * into the stored offer with the same id (fields the file does not carry are kept) or created
 * (with the file's id, if it has one), checked by the domain schema and written through the same
 * repository code as every write (permissions, references, rules, audit), each in a savepoint so
 * that every row's problems are found. A row whose offer changed after the export (CSV:
 * "Version"; HSDS: `last_modified`) is refused. With problems, or with `dryRun`, the transaction
 * is rolled back and the answer says what would have happened. A row in a territory the caller
 * may not write refuses the whole request (ForbiddenError), preview included.
 */
export async function importOffers(
  db: Kysely<Database>,
  file: { format: OfferFileFormat; text: string },
  access: Access,
  options: { dryRun: boolean },
): Promise<OfferImportResult> {
  assertMayImport(access, "Angebote importieren");
  const parsed = file.format === "csv" ? parseOfferCsv(file.text) : parseHsdsServices(file.text);
  const result: OfferImportResult = { format: file.format, dryRun: options.dryRun, rows: parsed.drafts.length, created: 0, updated: 0, unchanged: 0, items: [], problems: [...parsed.problems] };
  const columnOf = (path: readonly PropertyKey[]): string | null => {
    const [field, index] = path;
    if (typeof field !== "string") return null;
    if (file.format === "hsds") return HSDS_FIELDS[field as keyof typeof HSDS_FIELDS] ?? field;
    if (field === "locations" && typeof index === "number") return `Standort ${index + 1}`;
    if (field === "schedules" && typeof index === "number") return `Termin ${index + 1}`;
    return CSV_COLUMN_OF[field] ?? field;
  };
  try {
    await inTransaction(db, async (trx) => {
      const refs = await loadReferences(trx);
      const seen = new Map<string, number>();
      for (const draft of parsed.drafts) {
        const { line } = draft;
        const before = result.problems.length;
        const fail = (column: string | null, message: string) => result.problems.push({ line, column, message });
        if (draft.id) {
          const first = seen.get(draft.id);
          if (first !== undefined) fail(file.format === "csv" ? OFFER_COLUMNS.id : "id", `Dieses Angebot steht schon in ${file.format === "csv" ? "Zeile" : "Eintrag"} ${first}; jedes Angebot nur einmal.`);
          seen.set(draft.id, first ?? line);
        }
        const existing = draft.id ? await findRecord(trx, offerAggregate, draft.id) : undefined;
        const resolved = resolve(draft, refs, fail);
        const input = OfferInputSchema.safeParse(compose(draft, existing, resolved));
        if (!input.success) {
          // A reference that could not be resolved is reported once, not again as a missing field.
          const reported = new Set(result.problems.filter((p) => p.line === line).map((p) => p.column));
          for (const issue of input.error.issues) if (!reported.has(columnOf(issue.path))) fail(columnOf(issue.path), issue.message);
        }
        const title = String(draft.fields.title ?? existing?.title ?? "");
        if (result.problems.length > before || !input.success) continue;
        if (existing && sameRecord(input.data, fieldsOf(existing))) {
          result.unchanged += 1;
          result.items.push({ line, action: "unchanged", id: existing.id, title });
          continue;
        }
        if (existing) {
          const expected = draft.expected;
          const stale =
            expected === null ||
            ("version" in expected ? expected.version !== existing.version : new Date(expected.lastModified).getTime() < new Date(existing.updatedAt).getTime());
          if (stale) {
            const by = existing.updatedBy ? ` von ${existing.updatedBy}` : "";
            fail(
              file.format === "csv" ? OFFER_COLUMNS.version : "last_modified",
              expected === null
                ? `Das Angebot „${existing.title}“ gibt es schon; die Zeile sagt nicht, auf welchem Stand sie beruht (${file.format === "csv" ? "Spalte Version" : "last_modified"}). Exportieren Sie die Angebote neu und ändern Sie den Export.`
                : `Das Angebot „${existing.title}“ wurde nach dem Export${by} geändert (gespeichert: Version ${existing.version}). Exportieren Sie es neu und übernehmen Sie Ihre Änderungen dort.`,
            );
            continue;
          }
        }
        // A savepoint per row, so that one refused row is reported and the others still checked.
        await sql`savepoint offer_import_row`.execute(trx);
        try {
          const stored = existing
            ? await updateRecord(trx, offerAggregate, { id: existing.id, expectedVersion: existing.version, input: input.data }, access)
            : await createRecord(trx, offerAggregate, input.data, access, draft.id ? { id: draft.id } : {});
          await sql`release savepoint offer_import_row`.execute(trx);
          if (existing) result.updated += 1;
          else result.created += 1;
          result.items.push({ line, action: existing ? "update" : "create", id: existing || draft.id || !options.dryRun ? stored.id : null, title });
        } catch (error) {
          await sql`rollback to savepoint offer_import_row`.execute(trx);
          if (error instanceof ForbiddenError || error instanceof UnauthenticatedError) {
            throw new ForbiddenError(`${file.format === "csv" ? "Zeile" : "Eintrag"} ${line}: ${error.message}`);
          }
          if (error instanceof RuleViolationError) fail(columnOf(error.path), error.message);
          else if (error instanceof ConflictError || error instanceof NotFoundError) fail(null, error.message);
          else if (error instanceof z.ZodError) for (const issue of error.issues) fail(columnOf(issue.path), issue.message);
          else throw error;
        }
      }
      if (result.problems.length > 0 || options.dryRun) throw new DryRunRollback();
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  result.problems.sort((a, b) => a.line - b.line);
  if (result.problems.length > 0) {
    result.created = 0;
    result.updated = 0;
    result.unchanged = 0;
    result.items = [];
  }
  return result;
}

/** The CSV column of each offer field, for messages about a field. */
const CSV_COLUMN_OF: Record<string, string> = {
  title: OFFER_COLUMNS.title,
  shortTitle: OFFER_COLUMNS.shortTitle,
  description: OFFER_COLUMNS.description,
  providerId: OFFER_COLUMNS.provider,
  territoryIds: OFFER_COLUMNS.territoryKeys,
  languages: OFFER_COLUMNS.languages,
  cost: OFFER_COLUMNS.amount,
  minAgeMonths: OFFER_COLUMNS.minMonths,
  maxAgeMonths: OFFER_COLUMNS.maxMonths,
  eligibility: OFFER_COLUMNS.eligibility,
  contact: OFFER_COLUMNS.email,
  status: OFFER_COLUMNS.status,
  visibleFrom: OFFER_COLUMNS.visibleFrom,
  visibleTo: OFFER_COLUMNS.visibleTo,
  lifePhaseIds: OFFER_COLUMNS.lifePhases,
  transitionIds: OFFER_COLUMNS.transitions,
  fieldOfActionIds: OFFER_COLUMNS.fieldsOfAction,
  targetGroups: OFFER_COLUMNS.targetGroups,
  preventionLevel: OFFER_COLUMNS.preventionLevel,
  goalIds: OFFER_COLUMNS.goals,
  translations: OFFER_COLUMNS.translations,
};
