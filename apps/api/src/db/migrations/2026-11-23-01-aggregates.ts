import type { Kysely } from "kysely";
import { sql } from "kysely";

// Every aggregate is one table: the validated domain record as jsonb (the schema lives in the
// domain package, so the database does not duplicate it), a version for optimistic locking,
// timestamps, a soft-delete marker, and the few columns that queries filter, join or index on.
// Frozen once landed: later changes get a new migration.

async function createAggregateTable(
  db: Kysely<any>,
  name: string,
  extend: (table: any) => any = (table) => table,
): Promise<void> {
  let table = db.schema
    .createTable(name)
    .addColumn("id", "uuid", (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("data", "jsonb", (col) => col.notNull())
    .addColumn("version", "integer", (col) => col.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (col) => col.notNull().defaultTo(sql`clock_timestamp()`))
    .addColumn("updated_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn("archived_at", "timestamptz");
  table = extend(table);
  await table.execute();
}

export async function up(db: Kysely<any>): Promise<void> {
  await createAggregateTable(db, "territory", (t) =>
    t
      .addColumn("kind", "text", (col: any) => col.notNull())
      .addColumn("code", "text")
      .addColumn("parent_id", "uuid", (col: any) => col.references("territory.id"))
      .addColumn("valid_from", "date", (col: any) => col.notNull())
      .addColumn("valid_to", "date"),
  );
  await createAggregateTable(db, "life_phase", (t) =>
    t
      .addColumn("code", "text", (col: any) => col.notNull().unique())
      .addColumn("sort_order", "integer", (col: any) => col.notNull()),
  );
  await createAggregateTable(db, "transition", (t) =>
    t
      .addColumn("code", "text", (col: any) => col.notNull().unique())
      .addColumn("from_life_phase_id", "uuid", (col: any) => col.notNull().references("life_phase.id"))
      .addColumn("to_life_phase_id", "uuid", (col: any) => col.notNull().references("life_phase.id")),
  );
  await createAggregateTable(db, "field_of_action", (t) =>
    t.addColumn("code", "text", (col: any) => col.notNull().unique()),
  );
  await createAggregateTable(db, "actor", (t) =>
    t
      .addColumn("kind", "text", (col: any) => col.notNull())
      .addColumn("territory_id", "uuid", (col: any) => col.notNull().references("territory.id")),
  );
  await createAggregateTable(db, "offer", (t) =>
    t
      .addColumn("provider_id", "uuid", (col: any) => col.notNull().references("actor.id"))
      .addColumn("status", "text", (col: any) => col.notNull())
      .addColumn("territory_ids", sql`uuid[]`, (col: any) => col.notNull())
      .addColumn("life_phase_ids", sql`uuid[]`, (col: any) => col.notNull())
      .addColumn("transition_ids", sql`uuid[]`, (col: any) => col.notNull())
      .addColumn("field_of_action_ids", sql`uuid[]`, (col: any) => col.notNull())
      .addColumn("languages", sql`text[]`, (col: any) => col.notNull())
      .addColumn("is_free", "boolean", (col: any) => col.notNull())
      .addColumn("min_age_months", "integer", (col: any) => col.notNull())
      .addColumn("max_age_months", "integer")
      .addColumn("visible_from", "date")
      .addColumn("visible_to", "date")
      .addColumn("search", sql`tsvector`, (col: any) =>
        col.generatedAlwaysAs(sql`
          setweight(to_tsvector('german', coalesce(data->>'title', '') || ' ' || coalesce(data->>'shortTitle', '')), 'A') ||
          setweight(to_tsvector('german', coalesce(data->>'description', '')), 'B') ||
          setweight(to_tsvector('german', coalesce(data->>'eligibility', '')), 'C')`).stored(),
      ),
  );
  await createAggregateTable(db, "leitbild_version", (t) =>
    t
      .addColumn("territory_id", "uuid", (col: any) => col.notNull().references("territory.id"))
      .addColumn("version_number", "integer", (col: any) => col.notNull())
      .addColumn("status", "text", (col: any) => col.notNull())
      .addUniqueConstraint("leitbild_version_number_unique", ["territory_id", "version_number"]),
  );
  await createAggregateTable(db, "indicator", (t) =>
    t
      .addColumn("code", "text", (col: any) => col.notNull().unique())
      .addColumn("visibility", "text", (col: any) => col.notNull()),
  );
  await createAggregateTable(db, "goal", (t) =>
    t
      .addColumn("territory_id", "uuid", (col: any) => col.notNull().references("territory.id"))
      .addColumn("parent_id", "uuid", (col: any) => col.references("goal.id"))
      .addColumn("level", "text", (col: any) => col.notNull()),
  );
  await createAggregateTable(db, "observation", (t) =>
    t
      .addColumn("indicator_id", "uuid", (col: any) => col.notNull().references("indicator.id"))
      .addColumn("territory_id", "uuid", (col: any) => col.notNull().references("territory.id"))
      .addColumn("period", "text", (col: any) => col.notNull())
      .addUniqueConstraint("observation_cell_unique", ["indicator_id", "territory_id", "period"]),
  );
  await createAggregateTable(db, "body", (t) =>
    t
      .addColumn("territory_id", "uuid", (col: any) => col.notNull().references("territory.id"))
      .addColumn("kind", "text", (col: any) => col.notNull()),
  );
  await createAggregateTable(db, "meeting", (t) =>
    t
      .addColumn("body_id", "uuid", (col: any) => col.notNull().references("body.id"))
      .addColumn("date", "date", (col: any) => col.notNull()),
  );
  await createAggregateTable(db, "decision", (t) =>
    t
      .addColumn("body_id", "uuid", (col: any) => col.notNull().references("body.id"))
      .addColumn("meeting_id", "uuid", (col: any) => col.references("meeting.id"))
      .addColumn("date", "date", (col: any) => col.notNull()),
  );
  await createAggregateTable(db, "funding_programme");
  await createAggregateTable(db, "funding_application", (t) =>
    t
      .addColumn("programme_id", "uuid", (col: any) => col.notNull().references("funding_programme.id"))
      .addColumn("territory_id", "uuid", (col: any) => col.notNull().references("territory.id"))
      .addColumn("status", "text", (col: any) => col.notNull()),
  );
  await createAggregateTable(db, "quality_assessment", (t) =>
    t
      .addColumn("territory_id", "uuid", (col: any) => col.notNull().references("territory.id"))
      .addColumn("assessed_on", "date", (col: any) => col.notNull()),
  );

  await db.schema.createIndex("offer_search_idx").on("offer").using("gin").column("search").execute();
  await db.schema.createIndex("offer_territory_idx").on("offer").using("gin").column("territory_ids").execute();
  await db.schema.createIndex("observation_territory_idx").on("observation").columns(["territory_id", "period"]).execute();
  await db.schema.createIndex("goal_parent_idx").on("goal").column("parent_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "quality_assessment",
    "funding_application",
    "funding_programme",
    "decision",
    "meeting",
    "body",
    "observation",
    "goal",
    "indicator",
    "leitbild_version",
    "offer",
    "actor",
    "field_of_action",
    "transition",
    "life_phase",
    "territory",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
