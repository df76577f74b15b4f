import {
  currentLeitbild,
  type DecisionInput,
  type FundingApplicationInput,
  type IndicatorInput,
  type LeitbildVersionInput,
  type MeetingInput,
} from "@praeventionskette/domain";
import { type Kysely, sql } from "kysely";
import { type Access, readsInternally } from "../auth/access.js";
import type { Database } from "../db/types.js";
import { type AnySelect, findRecord, listRecords, type Stored } from "./aggregate.js";
import { type CoverageAnswer, coverageOf } from "./coverage-answer.js";
import { fundingApplicationAggregate, fundingProgrammeAggregate } from "./funding.js";
import { cascadeProgress, type GoalProgress } from "./goal.js";
import { bodyAggregate, decisionAggregate, meetingAggregate } from "./governance.js";
import { indicatorAggregate } from "./indicator.js";
import { leitbildVersionAggregate } from "./leitbild.js";
import {
  type DatedTerritoryRow,
  datedChildrenOf,
  indicatorTables,
  inOrder,
  type IndicatorValues,
  mayReadIndicator,
  periodForYear,
  periodsWithData,
  type Place,
  placeOf,
  type ReportTerritory,
  reportableIndicator,
  seesValuesIn,
  type TableRequest,
  undated,
  validIn,
} from "./report.js";

/** Sums of one kind of funding event (applications, approval notices, proofs of use) in a year. */
export interface FundingSum {
  count: number;
  cents: number;
}

/** One funding programme's applications of the territory with an event in the year, summed (the report shows sums, not applications). */
export interface ProgrammeFunding {
  programme: { id: string; name: string; funder: string };
  /** Applications submitted in the year, with the grants they requested. */
  applied: FundingSum;
  /** Approval notices dated in the year, with the grants approved. */
  approved: FundingSum;
  /** Applications with spending in the year (recorded expenditures dated in it, else a proof of use submitted in it), with the amounts. */
  spent: FundingSum;
}

/** Funding of the year: for staff of the territory; withheld from everyone else, and said so. */
export type FundingOfYear = { visible: true; programmes: ProgrammeFunding[] } | { visible: false; reason: string };

/** What a youth welfare committee (Jugendhilfeausschuss) reads about a territory and a year. */
export interface CommitteeBundle {
  territory: ReportTerritory;
  year: number;
  /** The day the offers of the coverage analysis are counted on (offers have no history). */
  offersPublishedOn: string;
  /** Das Präventionsleitbild in force at the end of the year (as the report prints it), or null. */
  leitbild: Pick<LeitbildVersionInput, "title" | "adoption" | "preamble" | "statements"> | null;
  /** The territory's goal cascade with progress as it stood at the end of the year. */
  goals: GoalProgress[];
  /** The key indicators for the territory, its children and references, in the period reporting on the year. */
  keyIndicators: IndicatorValues[];
  /** Key indicators with no value for the territory or its children in or before the year. */
  keyIndicatorsWithoutData: { id: string; code: string; name: { de: string; en: string } }[];
  /** Key indicators that are internal and not shown to this reader (none of their values here are the reader's to see). */
  withheldIndicators: number;
  /** The offer map of the territory's children: offers counted per cell, gaps and likely duplicates. */
  coverage: CoverageAnswer;
  /** The territory's bodies, and their meetings and decisions in the year, by date (what the report lists of each). */
  governance: {
    bodies: { id: string; name: string; kind: string }[];
    meetings: (Pick<MeetingInput, "bodyId" | "date" | "title" | "status"> & { id: string })[];
    decisions: (Pick<DecisionInput, "bodyId" | "date" | "paperNumber" | "title" | "outcome"> & { id: string })[];
  };
  funding: FundingOfYear;
}

// Reports take every match at once and never show a count.
const ALL = { limit: 10_000, offset: 0, includeArchived: false, uncounted: true };

const inYear = (date: string | null | undefined, year: number): boolean => date !== null && date !== undefined && date.startsWith(`${year}-`);

/**
 * The key indicators a committee reads: the ones asked for, else those the territory's goals
 * are measured by (each goal's first indicator, in the order of the cascade). Derived ones the
 * reader may not see are counted, not named; archived ones are left out.
 */
