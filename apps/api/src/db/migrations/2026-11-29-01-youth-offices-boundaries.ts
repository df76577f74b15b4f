import type { Kysely } from "kysely";
import { sql } from "kysely";

// Many youth offices on one platform: a youth_office aggregate; territories name the youth office
// that covers them and the territories they replaced; configuration (life phases, transitions,
// fields of action, indicators, funding programmes) belongs to a youth office or, with a null
// owner, to the platform, and its codes are unique per owner. Territories get boundaries with
// their own validity periods. Frozen once landed.

const CONFIGURATION_TABLES = ["life_phase", "transition", "field_of_action", "indicator", "funding_programme"] as const;
const CODED_TABLES = ["life_phase", "transition", "field_of_action", "indicator"] as const;

function aggregateTable(db: Kysely<any>, name: string) {
  return db.schema
    .createTable(name)
    .addColumn("id", "uuid", (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("data", "jsonb", (col) => col.notNull())
    .addColumn("version", "integer", (col) => col.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (col) => col.notNull().defaultTo(sql`clock_timestamp()`))
    .addColumn("updated_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn("archived_at", "timestamptz")
    .addColumn("updated_by", "text");
}

export async function up(db: Kysely<any>): Promise<void> {
  await aggregateTable(db, "youth_office")
    .addColumn("territory_id", "uuid", (col) => col.notNull().references("territory.id"))
    .execute();

  await db.schema
    .alterTable("territory")
    .addColumn("youth_office_id", "uuid", (col) => col.references("youth_office.id"))
    .addColumn("predecessor_ids", sql`uuid[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .execute();
  await sql`update territory set data = data || '{"youthOfficeId": null, "predecessorIds": []}'::jsonb`.execute(db);
  await db.schema.createIndex("territory_parent_idx").on("territory").column("parent_id").execute();
  await db.schema.createIndex("territory_youth_office_idx").on("territory").column("youth_office_id").execute();

  for (const table of CONFIGURATION_TABLES) {
    await db.schema
      .alterTable(table)
      .addColumn("youth_office_id", "uuid", (col) => col.references("youth_office.id"))
      .execute();
    await sql`update ${sql.table(table)} set data = data || '{"youthOfficeId": null}'::jsonb`.execute(db);
  }
  for (const table of ["life_phase", "transition", "field_of_action"]) {
    await sql`update ${sql.table(table)} set data = data || '{"adoptedFromId": null}'::jsonb`.execute(db);
  }
  for (const table of CODED_TABLES) {
    await sql`alter table ${sql.table(table)} drop constraint ${sql.id(`${table}_code_key`)}`.execute(db);
    // One default and one record per youth office may share a code; NULLS NOT DISTINCT makes the
    // platform defaults (owner null) unique among themselves too (PostgreSQL 15+).
    await sql`create unique index ${sql.id(`${table}_owner_code_unique`)} on ${sql.table(table)} (youth_office_id, code) nulls not distinct`.execute(db);
  }

  await aggregateTable(db, "territory_boundary")
    .addColumn("territory_id", "uuid", (col) => col.notNull().references("territory.id").onDelete("cascade"))
    .addColumn("valid_from", "date", (col) => col.notNull())
    .addColumn("valid_to", "date")
    // The shape simplified for display, derived on write so that maps load small and fast.
    .addColumn("display_geometry", "jsonb", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("territory_boundary_territory_idx").on("territory_boundary").columns(["territory_id", "valid_from"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("territory_boundary").execute();
  for (const table of CODED_TABLES) {
    await sql`drop index ${sql.id(`${table}_owner_code_unique`)}`.execute(db);
    await sql`alter table ${sql.table(table)} add constraint ${sql.id(`${table}_code_key`)} unique (code)`.execute(db);
  }
  for (const table of CONFIGURATION_TABLES) {
    await db.schema.alterTable(table).dropColumn("youth_office_id").execute();
  }
  await db.schema.dropIndex("territory_youth_office_idx").execute();
  await db.schema.dropIndex("territory_parent_idx").execute();
  await db.schema.alterTable("territory").dropColumn("youth_office_id").dropColumn("predecessor_ids").execute();
  await db.schema.dropTable("youth_office").execute();
}
