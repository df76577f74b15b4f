import {
  ageRangeInYears,
  type OfferInput,
  type OfferStatus,
  offerStatusLabels,
  type PreventionLevel,
  preventionLevelLabels,
  type ScheduleFrequency,
  scheduleFrequencyLabels,
  type TargetGroup,
  targetGroupLabels,
  type Weekday,
  weekdayLabels,
} from "@praeventionskette/domain";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import type { Stored } from "../repositories/aggregate.js";
import type { OfferDraft, RowProblem } from "./offer-import.js";

/*
 * Offers as German spreadsheets write and read them: one row per offer, semicolons, decimal
 * commas, a byte-order mark (the file is decoded before it reaches this module). References
 * travel by what stays the same from one platform to the next: the provider by its name,
 * territories by their official key (or name), life phases, transitions and fields of action by
 * their code, goals by their title. Lists of codes are separated by commas, goal titles by line
 * breaks (titles may contain commas). Locations and schedules are numbered column groups
 * ("Standort 1 Straße", "Termin 2 Wochentage"), so that every value has a cell of its own.
 * "Version" is the version the row was exported at: an import refuses to overwrite an offer
 * someone changed after the export.
 */

/** The fixed columns, in the order they are written (the first eleven as the first export had them). */
export const OFFER_COLUMNS = {
  id: "ID",
  title: "Titel",
  provider: "Anbieter",
  territoryNames: "Gebiete",
  minYears: "Alter von (Jahre)",
  maxYears: "Alter bis (Jahre, einschließlich)",
  free: "Kostenfrei",
  languages: "Sprachen",
  email: "E-Mail",
  phone: "Telefon",
  changedOn: "Geändert am",
  version: "Version",
  shortTitle: "Kurztitel",
  description: "Beschreibung",
  territoryKeys: "Gebietsschlüssel",
  minMonths: "Alter von (Monate)",
  maxMonths: "Alter bis (Monate, ausschließlich)",
  amount: "Kosten (Euro)",
  costNote: "Kostenhinweis",
  eligibility: "Teilnahmevoraussetzungen",
  contactName: "Kontakt",
  url: "Webseite",
  status: "Status",
  visibleFrom: "Sichtbar ab",
  visibleTo: "Sichtbar bis",
  lifePhases: "Lebensphasen",
  transitions: "Übergänge",
  fieldsOfAction: "Handlungsfelder",
  targetGroups: "Zielgruppen",
  preventionLevel: "Präventionsebene",
  goals: "Ziele",
  translations: "Übersetzungen (JSON)",
} as const;

const locationColumns = ["Name", "Straße", "PLZ", "Ort", "rollstuhlgerecht", "Barrierefreiheit", "Breite", "Länge", "Koordinaten-Herkunft"] as const;
const scheduleColumns = ["Rhythmus", "Wochentage", "Beginn", "Ende", "Hinweis"] as const;
const locationColumn = (n: number, part: (typeof locationColumns)[number]) => `Standort ${n} ${part}`;
const scheduleColumn = (n: number, part: (typeof scheduleColumns)[number]) => `Termin ${n} ${part}`;

/** What the export needs to name an offer's references. */
export interface OfferNames {
  actorName: (id: string) => string | undefined;
  territory: (id: string) => { name: string; code: string | null } | undefined;
  code: (id: string) => string | undefined;
  goalTitle: (id: string) => string | undefined;
}

const decimal = new Intl.NumberFormat("de-DE", { useGrouping: false, minimumFractionDigits: 2, maximumFractionDigits: 2 });
const degrees = new Intl.NumberFormat("de-DE", { useGrouping: false, maximumFractionDigits: 7 });
const weekdayShort: Record<Weekday, string> = { MO: "Mo", TU: "Di", WE: "Mi", TH: "Do", FR: "Fr", SA: "Sa", SU: "So" };
const yesNo = (value: boolean | null): string => (value === null ? "" : value ? "ja" : "nein");

