import {
  checkObservation,
  checkObservationTerritory,
  completeObservation,
  IdSchema,
  type IndicatorInput,
  type Observation,
  type ObservationInput,
  ObservationInputSchema,
  type PublicObservation,
  suppressHierarchy,
  suppressionThresholdFor,
} from "@praeventionskette/domain";
import { type Kysely, sql } from "kysely";
import { territoryIdIn } from "./scopes.js";
import { z } from "zod";
import { readsInternally } from "../auth/access.js";
import type { Database } from "../db/types.js";
import { RuleViolationError } from "../errors.js";
import { type Aggregate, findRecord, type ListFilter, type Stored } from "./aggregate.js";
import { indicatorAggregate } from "./indicator.js";
import { territoryAggregate } from "./territory.js";

async function indicatorOf(db: Kysely<Database>, observation: ObservationInput) {
  const indicator = await findRecord(db, indicatorAggregate, observation.indicatorId);
  if (!indicator) throw new RuleViolationError("Den Indikator gibt es nicht.", ["indicatorId"]);
  return indicator;
}

/** Beobachtungen: the value of one indicator for one territory and period. */
export const observationAggregate: Aggregate<ObservationInput> = {
  table: "observation",
  label: "Beobachtung",
  input: ObservationInputSchema,
  columns: (o) => ({ indicator_id: o.indicatorId, territory_id: o.territoryId, period: o.period }),
  territoriesOf: async (_db, o) => [o.territoryId],
  inTerritories: territoryIdIn,
  publicRows: () => sql<boolean>`indicator_id in (select id from indicator where visibility = 'public' and archived_at is null)`,
  references: (o) => [
    { table: "indicator", ids: [o.indicatorId], path: "indicatorId", what: "Indikator" },
    { table: "territory", ids: [o.territoryId], path: "territoryId", what: "Gebiet" },
  ],
  async check(db, change) {
    const indicator = await indicatorOf(db, change.input);
    const [problem] = checkObservation(change.input, { ...indicator, id: indicator.id });
    if (problem) throw new RuleViolationError(problem);
    const territory = await findRecord(db, territoryAggregate, change.input.territoryId);
    if (territory) {
      const seat = await db.selectFrom("youth_office").select("id").where("territory_id", "=", territory.id).where("archived_at", "is", null).executeTakeFirst();
      const misplaced = checkObservationTerritory(territory, indicator, { seatOfYouthOffice: seat !== undefined });
      if (misplaced) throw new RuleViolationError(misplaced, ["territoryId"]);
    }
  },
  // Outside the reader's own territories every observation is public output: small cells
  // suppressed, with secondary suppression over the whole published table.
  present: async (db, observations, access) => {
    const outside = observations.filter((o) => !readsInternally(access, [o.territoryId]));
    if (outside.length === 0) return observations;
    const shown = await publicObservations(db, outside, access.suppressionThreshold);
    // The public view covers the whole table; the reader's own territories keep their counts.
    const outsideIds = new Set(outside.map((o) => o.id));
    return observations.map((o) => {
      const view = outsideIds.has(o.id) ? shown.get(o.id) : undefined;
      return view ? { ...o, numerator: view.numerator, denominator: view.denominator, value: view.value, suppressed: view.suppressed } : o;
    });
  },
  // Counts are the truth: the rate is always computed from them when both are given.
  prepare: async (db, input) => completeObservation(input, await indicatorOf(db, input)),
};

/** Filters for observation lists. */
export const observationFilter: ListFilter<{ indicatorId?: string; territoryId?: string; period?: string }> = {
  schema: z.object({
    indicatorId: IdSchema.optional(),
    territoryId: IdSchema.optional(),
    period: z.string().max(20).optional(),
  }),
  apply: (query, filter) => {
    let q = query;
    if (filter.indicatorId) q = q.where("indicator_id", "=", filter.indicatorId);
    if (filter.territoryId) q = q.where("territory_id", "=", filter.territoryId);
    if (filter.period) q = q.where("period", "=", filter.period);
    return q.clearOrderBy().orderBy("period", "asc");
  },
};

