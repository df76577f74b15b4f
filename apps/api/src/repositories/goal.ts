import {
  assessGoalProgress,
  type GoalInput,
  GoalInputSchema,
  GoalLevelSchema,
  type GoalValue,
  IdSchema,
  type IndicatorInput,
  type Observation,
  type ObservationInput,
  type ProgressAssessment,
  type PublicObservation,
  periodEndYear,
  seriesFor,
  validateGoalCascade,
} from "@praeventionskette/domain";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Access } from "../auth/access.js";
import type { Database } from "../db/types.js";
import { RuleViolationError } from "../errors.js";
import { type Aggregate, allRecords, findRecord, getRecord, type ListFilter, listRecords, type Stored } from "./aggregate.js";
import { indicatorAggregate } from "./indicator.js";
import { publicObservations } from "./observation.js";

const unsavedId = "00000000-0000-4000-8000-000000000000";

/** Zielkaskade: guiding goal → strategic goals → action goals → measures. */
export const goalAggregate: Aggregate<GoalInput> = {
  table: "goal",
  label: "Ziel",
  input: GoalInputSchema,
  columns: (goal) => ({ territory_id: goal.territoryId, parent_id: goal.parentId, level: goal.level }),
  territoriesOf: async (_db, goal) => [goal.territoryId],
  references: (goal) => [
    { table: "territory", ids: [goal.territoryId], path: "territoryId", what: "Gebiet" },
    { table: "goal", ids: goal.parentId ? [goal.parentId] : [], path: "parentId", what: "Übergeordnetes Ziel" },
    { table: "actor", ids: goal.responsibleActorIds, path: "responsibleActorIds", what: "Verantwortlicher Akteur" },
    { table: "indicator", ids: goal.indicatorIds, path: "indicatorIds", what: "Indikator" },
    { table: "life_phase", ids: goal.lifePhaseIds, path: "lifePhaseIds", what: "Lebensphase" },
    { table: "field_of_action", ids: goal.fieldOfActionIds, path: "fieldOfActionIds", what: "Handlungsfeld" },
  ],
  async check(db, change) {
    const id = change.id ?? unsavedId;
    const others = (await allRecords(db, goalAggregate)).filter((goal) => goal.id !== change.id);
    // A changed level can break the goals below it, so their issues count as well.
    const affected = new Set([id, ...others.filter((goal) => goal.parentId === id).map((goal) => goal.id)]);
    const issue = validateGoalCascade([...others, { ...change.input, id }]).find((i) => affected.has(i.goalId));
    if (issue) throw new RuleViolationError(issue.message, ["parentId"]);
  },
};

/** Filters for goal lists. */
export const goalFilter: ListFilter<{ level?: string; parentId?: string; territoryId?: string }> = {
  schema: z.object({ level: GoalLevelSchema.optional(), parentId: IdSchema.optional(), territoryId: IdSchema.optional() }),
  apply: (query, filter) => {
    let q = query;
    if (filter.level) q = q.where("level", "=", filter.level);
    if (filter.parentId) q = q.where("parent_id", "=", filter.parentId);
    if (filter.territoryId) q = q.where("territory_id", "=", filter.territoryId);
    return q;
  },
};

/** A goal's progress towards its target, measured on its indicator's public series. */
export interface GoalProgress {
  goalId: string;
  title: string;
  level: GoalInput["level"];
  territoryId: string;
  /**
   * The goal's first indicator, which its baseline and target refer to, with the unit they are
   * given in (e.g. "%", "je 1.000 Kinder"); null without one.
   */
  indicator: { id: string; code: string; name: { de: string; en: string }; unit: string } | null;
  baseline: GoalValue | null;
  target: GoalValue | null;
  /** The public series of the goal's territory; `year` is the year a period counts as (school year 2023/24 → 2024). */
  series: { period: string; year: number; value: number | null; suppressed: boolean }[];
  assessment: ProgressAssessment;
}

/** A goal's first indicator and its public observations in the goal's territory. */
interface GoalSeries {
  indicator: Stored<IndicatorInput> | undefined;
  observations: PublicObservation[] | null;
}

/**
 * The public series of each goal's first indicator in the goal's own territory, periods counted
 * as years by `periodEndYear` and cut at `untilYear`. Only the goals' territories' observations
 * are read; whether each of them is suppressed comes from `publicObservations`, which looks at
 * the table of that indicator and period (one period, every territory), as every public view
 * does, never at a whole series over all territories. Internal or archived indicators have no
 * public series (`observations: null`).
 */
