import { type IndicatorInput, IndicatorInputSchema, IndicatorVisibilitySchema } from "@praeventionskette/domain";
import { sql } from "kysely";
import { z } from "zod";
import type { Aggregate, ListFilter } from "./aggregate.js";

/** Indikatoren of the small-area prevention monitoring (SPM). */
export const indicatorAggregate: Aggregate<IndicatorInput> = {
  table: "indicator",
  label: "Indikator",
  input: IndicatorInputSchema,
  columns: (indicator) => ({ code: indicator.code, visibility: indicator.visibility }),
  territoriesOf: null,
  publicRows: () => sql<boolean>`visibility = 'public'`,
  references: (indicator) => [
    { table: "life_phase", ids: indicator.lifePhaseIds, path: "lifePhaseIds", what: "Lebensphase" },
    { table: "field_of_action", ids: indicator.fieldOfActionIds, path: "fieldOfActionIds", what: "Handlungsfeld" },
  ],
};

/** Filters for indicator lists. */
export const indicatorFilter: ListFilter<{ visibility?: string }> = {
  schema: z.object({ visibility: IndicatorVisibilitySchema.optional() }),
  apply: (query, filter) => (filter.visibility ? query.where("visibility", "=", filter.visibility) : query),
};
