import {
  comparePeriods,
  compareToReference,
  type IndicatorInput,
  type LifePhaseInput,
  type ObservationInput,
  periodEndYear,
  periodExamples,
  periodStartDate,
  type Polarity,
  periodTypeLabels,
  periodTypeOf,
  type ReferenceComparison,
  suppressionThresholdFor,
  type TerritoryKind,
} from "@praeventionskette/domain";
import { type Kysely, sql } from "kysely";
import { type Access, readsInternally } from "../auth/access.js";
import type { Database } from "../db/types.js";
import { ForbiddenError, NotFoundError, RuleViolationError } from "../errors.js";
import { indexedPhaseOffers, type ListedOffer } from "../search/phase-offers.js";
import { type AnySelect, findRecord, getRecord, readable, type Stored } from "./aggregate.js";
import { indicatorAggregate } from "./indicator.js";
import { lifePhaseAggregate } from "./life-phase.js";
import { observationAggregate, publicObservations } from "./observation.js";
import { offerAggregate } from "./offer.js";
import { publicTable } from "./report-public-tables.js";
import { type KeptTerritories, keptTerritories } from "./report-territories.js";
import { sqlArray } from "./sql-values.js";

/**
 * A valid request for data that does not exist, e.g. a period without values: answered with
 * NOT_FOUND and a German message that says what is there instead.
 */
export class NoReportDataError extends NotFoundError {
  constructor(message: string) {
    super("", "");
    this.message = message;
    this.name = "NoReportDataError";
  }
}

/** A territory as a report names it. */
export interface ReportTerritory {
  id: string;
  name: string;
  kind: TerritoryKind;
  /** The official key (AGS), null for social areas without one. */
  code: string | null;
}

/**
 * How one value reaches the reader:
 * - `shown`: counts and rate as stored (staff of the territory) or as published;
 * - `suppressed`: „gesperrt“, a small count or one that would let a small count be recomputed;
 *   neither counts nor rate are given;
 * - `noData`: nothing was reported for the territory and period („keine Daten“);
 * - `withheld`: an internal indicator outside the reader's own territories, which the reader
 *   may not see at all (nor learn whether a value exists).
 */
export type ReportCellStatus = "shown" | "suppressed" | "noData" | "withheld";

/** One territory's value of an indicator in one period, as this reader may see it. */
export interface ReportCell {
  territory: ReportTerritory;
  status: ReportCellStatus;
  /**
   * `internal`: the reader is staff of the territory and sees its counts unsuppressed;
   * `public`: the public view, the same for every reader; null without a value.
   */
  view: "internal" | "public" | null;
  observationId: string | null;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  /** Datenstand: the as-of date of the value. */
  asOf: string | null;
  source: string | null;
  isDemo: boolean;
}

/** What a report says about an indicator. */
export interface ReportIndicator {
  id: string;
  code: string;
  name: { de: string; en: string };
  description: string;
  numerator: string;
  denominator: string;
  unit: string;
  factor: IndicatorInput["factor"];
  /** Whether higher or lower values are better (`neutral`: context indicator, not rated). */
  desiredDirection: Polarity;
  source: string;
  periodType: IndicatorInput["periodType"];
  visibility: IndicatorInput["visibility"];
  /** Counts below this are suppressed in the public view. */
  suppressionThreshold: number;
}

/**
 * An indicator's values for a territory and its children in one period, beside the reference
 * values of the territory's parent and of the Land.
 */
export interface IndicatorValues {
  indicator: ReportIndicator;
  period: string;
  /** Every period with values for the territory or its children, oldest first. */
  periods: string[];
  /** The latest as-of date among the values given. */
  asOf: string | null;
  territory: ReportCell;
  /** The territory's children (towns of a county, social areas of a town), by name. */
  children: (ReportCell & { comparedToTerritory: ReferenceComparison })[];
  /** The parent's and the Land's values, nearest first, each with how the territory compares to it. */
  references: (ReportCell & { territoryComparedToThis: ReferenceComparison })[];
}

interface TerritoryRow extends ReportTerritory {
  parentId: string | null;
}

/** The territory asked about, its parent and the Land above it. */
export interface Place {
  area: TerritoryRow;
  /** Everything above the territory, nearest first (parent, …, Land). */
  ancestors: TerritoryRow[];
}