interface LooseLocation {
  coordinates?: { latitude: number; longitude: number; source: string } | null;
}

/** Published offers as one CSV file (UTF-8 with byte-order mark), readable by {@link parseOfferCsv}. */
export function offersToCsv(offers: readonly Stored<OfferInput>[], names: OfferNames): Buffer {
  const locationGroups = Math.max(1, ...offers.map((o) => o.locations.length));
  const scheduleGroups = Math.max(1, ...offers.map((o) => o.schedules.length));
  const header = [
    ...Object.values(OFFER_COLUMNS),
    ...Array.from({ length: locationGroups }, (_, i) => locationColumns.map((part) => locationColumn(i + 1, part))).flat(),
    ...Array.from({ length: scheduleGroups }, (_, i) => scheduleColumns.map((part) => scheduleColumn(i + 1, part))).flat(),
  ];
  const rows = offers.map((o) => {
    const { minimumAge, maximumAge } = ageRangeInYears(o);
    const territories = o.territoryIds.map((id) => names.territory(id));
    const translations = (o as { translations?: Record<string, unknown> }).translations ?? {};
    const fixed: Record<keyof typeof OFFER_COLUMNS, string> = {
      id: o.id,
      title: o.title,
      provider: names.actorName(o.providerId) ?? "",
      territoryNames: territories.map((t, i) => t?.name ?? o.territoryIds[i]).join(", "),
      minYears: String(minimumAge),
      maxYears: maximumAge === null ? "" : String(maximumAge),
      free: yesNo(o.cost.free),
      languages: o.languages.join(", "),
      email: o.contact.email ?? "",
      phone: o.contact.phone ?? "",
      changedOn: o.updatedAt.slice(0, 10),
      version: String(o.version),
      shortTitle: o.shortTitle ?? "",
      description: o.description,
      territoryKeys: territories.map((t, i) => t?.code ?? t?.name ?? o.territoryIds[i]).join(", "),
      minMonths: String(o.minAgeMonths),
      maxMonths: o.maxAgeMonths === null ? "" : String(o.maxAgeMonths),
      amount: o.cost.amountCents === null ? "" : decimal.format(o.cost.amountCents / 100),
      costNote: o.cost.description ?? "",
      eligibility: o.eligibility,
      contactName: o.contact.name ?? "",
      url: o.contact.url ?? "",
      status: offerStatusLabels[o.status].de,
      visibleFrom: o.visibleFrom ?? "",
      visibleTo: o.visibleTo ?? "",
      lifePhases: o.lifePhaseIds.map((id) => names.code(id) ?? id).join(", "),
      transitions: o.transitionIds.map((id) => names.code(id) ?? id).join(", "),
      fieldsOfAction: o.fieldOfActionIds.map((id) => names.code(id) ?? id).join(", "),
      targetGroups: o.targetGroups.map((g) => targetGroupLabels[g].de).join(", "),
      preventionLevel: preventionLevelLabels[o.preventionLevel].de,
      goals: o.goalIds.map((id) => names.goalTitle(id) ?? id).join("\n"),
      translations: Object.keys(translations).length === 0 ? "" : JSON.stringify(translations),
    };
    const locations = Array.from({ length: locationGroups }, (_, i) => {
      const place = o.locations[i];
      if (!place) return locationColumns.map(() => "");
      const coordinates = (place as LooseLocation).coordinates ?? null;
      return [
        place.name ?? "",
        place.address.street,
        place.address.postalCode,
        place.address.city,
        yesNo(place.accessibility.wheelchairAccessible),
        place.accessibility.description ?? "",
        coordinates ? degrees.format(coordinates.latitude) : "",
        coordinates ? degrees.format(coordinates.longitude) : "",
        coordinates?.source ?? "",
      ];
    }).flat();
    const schedules = Array.from({ length: scheduleGroups }, (_, i) => {
      const s = o.schedules[i];
      if (!s) return scheduleColumns.map(() => "");
      return [scheduleFrequencyLabels[s.freq].de, s.byDay.map((d) => weekdayShort[d]).join(", "), s.opensAt ?? "", s.closesAt ?? "", s.description ?? ""];
    }).flat();
    return [...Object.values(fixed), ...locations, ...schedules];
  });
  return Buffer.concat([Buffer.from("\uFEFF"), Buffer.from(stringify([header, ...rows], { delimiter: ";" }))]);
}

