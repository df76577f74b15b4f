import type { ColumnType, Generated } from "kysely";

/** Columns every aggregate table has; the record itself lives in `data`. */
export interface AggregateTable {
  id: Generated<string>;
  data: ColumnType<unknown, string, string>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  archived_at: Date | null;
}

/** The tables of the platform, keyed by name. Extra columns are written through repositories. */
export interface Database {
  territory: AggregateTable;
  life_phase: AggregateTable;
  transition: AggregateTable;
  field_of_action: AggregateTable;
  actor: AggregateTable;
  offer: AggregateTable & {
    provider_id: string;
    status: string;
    territory_ids: string[];
    life_phase_ids: string[];
    transition_ids: string[];
    field_of_action_ids: string[];
    languages: string[];
    is_free: boolean;
    min_age_months: number;
    max_age_months: number | null;
    visible_from: string | null;
    visible_to: string | null;
    search: ColumnType<string, never, never>;
  };
  leitbild_version: AggregateTable;
  indicator: AggregateTable;
  goal: AggregateTable;
  observation: AggregateTable & { indicator_id: string; territory_id: string; period: string };
  body: AggregateTable;
  meeting: AggregateTable;
  decision: AggregateTable;
  funding_programme: AggregateTable;
  funding_application: AggregateTable;
  quality_assessment: AggregateTable;
}

/** The name of an aggregate table. */
export type TableName = keyof Database;