const asTerritory = ({ id, name, kind, code }: TerritoryRow): ReportTerritory => ({ id, name, kind, code });

/** Only what reports show of a territory. */
const placed = ({ id, name, kind, code, parentId }: TerritoryRow): TerritoryRow => ({ id, name, kind, code, parentId });

/** The territory with everything above it; NotFoundError for an unknown or archived territory. */
export async function placeOf(db: Kysely<Database>, territoryId: string): Promise<Place> {
  const kept = await keptTerritories(db);
  if (kept) return placeIn(kept, territoryId);
  const { rows } = await sql<TerritoryRow & { depth: number; archived: boolean }>`
    with recursive up(id, parent_id, depth) as (
      select id, parent_id, 0 from territory where id = ${territoryId}
      union all
      select t.id, t.parent_id, up.depth + 1 from territory t join up on t.id = up.parent_id where up.depth < 10
    )
    select t.id, t.data->>'name' as name, t.kind, t.code, t.parent_id as "parentId", up.depth, t.archived_at is not null as archived
    from up join territory t on t.id = up.id order by up.depth`.execute(db);
  const [area, ...ancestors] = rows;
  if (!area || area.archived) throw new NotFoundError("Gebiet", territoryId);
  return { area: placed(area), ancestors: ancestors.map(placed) };
}

/** `placeOf` from the kept territories: the same walk up, at most ten levels. */
function placeIn(kept: KeptTerritories, territoryId: string): Place {
  const area = kept.byId.get(territoryId);
  if (!area || area.archived) throw new NotFoundError("Gebiet", territoryId);
  const ancestors: TerritoryRow[] = [];
  for (let parent = area.parentId === null ? undefined : kept.byId.get(area.parentId); parent && ancestors.length < 10; parent = parent.parentId === null ? undefined : kept.byId.get(parent.parentId)) {
    ancestors.push(placed(parent));
  }
  return { area: placed(area), ancestors };
}

/** The last day of the calendar year a period ends in: with the period's first day, the window children must be valid in. */
const periodWindow = (period: string) => ({ from: periodStartDate(period), to: `${periodEndYear(period)}-12-31` });

/**
 * The territory's children (towns of a county, social areas of a town): not archived and, with
 * a period, valid at some time between its first day and the end of the year it ends in, so that
 * re-cut social areas appear with the periods they existed in.
 */
export async function childrenOf(db: Kysely<Database>, territoryId: string, period?: string): Promise<TerritoryRow[]> {
  const children = await datedChildrenOf(db, territoryId);
  return undated(period ? validIn(children, period) : children);
}

/** A child territory with the dates it is valid between (ISO dates; null: still valid). */
export interface DatedTerritoryRow extends TerritoryRow {
  validFrom: string;
  validTo: string | null;
}

/** Every current child of the territory with its validity, by name: one query for both uses of {@link childrenOf}. */
export async function datedChildrenOf(db: Kysely<Database>, territoryId: string): Promise<DatedTerritoryRow[]> {
  const kept = await keptTerritories(db);
  const rows = kept
    ? (kept.childrenOf.get(territoryId) ?? []).filter((child) => !child.archived).map(({ validFrom, validTo, ...child }) => ({ ...placed(child), validFrom, validTo }))
    : await datedChildrenInSql(db, territoryId);
  return rows.sort((a, b) => a.name.localeCompare(b.name, "de"));
}

async function datedChildrenInSql(db: Kysely<Database>, territoryId: string): Promise<DatedTerritoryRow[]> {
  return (await db
    .selectFrom("territory")
    .select(["id", sql<string>`data->>'name'`.as("name"), "kind", "code", "parent_id as parentId", sql<string>`valid_from::text`.as("validFrom"), sql<string | null>`valid_to::text`.as("validTo")])
    .where("parent_id", "=", territoryId)
    .where("archived_at", "is", null)
    .execute()) as DatedTerritoryRow[];
}

/** The children valid at some time in the period's window (see {@link childrenOf}). */
export function validIn(children: readonly DatedTerritoryRow[], period: string): DatedTerritoryRow[] {
  const window = periodWindow(period);
  return children.filter((child) => child.validFrom <= window.to && (child.validTo === null || child.validTo >= window.from));
}

/** Without the dates, as reports name territories. */
export const undated = (children: readonly DatedTerritoryRow[]): TerritoryRow[] => children.map(({ validFrom: _from, validTo: _to, ...child }) => child);