async function keyIndicatorsOf(
  db: Kysely<Database>,
  asked: readonly string[] | undefined,
  goals: readonly GoalProgress[],
  access: Access,
): Promise<{ indicators: Stored<IndicatorInput>[]; withheld: number }> {
  if (asked) {
    const indicators: Stored<IndicatorInput>[] = [];
    for (const id of new Set(asked)) indicators.push(await reportableIndicator(db, id, access));
    return { indicators, withheld: 0 };
  }
  const ids = [...new Set(goals.flatMap((goal) => (goal.indicator ? [goal.indicator.id] : [])))];
  const indicators: Stored<IndicatorInput>[] = [];
  let withheld = 0;
  for (const id of ids) {
    const indicator = await findRecord(db, indicatorAggregate, id);
    if (!indicator || indicator.archivedAt) continue;
    if (mayReadIndicator(indicator, access)) indicators.push(indicator);
    else withheld += 1;
  }
  return { indicators, withheld };
}

/**
 * What a grantee spent in the year: the expenditures recorded with dates in it where there are
 * any, else the amount its proof of use proves, counted in the year the proof was submitted;
 * null when nothing was spent in the year.
 */
function spentIn(application: FundingApplicationInput, year: number): number | null {
  const recorded = application.spending ?? [];
  if (recorded.length > 0) {
    const inTheYear = recorded.filter((entry) => inYear(entry.spentOn, year));
    return inTheYear.length > 0 ? inTheYear.reduce((sum, entry) => sum + entry.amountCents, 0) : null;
  }
  return inYear(application.proofOfUse?.submittedOn, year) ? (application.proofOfUse?.spentCents ?? 0) : null;
}

async function fundingOfYear(db: Kysely<Database>, territoryId: string, year: number, access: Access): Promise<FundingOfYear> {
  if (!readsInternally(access, [territoryId])) {
    return { visible: false, reason: "Förderanträge sind interne Daten; sie sehen nur Mitarbeitende dieses Gebiets." };
  }
  const applications = await listRecords(db, fundingApplicationAggregate, ALL, access, (q) => q.where("territory_id", "=", territoryId));
  const byProgramme = new Map<string, ProgrammeFunding>();
  for (const application of applications.items) {
    const events = {
      applied: inYear(application.submittedOn, year) ? application.requestedGrantCents : null,
      approved: inYear(application.approval?.noticeDate, year) ? (application.approval?.grantCents ?? 0) : null,
      spent: spentIn(application, year),
    };
    if (events.applied === null && events.approved === null && events.spent === null) continue;
    let entry = byProgramme.get(application.programmeId);
    if (!entry) {
      const programme = await findRecord(db, fundingProgrammeAggregate, application.programmeId);
      entry = {
        programme: { id: application.programmeId, name: programme?.name ?? "", funder: programme?.funder ?? "" },
        applied: { count: 0, cents: 0 },
        approved: { count: 0, cents: 0 },
        spent: { count: 0, cents: 0 },
      };
      byProgramme.set(application.programmeId, entry);
    }
    for (const kind of ["applied", "approved", "spent"] as const) {
      const cents = events[kind];
      if (cents === null) continue;
      entry[kind].count += 1;
      entry[kind].cents += cents;
    }
  }
  const programmes = [...byProgramme.values()].sort((a, b) => a.programme.name.localeCompare(b.programme.name, "de"));
  return { visible: true, programmes };
}

async function governanceOfYear(db: Kysely<Database>, territoryId: string, year: number, access: Access): Promise<CommitteeBundle["governance"]> {
  const bodies = await listRecords(db, bodyAggregate, ALL, access, (q) => q.where("territory_id", "=", territoryId));
  const ofYear = (q: AnySelect) =>
    q
      .where(sql<boolean>`body_id in (select id from body where territory_id = ${territoryId})`)
      .where("date", ">=", `${year}-01-01`)
      .where("date", "<=", `${year}-12-31`)
      .orderBy("date", "asc");
  const [meetings, decisions] = await Promise.all([
    listRecords(db, meetingAggregate, ALL, access, ofYear),
    listRecords(db, decisionAggregate, ALL, access, ofYear),
  ]);
  return {
    bodies: bodies.items.map(({ id, name, kind }) => ({ id, name, kind })),
    meetings: meetings.items.map(({ id, bodyId, date, title, status }) => ({ id, bodyId, date, title, status })),
    decisions: decisions.items.map(({ id, bodyId, date, paperNumber, title, outcome }) => ({ id, bodyId, date, paperNumber, title, outcome })),
  };
}

