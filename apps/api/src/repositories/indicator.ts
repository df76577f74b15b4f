import { type IndicatorInput, IndicatorInputSchema, IndicatorVisibilitySchema } from "@praeventionskette/domain";
import { sql } from "kysely";
import type { Aggregate, ListFilter } from "./aggregate.js";
import { applyConfigurationFilter, type ConfigurationListFilter, configurationFilterSchema, ownerOf, ownerReference } from "./configuration.js";

/** Indikatoren of the small-area prevention monitoring (SPM). */
export const indicatorAggregate: Aggregate<IndicatorInput> = {
  table: "indicator",
  label: "Indikator",
  input: IndicatorInputSchema,
  columns: (indicator) => ({ code: indicator.code, visibility: indicator.visibility, youth_office_id: indicator.youthOfficeId }),
  territoriesOf: null,
  ownerOf,
  publicRows: () => sql<boolean>`visibility = 'public'`,
  references: (indicator) => [
    ...ownerReference(indicator),
    { table: "life_phase", ids: indicator.lifePhaseIds, path: "lifePhaseIds", what: "Lebensphase" },
    { table: "field_of_action", ids: indicator.fieldOfActionIds, path: "fieldOfActionIds", what: "Handlungsfeld" },
  ],
};

/** Filters for indicator lists: visibility, owner, or those in force for a territory (the shared ones plus local ones). */
export const indicatorFilter: ListFilter<{ visibility?: string } & ConfigurationListFilter> = {
  schema: configurationFilterSchema.extend({ visibility: IndicatorVisibilitySchema.optional() }),
  apply: (query, filter) => {
    const q = applyConfigurationFilter("indicator", "extend", query, filter);
    return filter.visibility ? q.where("visibility", "=", filter.visibility) : q;
  },
};
