import {
  checkObservation,
  completeObservation,
  IdSchema,
  type ObservationInput,
  ObservationInputSchema,
  type PublicObservation,
  suppressionThresholdFor,
  suppressSmallCells,
} from "@praeventionskette/domain";
import { type Kysely, sql } from "kysely";
import { territoryIdIn } from "./scopes.js";
import { z } from "zod";
import { type Access, readsInternally } from "../auth/access.js";
import type { Database } from "../db/types.js";
import { RuleViolationError } from "../errors.js";
import { type Aggregate, findRecord, type ListFilter, listRecords } from "./aggregate.js";
import { indicatorAggregate } from "./indicator.js";

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
  },
  // Outside the reader's own territories every observation is public output: small cells suppressed.
  present: async (db, observations, access) => {
    const thresholds = new Map<string, number>();
    for (const indicatorId of new Set(observations.map((o) => o.indicatorId))) {
      const indicator = await findRecord(db, indicatorAggregate, indicatorId);
      thresholds.set(indicatorId, indicator ? suppressionThresholdFor(indicator, access.suppressionThreshold) : access.suppressionThreshold);
    }
    return observations.map((o) =>
      readsInternally(access, [o.territoryId]) ? o : { ...o, ...suppressSmallCells(o, thresholds.get(o.indicatorId) ?? access.suppressionThreshold) },
    );
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

/**
 * The public time series of a public indicator: small cells suppressed on the server with the
 * indicator's own threshold or the platform's, so no view or export can leak them.
 */
export async function publicSeries(
  db: Kysely<Database>,
  args: { indicatorId: string; territoryIds?: string[]; platformThreshold: number },
  access: Access,
): Promise<{ observations: PublicObservation[]; threshold: number } | null> {
  const indicator = await findRecord(db, indicatorAggregate, args.indicatorId);
  if (!indicator || indicator.visibility !== "public" || indicator.archivedAt) return null;
  const threshold = suppressionThresholdFor(indicator, args.platformThreshold);
  const page = await listRecords(db, observationAggregate, { limit: 10_000, offset: 0, includeArchived: false }, access, (query) => {
    let q = query.where("indicator_id", "=", args.indicatorId);
    if (args.territoryIds?.length) q = q.where("territory_id", "in", args.territoryIds);
    return q.orderBy("territory_id").orderBy("period");
  });
  return {
    threshold,
    observations: page.items.map(({ id, indicatorId, territoryId, period, numerator, denominator, value, source, asOf, isDemo, note }) =>
      suppressSmallCells({ id, indicatorId, territoryId, period, numerator, denominator, value, source, asOf, isDemo, note }, threshold),
    ),
  };
}