interface ObservationRow {
  id: string;
  data: unknown;
}

const asObservation = (row: ObservationRow): Observation => ({ ...(row.data as ObservationInput), id: row.id });

/** Each territory's parent, for the hierarchy of secondary suppression. */
async function parentsOfTerritories(db: Kysely<Database>): Promise<(id: string) => string | null> {
  const rows = await db.selectFrom("territory").select(["id", "parent_id"]).execute();
  const parents = new Map(rows.map((row) => [row.id, row.parent_id]));
  return (id) => parents.get(id) ?? null;
}

/**
 * The public view of observations: for each indicator and period, small cells and the cells
 * that would let them be recomputed by subtraction across the territory hierarchy are
 * suppressed (`suppressHierarchy`), computed over every current observation of that indicator
 * and period, never over the page asked for, so that no combination of answers undoes it.
 * The one place public observation output is made: lists, single records and series.
 */
export async function publicObservations(
  db: Kysely<Database>,
  observations: readonly Observation[],
  platformThreshold: number,
): Promise<Map<string, PublicObservation>> {
  const result = new Map<string, PublicObservation>();
  if (observations.length === 0) return result;
  const parentOf = await parentsOfTerritories(db);
  for (const indicatorId of new Set(observations.map((o) => o.indicatorId))) {
    const indicator = await findRecord(db, indicatorAggregate, indicatorId);
    const wanted = observations.filter((o) => o.indicatorId === indicatorId);
    const periods = [...new Set(wanted.map((o) => o.period))];
    const rows = (await db
      .selectFrom("observation")
      .select(["id", "data"])
      .where("indicator_id", "=", indicatorId)
      .where("period", "in", periods)
      .where("archived_at", "is", null)
      .execute()) as ObservationRow[];
    const universe = new Map(rows.map((row) => [row.id, asObservation(row)]));
    for (const o of wanted) if (!universe.has(o.id)) universe.set(o.id, o);
    for (const view of suppressedTable([...universe.values()], indicator, parentOf, platformThreshold)) result.set(view.id, view);
  }
  return result;
}

function suppressedTable(
  observations: Observation[],
  indicator: Stored<IndicatorInput> | undefined,
  parentOf: (id: string) => string | null,
  platformThreshold: number,
): PublicObservation[] {
  const threshold = indicator ? suppressionThresholdFor(indicator, platformThreshold) : platformThreshold;
  return suppressHierarchy(observations, parentOf, threshold, { numeratorWithinDenominator: indicator?.factor === "percent" }).map(
    ({ id, indicatorId, territoryId, period, numerator, denominator, value, source, asOf, isDemo, note, suppressed }) => ({
      id, indicatorId, territoryId, period, numerator, denominator, value, source, asOf, isDemo, note, suppressed,
    }),
  );
}

/**
 * The public time series of a public indicator: small cells and the cells that would let them
 * be recomputed suppressed on the server (see {@link publicObservations}) with the indicator's
 * own threshold or the platform's, for every reader alike, so no view or export can leak them.
 */
export async function publicSeries(
  db: Kysely<Database>,
  args: { indicatorId: string; territoryIds?: string[]; platformThreshold: number },
): Promise<{ observations: PublicObservation[]; threshold: number } | null> {
  const indicator = await findRecord(db, indicatorAggregate, args.indicatorId);
  if (!indicator || indicator.visibility !== "public" || indicator.archivedAt) return null;
  const threshold = suppressionThresholdFor(indicator, args.platformThreshold);
  const rows = (await db
    .selectFrom("observation")
    .select(["id", "data"])
    .where("indicator_id", "=", args.indicatorId)
    .where("archived_at", "is", null)
    .execute()) as ObservationRow[];
  const wanted = args.territoryIds?.length ? new Set(args.territoryIds) : null;
  const observations = suppressedTable(rows.map(asObservation), indicator, await parentsOfTerritories(db), args.platformThreshold)
    .filter((o) => wanted === null || wanted.has(o.territoryId))
    .sort((a, b) => (a.territoryId < b.territoryId ? -1 : a.territoryId > b.territoryId ? 1 : a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  return { threshold, observations };
}
