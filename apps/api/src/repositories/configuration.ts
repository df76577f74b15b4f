import { type ConfigurationMode, IdSchema } from "@praeventionskette/domain";
import { type RawBuilder, sql } from "kysely";
import { z } from "zod";
import type { TableName } from "../db/types.js";
import type { AnySelect, ListFilter, Reference } from "./aggregate.js";

/** A configuration record: owned by a youth office, or a platform default when null. */
interface Owned {
  youthOfficeId: string | null;
}

/** The owner of a configuration record, for the role check (`Aggregate.ownerOf`). */
export const ownerOf = (record: Owned): string | null => record.youthOfficeId;

/** The owning youth office must exist. */
export const ownerReference = (record: Owned): Reference[] =>
  record.youthOfficeId ? [{ table: "youth_office", ids: [record.youthOfficeId], path: "youthOfficeId", what: "Jugendamt" }] : [];

/** SQL: the youth offices responsible for a territory with their distance (0 = its own), as `offices(youth_office_id, depth)`. */
const officesOf = (territoryId: string) => sql`
  with recursive up(id, parent_id, youth_office_id, depth) as (
    select id, parent_id, youth_office_id, 0 from territory where id = ${territoryId}
    union all
    select t.id, t.parent_id, t.youth_office_id, up.depth + 1 from territory t join up on t.id = up.parent_id where up.depth < 10
  )
  select youth_office_id, min(depth) as depth from up where youth_office_id is not null group by youth_office_id`;

/**
 * SQL: the row is in force for the territory, by the same rule as the domain's
 * `configurationInForce`: in `replace` mode the records of the nearest responsible youth office
 * that has any (not archived), else the platform defaults; in `extend` mode the platform's plus
 * those of every responsible youth office.
 */
export function inForceFor(table: TableName, mode: ConfigurationMode, territoryId: string): RawBuilder<boolean> {
  if (mode === "extend") {
    return sql<boolean>`(youth_office_id is null or youth_office_id in (select youth_office_id from (${officesOf(territoryId)}) offices))`;
  }
  const chosen = sql`
    select o.youth_office_id from (${officesOf(territoryId)}) o
    where exists (select 1 from ${sql.table(table)} own where own.youth_office_id = o.youth_office_id and own.archived_at is null)
    order by o.depth limit 1`;
  return sql<boolean>`(youth_office_id = (${chosen}) or (youth_office_id is null and not exists (${chosen})))`;
}

/** The filter fields every configuration list offers. */
export interface ConfigurationListFilter {
  /** Records of this youth office, or with `null` the platform defaults. */
  youthOfficeId?: string | null;
  /** What is in force for this territory. */
  territoryId?: string;
}

/** The schema of `ConfigurationListFilter`. */
export const configurationFilterSchema = z.object({
  youthOfficeId: IdSchema.nullable().optional(),
  territoryId: IdSchema.optional(),
});

/** Narrows a configuration list by owner or to what is in force for a territory. */
export function applyConfigurationFilter(table: TableName, mode: ConfigurationMode, query: AnySelect, filter: ConfigurationListFilter): AnySelect {
  let q = query;
  if (filter.youthOfficeId === null) q = q.where("youth_office_id", "is", null);
  else if (filter.youthOfficeId) q = q.where("youth_office_id", "=", filter.youthOfficeId);
  if (filter.territoryId) q = q.where(inForceFor(table, mode, filter.territoryId));
  return q;
}

/** The list filter of a configuration aggregate without filters of its own. */
export function configurationFilter(table: TableName, mode: ConfigurationMode): ListFilter<ConfigurationListFilter> {
  return { schema: configurationFilterSchema, apply: (query, filter) => applyConfigurationFilter(table, mode, query, filter) };
}
