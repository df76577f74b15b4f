import { IdSchema } from "@praeventionskette/domain";
import { type RawBuilder, sql } from "kysely";
import { z } from "zod";
import type { AnySelect, ListFilter } from "./aggregate.js";

/** A scope no role assignment contains: records in it are the platform administration's alone. */
export const PLATFORM_SCOPE = "00000000-0000-0000-0000-000000000000";

/** Rows whose validity period (`valid_from`, `valid_to` inclusive, null = open) covers the day. */
export const validOnDay = (query: AnySelect, day: string): AnySelect =>
  query.where("valid_from", "<=", day).where((eb) => eb.or([eb("valid_to", "is", null), eb("valid_to", ">=", day)]));

/** SQL: the row's `territory_id` is one of the ids. */
export const territoryIdIn = (ids: RawBuilder<string[]>): RawBuilder<boolean> => sql<boolean>`territory_id = any(${ids})`;

/** List filter by the territory a record belongs to, for aggregates with a `territory_id` column. */
export const byTerritoryFilter: ListFilter<{ territoryId?: string }> = {
  schema: z.object({ territoryId: IdSchema.optional() }),
  apply: (query, filter) => (filter.territoryId ? query.where("territory_id", "=", filter.territoryId) : query),
};

/** SQL: the row's body belongs to one of the territories (meetings and decisions). */
export const bodyTerritoryIn = (ids: RawBuilder<string[]>): RawBuilder<boolean> =>
  sql<boolean>`body_id in (select id from body where territory_id = any(${ids}))`;