/**
 * Die Vorlage für den Jugendhilfeausschuss: everything a youth welfare committee reads about a
 * territory and a year, each part as the reader may see it:
 * - the Leitbild in force at the end of the year (`currentLeitbild`);
 * - the goal cascade with progress as it stood then (`cascadeProgress` with `untilYear`: values
 *   of periods counting as the year or earlier, school year 2023/24 counting as 2024);
 * - the key indicators with references ({@link indicatorTables}, as `report.indicatorValues`), each
 *   in the period reporting on the year (`periodForYear`), with suppression and roles;
 * - coverage and gaps (`analyseCoverage`, offers as published today);
 * - the meetings and decisions of the territory's bodies dated in the year;
 * - funding applied, approved and spent per programme in the year, for staff of the territory.
 *
 * Bounded at state scale: values are read for the territory, its children and its two reference
 * territories only; the public view needs the table of each indicator and period (one period,
 * every territory) for secondary suppression, never a whole series.
 *
 * @example
 * const bundle = await committeeBundle(db, { territoryId: county, year: 2024 }, access, 3, "2026-11-29");
 * bundle.keyIndicators.map((t) => [t.indicator.code, t.period, t.territory.value]);
 */
export async function committeeBundle(
  db: Kysely<Database>,
  args: { territoryId: string; year: number; indicatorIds?: string[] },
  access: Access,
  platformThreshold: number,
  today: string,
): Promise<CommitteeBundle> {
  const territoryId = args.territoryId;
  // The parts are independent of each other: read together (the territory too: an unknown one
  // fails it first, as reading them in turn would), one round trip instead of two.
  const placed = placeOf(db, territoryId);
  const [place, versions, indicatorPart, coverage, governance, funding] = await inOrder<
    [Place, Awaited<ReturnType<typeof listRecords<LeitbildVersionInput>>>, Awaited<ReturnType<typeof goalsAndKeyIndicators>>, CoverageAnswer, CommitteeBundle["governance"], FundingOfYear]
  >([
    placed,
    listRecords(db, leitbildVersionAggregate, ALL, access, (q) => q.where("territory_id", "=", territoryId)),
    placed.then((found) => goalsAndKeyIndicators(db, found, args, access, platformThreshold)),
    coverageOf(db, { territoryId, today }, access),
    governanceOfYear(db, territoryId, args.year, access),
    fundingOfYear(db, territoryId, args.year, access),
  ]);

  const { id, name, kind, code } = place.area;
  const leitbild = currentLeitbild(versions.items, `${args.year}-12-31`);
  return {
    territory: { id, name, kind, code },
    year: args.year,
    offersPublishedOn: today,
    leitbild: leitbild && { title: leitbild.title, adoption: leitbild.adoption, preamble: leitbild.preamble, statements: leitbild.statements },
    ...indicatorPart,
    coverage,
    governance,
    funding,
  };
}

/** The goal cascade with progress, and the key indicators it (or the request) names, in the period reporting on the year. */
async function goalsAndKeyIndicators(
  db: Kysely<Database>,
  place: Place,
  args: { year: number; indicatorIds?: string[] },
  access: Access,
  platformThreshold: number,
): Promise<Pick<CommitteeBundle, "goals" | "keyIndicators" | "keyIndicatorsWithoutData" | "withheldIndicators">> {
  const territoryId = place.area.id;
  const [goals, candidates] = await inOrder<[GoalProgress[], DatedTerritoryRow[]]>([
    cascadeProgress(db, territoryId, access, platformThreshold, { untilYear: args.year }),
    datedChildrenOf(db, territoryId),
  ]);
  const { indicators, withheld } = await keyIndicatorsOf(db, args.indicatorIds, goals, access);

  const children = undated(validIn(candidates, String(args.year)));
  const candidateIds = [territoryId, ...candidates.map((c) => c.id)];
  // An internal indicator of which the reader sees no value here is withheld, not shown empty.
  const shown = indicators.filter((indicator) => seesValuesIn(indicator, candidateIds, access));
  const periods = await periodsWithData(db, shown, candidateIds, access);
  const requests: TableRequest[] = [];
  const withoutData: CommitteeBundle["keyIndicatorsWithoutData"] = [];
  for (const indicator of shown) {
    const available = periods.get(indicator.id) ?? [];
    const period = periodForYear(available, args.year);
    if (period === null) withoutData.push({ id: indicator.id, code: indicator.code, name: indicator.name });
    else requests.push({ indicator, period, periods: available });
  }
  const keyIndicators = await indicatorTables(db, place, children, requests, access, platformThreshold);
  return { goals, keyIndicators, keyIndicatorsWithoutData: withoutData, withheldIndicators: withheld + indicators.length - shown.length };
}