// ---------------------------------------------------------------------------------------------
// Reading

/** Whether `text` is a header of this format (at least the title and one way to name the provider). */
export function looksLikeOfferCsv(text: string): boolean {
  const first = text.split(/\r?\n/, 1)[0] ?? "";
  return first.includes(OFFER_COLUMNS.title) && first.includes(OFFER_COLUMNS.provider);
}

const normal = (text: string): string => text.normalize("NFC").trim().toLocaleLowerCase("de");

function byLabel<T extends string>(labels: Record<T, { de: string; en: string }>, extra: Record<string, T> = {}): Map<string, T> {
  const map = new Map<string, T>();
  for (const [code, label] of Object.entries(labels) as [T, { de: string; en: string }][]) {
    map.set(normal(code), code);
    map.set(normal(label.de), code);
    map.set(normal(label.en), code);
  }
  for (const [text, code] of Object.entries(extra)) map.set(normal(text), code);
  return map;
}
const statuses = byLabel<OfferStatus>(offerStatusLabels, { "temporarily closed": "temporarilyClosed" });
const levels = byLabel<PreventionLevel>(preventionLevelLabels, { universell: "universal", selektiv: "selective", indiziert: "indicated" });
const groups = byLabel<TargetGroup>(targetGroupLabels);
const frequencies = byLabel<ScheduleFrequency>(scheduleFrequencyLabels);
const weekdays = byLabel<Weekday>(weekdayLabels, Object.fromEntries(Object.entries(weekdayShort).map(([code, short]) => [short, code])) as Record<string, Weekday>);

/** A cell parser's answer: the value, or a German message for the row problem. */
type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const list = (text: string, separator: RegExp = /\s*,\s*/): string[] => text.split(separator).map((s) => s.trim()).filter((s) => s !== "");

function germanNumber(text: string): Parsed<number | null> {
  const trimmed = text.trim().replace(/\s*€$/, "");
  if (trimmed === "") return { ok: true, value: null };
  const value = Number(trimmed.replace(/\.(?=\d{3}(\D|$))/g, "").replace(",", "."));
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, message: `„${text}“ ist keine Zahl.` };
}

function wholeNumber(text: string): Parsed<number | null> {
  const parsed = germanNumber(text);
  if (!parsed.ok || parsed.value === null) return parsed;
  return Number.isInteger(parsed.value) ? parsed : { ok: false, message: `„${text}“ ist keine ganze Zahl.` };
}

function date(text: string): Parsed<string | null> {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, value: null };
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return { ok: true, value: trimmed };
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed);
  if (german) return { ok: true, value: `${german[3]}-${german[2]!.padStart(2, "0")}-${german[1]!.padStart(2, "0")}` };
  return { ok: false, message: `„${text}“ ist kein Datum (TT.MM.JJJJ oder JJJJ-MM-TT).` };
}

function yesNoCell(text: string): Parsed<boolean | null> {
  const value = normal(text);
  if (value === "") return { ok: true, value: null };
  if (["ja", "j", "x", "1", "wahr", "true", "yes"].includes(value)) return { ok: true, value: true };
  if (["nein", "n", "0", "falsch", "false", "no"].includes(value)) return { ok: true, value: false };
  return { ok: false, message: `„${text}“: bitte „ja“ oder „nein“ eintragen.` };
}

