import {
  IdSchema,
  IsoDateSchema,
  type TerritoryInput,
  TerritoryInputSchema,
  TerritoryKindSchema,
  validateTerritoryHierarchy,
} from "@praeventionskette/domain";
import { type Kysely, sql } from "kysely";
import { PLATFORM_SCOPE, validOnDay } from "./scopes.js";
import { z } from "zod";
import type { Database } from "../db/types.js";
import { RuleViolationError } from "../errors.js";
import { type Aggregate, allRecords, type ListFilter } from "./aggregate.js";
import { sqlArray } from "./sql-values.js";

/** Gebiete: counties, towns and social areas. */
export const territoryAggregate: Aggregate<TerritoryInput> = {
  table: "territory",
  label: "Gebiet",
  input: TerritoryInputSchema,
  columns: (t) => ({
    kind: t.kind,
    code: t.code,
    parent_id: t.parentId,
    valid_from: t.validFrom,
    valid_to: t.validTo,
    youth_office_id: t.youthOfficeId,
    predecessor_ids: sqlArray(t.predecessorIds, "uuid"),
  }),
  references: (t) => [
    { table: "territory", ids: t.parentId ? [t.parentId] : [], path: "parentId", what: "Übergeordnetes Gebiet" },
    { table: "youth_office", ids: t.youthOfficeId ? [t.youthOfficeId] : [], path: "youthOfficeId", what: "Jugendamt" },
    { table: "territory", ids: t.predecessorIds, path: "predecessorIds", what: "Vorgängergebiet" },
  ],
  // A territory belongs to its parent: the county's coordinator manages its towns, a town's
  // editor its social areas; counties themselves only the platform administration.
  territoriesOf: async (_db, t) => [t.parentId ?? PLATFORM_SCOPE],
  async check(db, change) {
    const others = (await allRecords(db, territoryAggregate)).filter((t) => t.id !== change.id);
    const id = change.id ?? "00000000-0000-4000-8000-000000000000";
    const issue = validateTerritoryHierarchy([...others, { ...change.input, id }]).find((i) => i.territoryId === id);
    if (issue) throw new RuleViolationError(issue.message, ["parentId"]);
    if (change.id !== null && change.input.predecessorIds.includes(change.id)) {
      throw new RuleViolationError("Ein Gebiet kann nicht sein eigener Vorgänger sein.", ["predecessorIds"]);
    }
  },
};

/** Filters for territory lists. */
export const territoryFilter: ListFilter<{
  kind?: string;
  parentId?: string;
  validOn?: string;
  code?: string;
  youthOfficeId?: string;
  predecessorId?: string;
}> = {
  schema: z.object({
    kind: TerritoryKindSchema.optional(),
    parentId: IdSchema.optional(),
    validOn: IsoDateSchema.optional(),
    /** The official key (AGS), e.g. 05558016. */
    code: z.string().trim().min(1).max(50).optional(),
    /** Territories this youth office covers (by their own record; social areas inherit). */
    youthOfficeId: IdSchema.optional(),
    /** The successors of a territory: those naming it as predecessor. */
    predecessorId: IdSchema.optional(),
  }),
  apply: (query, filter) => {
    let q = query;
    if (filter.kind) q = q.where("kind", "=", filter.kind);
    if (filter.parentId) q = q.where("parent_id", "=", filter.parentId);
    if (filter.code) q = q.where("code", "=", filter.code);
    if (filter.youthOfficeId) q = q.where("youth_office_id", "=", filter.youthOfficeId);
    if (filter.predecessorId) q = q.where(sql<boolean>`${filter.predecessorId}::uuid = any(predecessor_ids)`);
    if (filter.validOn) q = validOnDay(q, filter.validOn);
    return q;
  },
};

/**
 * The territory, everything above it and everything below it: an offer for the county serves
 * each of its towns, and an offer in a social area serves its town.
 */
export async function relatedTerritoryIds(db: Kysely<Database>, territoryId: string): Promise<string[]> {
  const result = await sql<{ id: string }>`
    with recursive up(id, parent_id) as (
      select id, parent_id from territory where id = ${territoryId}
      union select t.id, t.parent_id from territory t join up on t.id = up.parent_id
    ), down(id) as (
      select id from territory where id = ${territoryId}
      union select t.id from territory t join down on t.parent_id = down.id
    )
    select id from up union select id from down`.execute(db);
  return result.rows.map((row) => row.id);
}
