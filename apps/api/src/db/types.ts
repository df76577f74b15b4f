import type { ColumnType, Generated } from "kysely";

/** Columns every aggregate table has; the record itself lives in `data`. */
export interface AggregateTable {
  id: Generated<string>;
  data: ColumnType<unknown, string, string>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  archived_at: Date | null;
  /** Name of the person who made the last change. */
  updated_by: string | null;
}

/** Configuration tables: owned by a youth office, or by the platform when `youth_office_id` is null. */
export type ConfigurationTable = AggregateTable & { youth_office_id: string | null };

/** The tables of the platform, keyed by name. Extra columns are written through repositories. */
export interface Database {
  territory: AggregateTable & {
    kind: string;
    code: string | null;
    parent_id: string | null;
    valid_from: string;
    valid_to: string | null;
    youth_office_id: string | null;
    predecessor_ids: string[];
  };
  youth_office: AggregateTable & { territory_id: string };
  territory_boundary: AggregateTable & {
    territory_id: string;
    valid_from: string;
    valid_to: string | null;
    display_geometry: ColumnType<unknown, string, string>;
  };
  life_phase: ConfigurationTable;
  transition: ConfigurationTable;
  field_of_action: ConfigurationTable;
  actor: AggregateTable & { kind: string; territory_id: string };
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
    title_search: ColumnType<string, never, never>;
    /** Generated: some location is wheelchair accessible. */
    wheelchair_accessible: ColumnType<boolean, never, never>;
  };
  /** The distinct words of all offer texts, kept by triggers, for typo-tolerant search (pg_trgm). */
  offer_search_word: { word: string };
  leitbild_version: AggregateTable;
  indicator: ConfigurationTable & { code: string; visibility: string };
  goal: AggregateTable;
  observation: AggregateTable & { indicator_id: string; territory_id: string; period: string };
  body: AggregateTable;
  meeting: AggregateTable;
  decision: AggregateTable;
  funding_programme: ConfigurationTable;
  funding_application: AggregateTable;
  quality_assessment: AggregateTable;
  user: { id: string; name: string; email: string; emailVerified: boolean; createdAt: Generated<Date>; updatedAt: Generated<Date> };
  account: { id: string; accountId: string; providerId: string; userId: string; password: string | null; createdAt: Date; updatedAt: Date };
  role_assignment: {
    id: Generated<string>;
    user_id: string;
    role: string;
    territory_id: string | null;
    organisation_id: string | null;
    created_at: Generated<Date>;
  };
  audit_event: {
    id: Generated<string>;
    occurred_at: Generated<Date>;
    user_id: string | null;
    user_name: string;
    action: string;
    table_name: string;
    record_id: string;
    before: ColumnType<unknown, string | null, never>;
    after: ColumnType<unknown, string | null, never>;
  };
  offer_proposal: {
    id: Generated<string>;
    offer_id: string | null;
    base_version: number | null;
    provider_id: string;
    data: ColumnType<unknown, string, string>;
    status: Generated<string>;
    reason: string | null;
    proposed_by: string;
    proposed_by_name: string;
    proposed_at: Generated<Date>;
    reviewed_by_name: string | null;
    reviewed_at: Date | null;
    version: Generated<number>;
  };
}

/** The name of an aggregate table. */
export type TableName = Exclude<keyof Database, "user" | "account" | "role_assignment" | "audit_event" | "offer_proposal" | "offer_search_word">;