async function publicGoalSeries(
  db: Kysely<Database>,
  goals: readonly Stored<GoalInput>[],
  platformThreshold: number,
  untilYear: number | undefined,
): Promise<Map<string, GoalSeries>> {
  const indicatorIds = [...new Set(goals.flatMap((goal) => (goal.indicatorIds[0] ? [goal.indicatorIds[0]] : [])))];
  const indicators = new Map<string, Stored<IndicatorInput>>();
  for (const id of indicatorIds) {
    const indicator = await findRecord(db, indicatorAggregate, id);
    if (indicator) indicators.set(id, indicator);
  }
  const published = [...indicators.values()].filter((indicator) => indicator.visibility === "public" && !indicator.archivedAt).map((indicator) => indicator.id);
  const territoryIds = [...new Set(goals.map((goal) => goal.territoryId))];
  const rows =
    published.length === 0
      ? []
      : await db
          .selectFrom("observation")
          .select(["id", "data"])
          .where("indicator_id", "in", published)
          .where("territory_id", "in", territoryIds)
          .where("archived_at", "is", null)
          .execute();
  const observations = rows
    .map((row): Observation => ({ ...(row.data as ObservationInput), id: row.id }))
    .filter((o) => untilYear === undefined || periodEndYear(o.period) <= untilYear);
  const views = [...(await publicObservations(db, observations, platformThreshold)).values()];
  const result = new Map<string, GoalSeries>();
  for (const goal of goals) {
    const indicator = goal.indicatorIds[0] ? indicators.get(goal.indicatorIds[0]) : undefined;
    const isPublic = indicator !== undefined && published.includes(indicator.id);
    result.set(goal.id, { indicator, observations: isPublic ? seriesFor(views, indicator.id, goal.territoryId) : null });
  }
  return result;
}

/**
 * Rates goals with the method of DOMAIN.md ("Goal progress", `assessGoalProgress`): from each
 * goal's baseline to the latest public value of its first indicator in the goal's territory,
 * towards its target. Only the public series is used, with small cells and their protection
 * suppressed as for any visitor (suppressed values count as missing); an internal indicator
 * gives `noData`. With `untilYear` only periods that count as that year or earlier are used
 * (`periodEndYear`: calendar year 2024 and school year 2023/24 both count as 2024), so a report
 * on a past year rates progress as it stood then.
 */
export async function progressOfGoals(
  db: Kysely<Database>,
  goals: readonly Stored<GoalInput>[],
  platformThreshold: number,
  options: { untilYear?: number } = {},
): Promise<GoalProgress[]> {
  const seriesOf = await publicGoalSeries(db, goals, platformThreshold, options.untilYear);
  return goals.map((goal) => {
    const base = { goalId: goal.id, title: goal.title, level: goal.level, territoryId: goal.territoryId, baseline: goal.baseline, target: goal.target };
    const { indicator, observations } = seriesOf.get(goal.id) ?? { indicator: undefined, observations: null };
    const named = indicator ? { id: indicator.id, code: indicator.code, name: indicator.name, unit: indicator.unit } : null;
    if (!indicator || !observations) return { ...base, indicator: named, series: [], assessment: { status: "noData", observedRate: null } };
    const series = observations.map((o) => ({ period: o.period, year: periodEndYear(o.period), value: o.value, suppressed: o.suppressed }));
    return { ...base, indicator: named, series, assessment: assessGoalProgress(goal, indicator, series) };
  });
}

/** The progress of one goal; see {@link progressOfGoals}. */
export async function progressOfGoal(db: Kysely<Database>, goal: Stored<GoalInput>, platformThreshold: number): Promise<GoalProgress> {
  return (await progressOfGoals(db, [goal], platformThreshold))[0] as GoalProgress;
}

/** The progress of one goal the reader may see. */
export async function goalProgress(db: Kysely<Database>, id: string, access: Access, platformThreshold: number): Promise<GoalProgress> {
  return progressOfGoal(db, await getRecord(db, goalAggregate, id, access), platformThreshold);
}

/**
 * The progress of every goal of a territory's cascade, top down in the order they were created;
 * with `untilYear` as it stood at the end of that year (see {@link progressOfGoals}).
 */
export async function cascadeProgress(
  db: Kysely<Database>,
  territoryId: string,
  access: Access,
  platformThreshold: number,
  options: { untilYear?: number } = {},
): Promise<GoalProgress[]> {
  const goals = await listRecords(db, goalAggregate, { limit: 10_000, offset: 0, includeArchived: false, uncounted: true }, access, (q) => q.where("territory_id", "=", territoryId));
  const order = { guiding: 0, strategic: 1, action: 2, measure: 3 } as const;
  const sorted = [...goals.items].sort((a, b) => order[a.level] - order[b.level]);
  return progressOfGoals(db, sorted, platformThreshold, options);
}