/**
 * Awaits independent reads together, then fails with the first failure in the order given: the
 * error a reader gets is the one reading them one after another would give.
 */
export async function inOrder<T extends readonly unknown[]>(reads: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const settled = await Promise.allSettled(reads);
  for (const result of settled) if (result.status === "rejected") throw result.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

/** Whether the indicator's observations are public output (otherwise only staff read them, in their own territories). */
const isPublicIndicator = (indicator: Stored<IndicatorInput>): boolean => indicator.visibility === "public" && indicator.archivedAt === null;

/**
 * The indicator as this reader may see it for a report: unknown ids are NOT_FOUND, internal
 * indicators are for staff only (UNAUTHORIZED / FORBIDDEN otherwise, as `indicator.get`), and an
 * archived indicator is no longer reported on.
 */
export async function reportableIndicator(db: Kysely<Database>, indicatorId: string, access: Access): Promise<Stored<IndicatorInput>> {
  const indicator = await getRecord(db, indicatorAggregate, indicatorId, access);
  if (indicator.archivedAt) {
    throw new RuleViolationError(`Der Indikator „${indicator.code} ${indicator.name.de}“ ist archiviert; Berichte zeigen nur aktuelle Indikatoren.`, ["indicatorId"]);
  }
  return indicator;
}

/** Whether the reader may see the indicator at all (the rule of {@link reportableIndicator}, without throwing). */
export function mayReadIndicator(indicator: Stored<IndicatorInput>, access: Access): boolean {
  if (indicator.archivedAt) return false;
  return indicator.visibility === "public" || access.readable.all || access.readable.territoryIds.length > 0;
}

/** The territories among these whose values of the indicator the reader may see (as values or as „gesperrt“). */
function visibleTerritories(indicator: Stored<IndicatorInput>, territoryIds: readonly string[], access: Access): string[] {
  return isPublicIndicator(indicator) ? [...territoryIds] : territoryIds.filter((id) => readsInternally(access, [id]));
}

/**
 * Whether the reader sees any value of the indicator among these territories: always for a
 * public indicator; for an internal one only staff of one of them.
 */
export function seesValuesIn(indicator: Stored<IndicatorInput>, territoryIds: readonly string[], access: Access): boolean {
  return visibleTerritories(indicator, territoryIds, access).length > 0;
}

/** Refuses a report on an internal indicator where none of the territories is the reader's own (FORBIDDEN, as `observation.get`). */
function assertSeesValues(indicator: Stored<IndicatorInput>, area: ReportTerritory, territoryIds: readonly string[], access: Access): void {
  if (!seesValuesIn(indicator, territoryIds, access)) {
    throw new ForbiddenError(`Der Indikator „${indicator.code} ${indicator.name.de}“ ist intern: Ihre Rolle erlaubt keine Werte für ${area.name} und seine Teilgebiete.`);
  }
}

/**
 * For each indicator, the periods with values the reader may see for any of the territories,
 * oldest first. One query over the given territories only.
 */
export async function periodsWithData(
  db: Kysely<Database>,
  indicators: readonly Stored<IndicatorInput>[],
  territoryIds: readonly string[],
  access: Access,
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(indicators.map((indicator) => [indicator.id, []]));
  const scopes = indicators.map((indicator) => ({ indicator, ids: visibleTerritories(indicator, territoryIds, access) })).filter((s) => s.ids.length > 0);
  if (scopes.length === 0) return result;
  const rows = await db
    .selectFrom("observation")
    .select(["indicator_id", "period"])
    .distinct()
    .where("archived_at", "is", null)
    .where((eb) => eb.or(scopes.map((s) => eb.and([eb("indicator_id", "=", s.indicator.id), eb("territory_id", "in", s.ids)]))))
    .execute();
  for (const row of rows) result.get(row.indicator_id)?.push(row.period);
  for (const periods of result.values()) periods.sort(comparePeriods);
  return result;
}

/**
 * The period a report shows: the one asked for (refused when it is not of the indicator's
 * period type, NOT_FOUND when it has no values), else the latest with values.
 */
export function choosePeriod(indicator: Stored<IndicatorInput>, periods: readonly string[], area: ReportTerritory, asked?: string): string {
  const label = `„${indicator.code} ${indicator.name.de}“`;
  if (asked !== undefined) {
    const type = periodTypeOf(asked);
    if (type !== indicator.periodType) {
      const expected = periodTypeLabels[indicator.periodType].de;
      throw new RuleViolationError(
        `Der Zeitraum „${asked}“ passt nicht zum Indikator ${label}, der je ${expected} berichtet wird (z. B. „${periodExamples[indicator.periodType]}“).`,
        ["period"],
      );
    }
    if (!periods.includes(asked)) {
      const available = periods.length > 0 ? ` Vorhandene Zeiträume: ${periods.join(", ")}.` : "";
      throw new NoReportDataError(`Für den Indikator ${label} gibt es im Zeitraum „${asked}“ keine Werte für ${area.name} und seine Teilgebiete.${available}`);
    }
    return asked;
  }
  const latest = periods.at(-1);
  if (latest === undefined) throw new NoReportDataError(`Für den Indikator ${label} gibt es noch keine Werte für ${area.name} und seine Teilgebiete.`);
  return latest;
}

/**
 * The period that reports on a year: of the periods counting as that year (`periodEndYear`:
 * calendar year 2024, school year 2023/24) the latest, else the latest of an earlier year, else
 * null.
 */
export function periodForYear(periods: readonly string[], year: number): string | null {
  const upTo = periods.filter((period) => periodEndYear(period) <= year);
  return upTo.at(-1) ?? null;
}

type ShownObservation = Stored<ObservationInput> & { suppressed?: boolean };

const cellKey = (indicatorId: string, period: string, territoryId: string) => `${indicatorId}|${period}|${territoryId}`;

/**
 * The observations of these indicator-period pairs for these territories, as the reader may see
 * them, exactly as `observation.list` shows them: the rows the reader may read (`readable`), the
 * reader's own territories unsuppressed, everything else in the public view with secondary
 * suppression over the whole table of each indicator and period ({@link publicTable}, kept
 * between requests), internal indicators only in the reader's own territories.
 */
async function shownObservations(
  db: Kysely<Database>,
  wanted: readonly { indicatorId: string; period: string }[],
  territoryIds: readonly string[],
  access: Access,
): Promise<Map<string, ShownObservation>> {
  if (wanted.length === 0 || territoryIds.length === 0) return new Map();
  const pairs = sql.join(wanted.map((w) => sql`(${w.indicatorId}::uuid, ${w.period}::text)`));
  const query = db
    .selectFrom("observation")
    .select(["id", "data", "version"])
    .where(sql<boolean>`(indicator_id, period) in (${pairs})`)
    .where("territory_id", "in", territoryIds)
    .where("archived_at", "is", null);
  const tablesOf = async (keys: Iterable<string>) =>
    new Map(
      await Promise.all(
        [...new Set(keys)].map(async (key) => {
          const [indicatorId = "", period = ""] = key.split("|");
          return [key, await publicTable(db, indicatorId, period, access.suppressionThreshold)] as const;
        }),
      ),
    );
  // A reader without territories of their own sees every value in the public view: its tables
  // are fetched beside the values instead of after them.
  const allPublic = !access.readable.all && access.readable.territoryIds.length === 0;
  const [rows, prefetched] = await Promise.all([
    readable(query as AnySelect, observationAggregate, access).execute() as Promise<{ id: string; data: ObservationInput; version: number }[]>,
    allPublic ? tablesOf(wanted.map((w) => `${w.indicatorId}|${w.period}`)) : null,
  ]);
  const outside = rows.filter((row) => !readsInternally(access, [row.data.territoryId]));
  const views = prefetched ?? (await tablesOf(outside.map((row) => `${row.data.indicatorId}|${row.data.period}`)));
  const shown = new Map<string, ShownObservation>();
  for (const row of rows) {
    const observation = { ...row.data, id: row.id } as ShownObservation;
    if (readsInternally(access, [observation.territoryId])) {
      shown.set(cellKey(observation.indicatorId, observation.period, observation.territoryId), observation);
      continue;
    }
    const view = views.get(`${observation.indicatorId}|${observation.period}`)?.get(row.id);
    // A row changed since the table was computed: its public view comes fresh (never unsuppressed).
    const current = view && view.version === row.version ? view : (await publicObservations(db, [observation], access.suppressionThreshold)).get(row.id);
    if (!current) continue;
    const { numerator, denominator, value, suppressed } = current;
    shown.set(cellKey(observation.indicatorId, observation.period, observation.territoryId), { ...observation, numerator, denominator, value, suppressed });
  }
  return shown;
}

function cellOf(territory: ReportTerritory, indicator: Stored<IndicatorInput>, observation: ShownObservation | undefined, access: Access): ReportCell {
  const internal = readsInternally(access, [territory.id]);
  const empty = { territory, view: null, observationId: null, numerator: null, denominator: null, value: null, asOf: null, source: null, isDemo: false };
  if (!observation) return { ...empty, status: isPublicIndicator(indicator) || internal ? "noData" : "withheld" };
  return {
    territory,
    status: observation.suppressed === true ? "suppressed" : "shown",
    view: internal ? "internal" : "public",
    observationId: observation.id,
    numerator: observation.numerator,
    denominator: observation.denominator,
    value: observation.value,
    asOf: observation.asOf,
    source: observation.source,
    isDemo: observation.isDemo,
  };
}

function describeIndicator(indicator: Stored<IndicatorInput>, platformThreshold: number): ReportIndicator {
  return {
    id: indicator.id,
    code: indicator.code,
    name: indicator.name,
    description: indicator.description,
    numerator: indicator.numerator,
    denominator: indicator.denominator,
    unit: indicator.unit,
    factor: indicator.factor,
    desiredDirection: indicator.polarity,
    source: indicator.source,
    periodType: indicator.periodType,
    visibility: indicator.visibility,
    suppressionThreshold: suppressionThresholdFor(indicator, platformThreshold),
  };
}

/** One indicator and period to tabulate, with the periods it has values in. */
export interface TableRequest {
  indicator: Stored<IndicatorInput>;
  period: string;
  periods: string[];
}

/**
 * The tables of several indicators for one place and its children, read together: one query
 * for the values and one public view for all of them.
 */
export async function indicatorTables(
  db: Kysely<Database>,
  place: Place,
  children: readonly TerritoryRow[],
  requests: readonly TableRequest[],
  access: Access,
  platformThreshold: number,
): Promise<IndicatorValues[]> {
  const territories = [place.area, ...children, ...place.ancestors];
  const observations = await shownObservations(
    db,
    requests.map((r) => ({ indicatorId: r.indicator.id, period: r.period })),
    territories.map((t) => t.id),
    access,
  );
  return requests.map(({ indicator, period, periods }) => {
    const cell = (territory: TerritoryRow) => cellOf(asTerritory(territory), indicator, observations.get(cellKey(indicator.id, period, territory.id)), access);
    const own = cell(place.area);
    const compare = (value: number | null, reference: number | null) => compareToReference(value, reference, indicator.polarity);
    // The parent and the Land; for a county both are the Land, named once.
    const referenceTerritories = place.ancestors.filter((t, index) => index === 0 || t.kind === "state");
    const shown = [own, ...children.map(cell), ...referenceTerritories.map(cell)];
    const asOf = shown.reduce<string | null>((latest, c) => (c.asOf !== null && (latest === null || c.asOf > latest) ? c.asOf : latest), null);
    return {
      indicator: describeIndicator(indicator, platformThreshold),
      period,
      periods,
      asOf,
      territory: own,
      children: children.map((child) => {
        const c = cell(child);
        return { ...c, comparedToTerritory: compare(c.value, own.value) };
      }),
      references: referenceTerritories.map((reference) => {
        const c = cell(reference);
        return { ...c, territoryComparedToThis: compare(own.value, c.value) };
      }),
    };
  });
}

/**
 * Kennzahlen im Sozialraum: an indicator's values for every child of a territory (the towns of
 * a county, the social areas of a town or county-free city) in one period (by default the latest
 * with values), with the territory's own value and the reference values of its parent and the
 * Land. Anonymous readers and everyone outside their own territories get the public view with
 * secondary suppression, exactly as every other public output; staff see their own territories'
 * counts unsuppressed, and internal indicators only there.
 *
 * @example
 * const b1 = await indicatorValues(db, { indicatorId, territoryId: coesfeldCounty }, anonymousAccess(today), 3);
 * b1.children.map((c) => [c.territory.name, c.status, c.value]); // [["Ascheberg", "shown", 41.2], …]
 */
export async function indicatorValues(
  db: Kysely<Database>,
  args: { indicatorId: string; territoryId: string; period?: string },
  access: Access,
  platformThreshold: number,
): Promise<IndicatorValues> {
  const [indicator, place, candidates] = await inOrder<[Stored<IndicatorInput>, Place, DatedTerritoryRow[]]>([
    reportableIndicator(db, args.indicatorId, access),
    placeOf(db, args.territoryId),
    datedChildrenOf(db, args.territoryId),
  ]);
  const candidateIds = [place.area.id, ...candidates.map((c) => c.id)];
  assertSeesValues(indicator, place.area, candidateIds, access);
  const periods = (await periodsWithData(db, [indicator], candidateIds, access)).get(indicator.id) ?? [];
  const period = choosePeriod(indicator, periods, place.area, args.period);
  const children = undated(validIn(candidates, period));
  const [table] = await indicatorTables(db, place, children, [{ indicator, period, periods }], access, platformThreshold);
  return table as IndicatorValues;
}

/**
 * Children counts per life phase: the denominators of the platform's statistics indicators that
 * count the population of exactly one age band. Of the default indicator set (DOMAIN.md, seeded
 * by the demo) only two do, both from IT.NRW's statistics of child day care:
 * - B1 „Betreuungsquote U3“, denominator „Kinder unter 3 Jahren (31.12. des Vorjahres)“: 0 to
 *   under 36 months (Frühe Kindheit);
 * - B2 „Betreuungsquote Ü3“, denominator „Kinder von 3 bis unter 6 Jahren“: 36 to under 72
 *   months (Kita-Alter).
 * No other denominator fits a phase: S1 (under 15), H2 (under 18) and H1 (under 21) span several
 * phases, P1 counts a year's births, the school-entry examination (G1–G5) and SP1 one school
 * cohort, B6 school leavers. Any other phase has no children count, and the report says so
 * rather than estimating one.
 */
export const POPULATION_DENOMINATORS: readonly { indicatorCode: string; minAgeMonths: number; maxAgeMonths: number }[] = [
  { indicatorCode: "B1", minAgeMonths: 0, maxAgeMonths: 36 },
  { indicatorCode: "B2", minAgeMonths: 36, maxAgeMonths: 72 },
];

/** Where the children counts of a need-vs-supply report come from, or why there are none. */
export type ChildrenSource =
  | { available: true; indicator: ReportIndicator; period: string; what: string }
  | { available: false; reason: string };

/** One territory's need beside the offers serving it. */
export interface NeedSupplyRow {
  territory: ReportTerritory;
  /** The need indicator's value, as the reader may see it (suppression applies). */
  need: ReportCell;
  /** Published offers of the life phase that serve the territory: listed for it, for something above it (county-wide) or below it. */
  offers: number;
  /** Of these, the offers listed for the territory itself or something below it (without those for the whole area above). */
  localOffers: number;
  /** Children of the life phase (the population indicator's denominator), null when unknown, suppressed or withheld. */
  children: number | null;
  /** How the children count reaches the reader (see {@link ReportCellStatus}); null without a children source. */
  childrenStatus: ReportCellStatus | null;
  /** Offers per 1,000 children of the phase, to two decimals; null without a children count. */
  offersPerThousandChildren: number | null;
}

/** Need (an indicator) beside supply (offers of a life phase) per child territory. */
export interface NeedVsSupply {
  need: { indicator: ReportIndicator; period: string; periods: string[] };
  lifePhase: { id: string; code: string; name: { de: string; en: string }; minAgeMonths: number; maxAgeMonths: number };
  /** The day whose published offers are counted (offers have no history: always today). */
  offersPublishedOn: string;
  childrenSource: ChildrenSource;
  /** The territory as a whole. */
  territory: NeedSupplyRow;
  /** Its children, by name. */
  children: NeedSupplyRow[];
}

/** Ids of the territory and everything below it, per child: each child's subtree. */
async function subtreesOf(db: Kysely<Database>, childIds: readonly string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(childIds.map((id) => [id, [id]]));
  if (childIds.length === 0) return result;
  const kept = await keptTerritories(db);
  if (kept) {
    // The same walk down as the SQL below: archived territories too, at most ten levels.
    for (const [root, ids] of result) {
      for (let level = [root], depth = 0; level.length > 0 && depth < 10; depth++) {
        level = level.flatMap((id) => (kept.childrenOf.get(id) ?? []).map((child) => child.id));
        ids.push(...level);
      }
    }
    return result;
  }
  const { rows } = await sql<{ root: string; id: string }>`
    with recursive down(root, id, depth) as (
      select t.id, t.id, 0 from territory t where t.id = any(${sqlArray(childIds, "uuid")})
      union all
      -- Each level's children through the index on parent_id (offset 0 keeps the planner from
      -- turning this into a hash join that reads all 8,000 territories once per level).
      select down.root, child.id, down.depth + 1 from down cross join lateral (select id from territory where parent_id = down.id offset 0) as child where down.depth < 10
    )
    select root, id from down where depth > 0`.execute(db);
  for (const row of rows) result.get(row.root)?.push(row.id);
  return result;
}

/**
 * Published offers of a life phase that list any of these territories: only their ids and the
 * territories they list, from the offer index where the process keeps one, else from SQL.
 */
async function publishedOffersListing(db: Kysely<Database>, lifePhaseId: string, territoryIds: readonly string[], today: string): Promise<ListedOffer[]> {
  return (await indexedPhaseOffers(db, lifePhaseId, territoryIds, today)) ?? publishedOffersListingInSql(db, lifePhaseId, territoryIds, today);
}

/** The same as `publishedOffersListing`, always in SQL, found through the GIN indexes on the arrays. */
export async function publishedOffersListingInSql(db: Kysely<Database>, lifePhaseId: string, territoryIds: readonly string[], today: string): Promise<ListedOffer[]> {
  if (territoryIds.length === 0) return [];
  const published = offerAggregate.publicRows?.(today) ?? sql<boolean>`true`;
  return db
    .selectFrom("offer")
    .select(["id", "territory_ids"])
    .where("archived_at", "is", null)
    .where(sql<boolean>`life_phase_ids @> ${sqlArray([lifePhaseId], "uuid")}`)
    // The ids behind a subquery: given a county's few hundred ids the planner expects a tenth of
    // all offers to match and reads the whole table, where the GIN index finds them at once.
    .where(sql<boolean>`territory_ids && (select array_agg(id) from unnest(${sqlArray([...territoryIds], "uuid")}) as listed(id))`)
    .where(published)
    .execute();
}

/** The platform indicator whose denominator counts the children of the phase's age band, if any. */
async function populationIndicatorFor(db: Kysely<Database>, phase: Pick<LifePhaseInput, "minAgeMonths" | "maxAgeMonths">) {
  const match = POPULATION_DENOMINATORS.find((p) => p.minAgeMonths === phase.minAgeMonths && p.maxAgeMonths === phase.maxAgeMonths);
  if (!match) return null;
  const row = await db.selectFrom("indicator").select("id").where("code", "=", match.indicatorCode).where("youth_office_id", "is", null).where("archived_at", "is", null).executeTakeFirst();
  return row ? ((await findRecord(db, indicatorAggregate, row.id)) ?? null) : null;
}

const perThousand = (offers: number, children: number | null): number | null =>
  children === null || children <= 0 ? null : Math.round((offers / children) * 1000 * 100) / 100;

/**
 * Bedarf und Angebot: per child territory (and for the territory as a whole) the need
 * indicator's value beside the number of published offers of the life phase that serve it and
 * the offers per 1,000 children of the phase. Need values and children counts are cells like
 * those of {@link indicatorValues}, so suppression and roles apply to both; the children count
 * comes from {@link POPULATION_DENOMINATORS} in the latest period that counts as the need
 * period's year or earlier, and is absent, with the reason, for phases without such a count.
 * Offers are counted as published today, by the rule of the coverage analysis: an offer serves
 * the territories it lists, everything below them, and (for a listed social area) its town.
 *
 * @example
 * const report = await needVsSupply(db, { territoryId: county, needIndicatorId: s1, lifePhaseId: u3 }, access, 3, "2026-11-29");
 * report.children.map((r) => [r.territory.name, r.need.value, r.offers, r.offersPerThousandChildren]);
 */
export async function needVsSupply(
  db: Kysely<Database>,
  args: { territoryId: string; needIndicatorId: string; lifePhaseId: string; period?: string },
  access: Access,
  platformThreshold: number,
  today: string,
): Promise<NeedVsSupply> {
  const [needIndicator, phase, place, candidates] = await inOrder<[Stored<IndicatorInput>, Stored<LifePhaseInput>, Place, DatedTerritoryRow[]]>([
    reportableIndicator(db, args.needIndicatorId, access),
    getRecord(db, lifePhaseAggregate, args.lifePhaseId, access),
    placeOf(db, args.territoryId),
    datedChildrenOf(db, args.territoryId),
  ]);
  const candidateIds = [place.area.id, ...candidates.map((c) => c.id)];
  assertSeesValues(needIndicator, place.area, candidateIds, access);
  const [needPeriodsById, population] = await Promise.all([periodsWithData(db, [needIndicator], candidateIds, access), populationIndicatorFor(db, phase)]);
  const needPeriods = needPeriodsById.get(needIndicator.id) ?? [];
  const period = choosePeriod(needIndicator, needPeriods, place.area, args.period);
  const children = undated(validIn(candidates, period));

  const requests: TableRequest[] = [{ indicator: needIndicator, period, periods: needPeriods }];
  let childrenSource: ChildrenSource;
  if (!population) {
    childrenSource = {
      available: false,
      reason: `Für die Lebensphase „${phase.name.de}“ liegt keine Kinderzahl vor: Kein Indikator der Plattform zählt die Bevölkerung genau dieser Altersgruppe.`,
    };
  } else if (!mayReadIndicator(population, access)) {
    childrenSource = { available: false, reason: `Die Kinderzahlen (Nenner von „${population.code}“) sind nicht öffentlich.` };
  } else {
    const populationPeriods = (await periodsWithData(db, [population], candidateIds, access)).get(population.id) ?? [];
    const populationPeriod = periodForYear(populationPeriods, periodEndYear(period));
    if (populationPeriod === null) {
      childrenSource = { available: false, reason: `Für ${periodEndYear(period)} und früher gibt es keine Kinderzahlen (Nenner von „${population.code}“).` };
    } else {
      requests.push({ indicator: population, period: populationPeriod, periods: populationPeriods });
      childrenSource = { available: true, indicator: describeIndicator(population, platformThreshold), period: populationPeriod, what: population.denominator };
    }
  }
  const above = [place.area.id, ...place.ancestors.map((t) => t.id)];
  const [[needTable, populationTable], { subtrees, offers }] = await Promise.all([
    indicatorTables(db, place, children, requests, access, platformThreshold),
    subtreesOf(db, children.map((c) => c.id)).then(async (subtrees) => ({
      subtrees,
      offers: await publishedOffersListing(db, phase.id, [...above, ...[...subtrees.values()].flat()], today),
    })),
  ]);
  if (!needTable) throw new Error("Bericht: Tabelle des Bedarfsindikators fehlt.");

  const aboveSet = new Set(above);
  const listsAny = (ids: readonly string[], set: ReadonlySet<string>) => ids.some((id) => set.has(id));
  const wide = offers.filter((o) => listsAny(o.territory_ids, aboveSet)).length;

  const childrenCells = new Map(populationTable ? [populationTable.territory, ...populationTable.children].map((c) => [c.territory.id, c]) : []);
  const row = (need: ReportCell, offerCount: number, localOffers: number): NeedSupplyRow => {
    const cell = childrenCells.get(need.territory.id);
    const count = cell && cell.status === "shown" ? cell.denominator : null;
    return {
      territory: need.territory,
      need,
      offers: offerCount,
      localOffers,
      children: count,
      childrenStatus: cell ? cell.status : null,
      offersPerThousandChildren: perThousand(offerCount, count),
    };
  };
  const childRows = needTable.children.map((need) => {
    const subtree = new Set(subtrees.get(need.territory.id) ?? [need.territory.id]);
    const local = offers.filter((o) => listsAny(o.territory_ids, subtree) && !listsAny(o.territory_ids, aboveSet)).length;
    return row(need, wide + local, local);
  });
  return {
    need: { indicator: needTable.indicator, period, periods: needPeriods },
    lifePhase: { id: phase.id, code: phase.code, name: phase.name, minAgeMonths: phase.minAgeMonths, maxAgeMonths: phase.maxAgeMonths },
    offersPublishedOn: today,
    childrenSource,
    territory: row(needTable.territory, offers.length, offers.filter((o) => !listsAny(o.territory_ids, new Set(above.slice(1)))).length),
    children: childRows,
  };
}