function fromLabels<T>(labels: Map<string, T>, text: string, what: string): Parsed<T[]> {
  const values: T[] = [];
  for (const entry of list(text)) {
    const value = labels.get(normal(entry));
    if (value === undefined) return { ok: false, message: `„${entry}“ ist keine bekannte ${what}.` };
    values.push(value);
  }
  return { ok: true, value: values };
}

function time(text: string): Parsed<string | null> {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, value: null };
  const match = /^(\d{1,2})[:.](\d{2})(?::00)?(?:\s*Uhr)?$/.exec(trimmed);
  return match ? { ok: true, value: `${match[1]!.padStart(2, "0")}:${match[2]}` } : { ok: false, message: `„${text}“ ist keine Uhrzeit (HH:MM).` };
}

/** The rows of an offer CSV as drafts for the import, with the problems found in single cells. */
export function parseOfferCsv(text: string): { drafts: OfferDraft[]; problems: RowProblem[] } {
  let header: string[] = [];
  let records: Record<string, string>[];
  const delimiter = (text.split(/\r?\n/, 1)[0] ?? "").includes(";") ? ";" : ",";
  try {
    records = parse(text, {
      columns: (names: string[]) => (header = names.map((name) => name.trim())),
      delimiter,
      skip_empty_lines: true,
      trim: true,
      bom: true,
      relax_column_count: true,
    });
  } catch (error) {
    return { drafts: [], problems: [{ line: 1, column: null, message: `Die Datei ist kein lesbares CSV: ${(error as Error).message}` }] };
  }
  const has = (column: string) => header.includes(column);
  const missing: string[] = [OFFER_COLUMNS.title, OFFER_COLUMNS.provider].filter((column) => !has(column));
  if (!has(OFFER_COLUMNS.territoryKeys) && !has(OFFER_COLUMNS.territoryNames)) missing.push(OFFER_COLUMNS.territoryNames);
  if (missing.length > 0) return { drafts: [], problems: [{ line: 1, column: null, message: `Es fehlen die Spalten ${missing.join(", ")}.` }] };
  const groupsOf = (pattern: RegExp) =>
    [...new Set(header.flatMap((name) => {
      const number = pattern.exec(name)?.[1];
      return number ? [Number(number)] : [];
    }))].sort((a, b) => a - b);
  const locationNumbers = groupsOf(/^Standort (\d+) /);
  const scheduleNumbers = groupsOf(/^Termin (\d+) /);

  const problems: RowProblem[] = [];
  const drafts = records.map((record, index): OfferDraft => {
    const line = index + 2;
    const cell = (column: string): string | undefined => (has(column) ? (record[column] ?? "") : undefined);
    const fail = (column: string, message: string) => problems.push({ line, column, message });
    /** A cell through a parser; undefined when the column is absent or the cell is wrong (reported). */
    const read = <T>(column: string, parser: (text: string) => Parsed<T>): T | undefined => {
      const text = cell(column);
      if (text === undefined) return undefined;
      const parsed = parser(text);
      if (parsed.ok) return parsed.value;
      fail(column, parsed.message);
      return undefined;
    };
    const text = (column: string) => cell(column);
    const nullable = (column: string) => {
      const value = cell(column);
      return value === undefined ? undefined : value === "" ? null : value;
    };
    const draft: OfferDraft = { line, id: null, expected: null, fields: {}, refs: {}, ages: null };
    const id = text(OFFER_COLUMNS.id);
    if (id) {
      if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) draft.id = id.toLowerCase();
      else fail(OFFER_COLUMNS.id, `„${id}“ ist keine gültige ID. Lassen Sie die Spalte für neue Angebote leer.`);
    }
    const version = read(OFFER_COLUMNS.version, wholeNumber);
    if (version !== undefined && version !== null) draft.expected = { version };

    const f = draft.fields;
    if (text(OFFER_COLUMNS.title) !== undefined) f.title = text(OFFER_COLUMNS.title);
    const shortTitle = nullable(OFFER_COLUMNS.shortTitle);
    if (shortTitle !== undefined) f.shortTitle = shortTitle;
    if (text(OFFER_COLUMNS.description) !== undefined) f.description = text(OFFER_COLUMNS.description);
    if (text(OFFER_COLUMNS.eligibility) !== undefined) f.eligibility = text(OFFER_COLUMNS.eligibility);
    const languages = text(OFFER_COLUMNS.languages);
    if (languages !== undefined) f.languages = list(languages).map((code) => code.toLowerCase());
    const [status] = read(OFFER_COLUMNS.status, (t) => fromLabels(statuses, t, "Status-Angabe")) ?? [];
    if (status) f.status = status;
    const [level] = read(OFFER_COLUMNS.preventionLevel, (t) => fromLabels(levels, t, "Präventionsebene")) ?? [];
    if (level) f.preventionLevel = level;
    const targetGroups = read(OFFER_COLUMNS.targetGroups, (t) => fromLabels(groups, t, "Zielgruppe"));
    if (targetGroups !== undefined) f.targetGroups = targetGroups;
    const visibleFrom = read(OFFER_COLUMNS.visibleFrom, date);
    if (visibleFrom !== undefined) f.visibleFrom = visibleFrom;
    const visibleTo = read(OFFER_COLUMNS.visibleTo, date);
    if (visibleTo !== undefined) f.visibleTo = visibleTo;
    const translations = read(OFFER_COLUMNS.translations, (t): Parsed<unknown> => {
      if (t.trim() === "") return { ok: true, value: {} };
      try {
        return { ok: true, value: JSON.parse(t) };
      } catch {
        return { ok: false, message: "Die Übersetzungen sind kein gültiges JSON." };
      }
    });
    if (translations !== undefined) f.translations = translations;

    // Only the columns the file has: an update keeps the others (see `compose`).
    const present = (entries: [string, unknown][]) => Object.fromEntries(entries.filter(([, value]) => value !== undefined));
    const contact = present([
      ["name", nullable(OFFER_COLUMNS.contactName)],
      ["email", nullable(OFFER_COLUMNS.email)],
      ["phone", nullable(OFFER_COLUMNS.phone)],
      ["url", nullable(OFFER_COLUMNS.url)],
    ]);
    if (Object.keys(contact).length > 0) f.contact = contact;
    const free = read(OFFER_COLUMNS.free, yesNoCell);
    const amount = read(OFFER_COLUMNS.amount, germanNumber);
    const amountCents = amount === undefined ? undefined : amount === null ? null : Math.round(amount * 100);
    const cost = present([
      ["free", free ?? (typeof amountCents === "number" ? amountCents === 0 : undefined)],
      ["amountCents", amountCents === 0 && free !== false ? null : amountCents],
      ["description", nullable(OFFER_COLUMNS.costNote)],
    ]);
    if (Object.keys(cost).length > 0) f.cost = cost;

    const minMonths = read(OFFER_COLUMNS.minMonths, wholeNumber);
    const maxMonths = read(OFFER_COLUMNS.maxMonths, wholeNumber);
    const minYears = read(OFFER_COLUMNS.minYears, wholeNumber);
    const maxYears = read(OFFER_COLUMNS.maxYears, wholeNumber);
    const hasMonths = cell(OFFER_COLUMNS.minMonths) !== undefined && cell(OFFER_COLUMNS.minMonths) !== "";
    const hasYears = cell(OFFER_COLUMNS.minYears) !== undefined && cell(OFFER_COLUMNS.minYears) !== "";
    if (hasMonths && minMonths !== undefined && minMonths !== null && maxMonths !== undefined) {
      f.minAgeMonths = minMonths;
      f.maxAgeMonths = maxMonths;
      if (hasYears && minYears !== undefined && maxYears !== undefined) {
        const years = ageRangeInYears({ minAgeMonths: minMonths, maxAgeMonths: maxMonths });
        if (years.minimumAge !== minYears || years.maximumAge !== maxYears) {
          fail(OFFER_COLUMNS.minYears, "Das Alter in Jahren passt nicht zum Alter in Monaten. Ändern Sie nur eine der beiden Angaben und leeren Sie die andere.");
        }
      }
    } else if (hasYears && minYears !== undefined && minYears !== null && maxYears !== undefined) {
      draft.ages = { minimumAge: minYears, maximumAge: maxYears };
    }

    const territoryKeys = text(OFFER_COLUMNS.territoryKeys);
    const territoryNames = text(OFFER_COLUMNS.territoryNames);
    draft.refs.territories = {
      keys: territoryKeys ? list(territoryKeys) : null,
      names: territoryNames ? list(territoryNames) : null,
      column: territoryKeys ? OFFER_COLUMNS.territoryKeys : OFFER_COLUMNS.territoryNames,
    };
    if (!territoryKeys && !territoryNames) draft.refs.territories = undefined;
    const provider = text(OFFER_COLUMNS.provider);
    if (provider !== undefined) draft.refs.provider = { name: provider, column: OFFER_COLUMNS.provider };
    for (const [key, column] of [["lifePhases", OFFER_COLUMNS.lifePhases], ["transitions", OFFER_COLUMNS.transitions], ["fieldsOfAction", OFFER_COLUMNS.fieldsOfAction]] as const) {
      const codes = text(column);
      if (codes !== undefined) draft.refs[key] = { codes: list(codes), column };
    }
    const goals = text(OFFER_COLUMNS.goals);
    if (goals !== undefined) draft.refs.goals = { titles: list(goals, /\s*\n\s*/), column: OFFER_COLUMNS.goals };

    if (locationNumbers.length > 0) {
      f.locations = locationNumbers.flatMap((n) => {
        const part = (p: (typeof locationColumns)[number]) => cell(locationColumn(n, p)) ?? "";
        if (locationColumns.every((p) => part(p) === "")) return [];
        const wheelchair = read(locationColumn(n, "rollstuhlgerecht"), yesNoCell) ?? null;
        const latitude = read(locationColumn(n, "Breite"), germanNumber) ?? null;
        const longitude = read(locationColumn(n, "Länge"), germanNumber) ?? null;
        const coordinates = latitude !== null && longitude !== null ? { latitude, longitude, source: part("Koordinaten-Herkunft") || "entered" } : null;
        return [
          {
            name: part("Name") || null,
            address: { street: part("Straße"), postalCode: part("PLZ"), city: part("Ort") },
            accessibility: { wheelchairAccessible: wheelchair, description: part("Barrierefreiheit") || null },
            ...(coordinates ? { coordinates } : {}),
          },
        ];
      });
    }
    if (scheduleNumbers.length > 0) {
      f.schedules = scheduleNumbers.flatMap((n) => {
        const part = (p: (typeof scheduleColumns)[number]) => cell(scheduleColumn(n, p)) ?? "";
        if (scheduleColumns.every((p) => part(p) === "")) return [];
        const freq = read(scheduleColumn(n, "Rhythmus"), (t) => fromLabels(frequencies, t || "wöchentlich", "Wiederholung"))?.[0];
        const byDay = read(scheduleColumn(n, "Wochentage"), (t) => fromLabels(weekdays, t, "Wochentag")) ?? [];
        const opensAt = read(scheduleColumn(n, "Beginn"), time) ?? null;
        const closesAt = read(scheduleColumn(n, "Ende"), time) ?? null;
        return [{ freq: freq ?? "WEEKLY", byDay, opensAt, closesAt, description: part("Hinweis") || null }];
      });
    }
    return draft;
  });
  return { drafts, problems };
}
