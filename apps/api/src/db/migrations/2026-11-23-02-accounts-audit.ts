import type { Kysely } from "kysely";
import { sql } from "kysely";

// Accounts (the tables better-auth expects, written out so they are versioned like the rest),
// role assignments scoped to territories or organisations, the append-only audit trail, offer
// proposals awaiting review, and who last changed each record. Frozen once landed.

const aggregateTables = [
  "territory", "life_phase", "transition", "field_of_action", "actor", "offer", "leitbild_version", "indicator",
  "goal", "observation", "body", "meeting", "decision", "funding_programme", "funding_application", "quality_assessment",
];

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table "user" ("id" text not null primary key, "name" text not null, "email" text not null unique, "emailVerified" boolean not null, "image" text, "createdAt" timestamptz default CURRENT_TIMESTAMP not null, "updatedAt" timestamptz default CURRENT_TIMESTAMP not null)`.execute(db);
  await sql`create table "session" ("id" text not null primary key, "expiresAt" timestamptz not null, "token" text not null unique, "createdAt" timestamptz default CURRENT_TIMESTAMP not null, "updatedAt" timestamptz not null, "ipAddress" text, "userAgent" text, "userId" text not null references "user" ("id") on delete cascade)`.execute(db);
  await sql`create table "account" ("id" text not null primary key, "accountId" text not null, "providerId" text not null, "userId" text not null references "user" ("id") on delete cascade, "accessToken" text, "refreshToken" text, "idToken" text, "accessTokenExpiresAt" timestamptz, "refreshTokenExpiresAt" timestamptz, "scope" text, "password" text, "createdAt" timestamptz default CURRENT_TIMESTAMP not null, "updatedAt" timestamptz not null)`.execute(db);
  await sql`create table "verification" ("id" text not null primary key, "identifier" text not null, "value" text not null, "expiresAt" timestamptz not null, "createdAt" timestamptz default CURRENT_TIMESTAMP not null, "updatedAt" timestamptz default CURRENT_TIMESTAMP not null)`.execute(db);
  await sql`create index "session_userId_idx" on "session" ("userId")`.execute(db);
  await sql`create index "account_userId_idx" on "account" ("userId")`.execute(db);
  await sql`create index "verification_identifier_idx" on "verification" ("identifier")`.execute(db);

  await db.schema
    .createTable("role_assignment")
    .addColumn("id", "uuid", (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("user_id", "text", (col) => col.notNull().references("user.id").onDelete("cascade"))
    .addColumn("role", "text", (col) => col.notNull())
    .addColumn("territory_id", "uuid", (col) => col.references("territory.id"))
    .addColumn("organisation_id", "uuid", (col) => col.references("actor.id"))
    .addColumn("created_at", "timestamptz", (col) => col.notNull().defaultTo(sql`clock_timestamp()`))
    .execute();
  await db.schema.createIndex("role_assignment_user_idx").on("role_assignment").column("user_id").execute();

  await db.schema
    .createTable("audit_event")
    .addColumn("id", "bigint", (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("occurred_at", "timestamptz", (col) => col.notNull().defaultTo(sql`clock_timestamp()`))
    .addColumn("user_id", "text")
    .addColumn("user_name", "text", (col) => col.notNull())
    .addColumn("action", "text", (col) => col.notNull())
    .addColumn("table_name", "text", (col) => col.notNull())
    .addColumn("record_id", "text", (col) => col.notNull())
    .addColumn("before", "jsonb")
    .addColumn("after", "jsonb")
    .execute();
  await db.schema.createIndex("audit_event_record_idx").on("audit_event").columns(["table_name", "record_id"]).execute();
  await db.schema.createIndex("audit_event_user_idx").on("audit_event").columns(["user_id", "occurred_at"]).execute();
  // Append-only: not even the application's own database user can rewrite history.
  await sql`create function audit_event_is_append_only() returns trigger language plpgsql as $$
    begin raise exception 'Der Änderungsverlauf kann nicht verändert oder gelöscht werden.' using errcode = '42501'; end $$`.execute(db);
  await sql`create trigger audit_event_append_only before update or delete or truncate on audit_event
    for each statement execute function audit_event_is_append_only()`.execute(db);

  await db.schema
    .createTable("offer_proposal")
    .addColumn("id", "uuid", (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("offer_id", "uuid", (col) => col.references("offer.id"))
    .addColumn("base_version", "integer")
    .addColumn("provider_id", "uuid", (col) => col.notNull().references("actor.id"))
    .addColumn("data", "jsonb", (col) => col.notNull())
    .addColumn("status", "text", (col) => col.notNull().defaultTo("pending"))
    .addColumn("reason", "text")
    .addColumn("proposed_by", "text", (col) => col.notNull())
    .addColumn("proposed_by_name", "text", (col) => col.notNull())
    .addColumn("proposed_at", "timestamptz", (col) => col.notNull().defaultTo(sql`clock_timestamp()`))
    .addColumn("reviewed_by_name", "text")
    .addColumn("reviewed_at", "timestamptz")
    .addColumn("version", "integer", (col) => col.notNull().defaultTo(1))
    .execute();

  for (const table of aggregateTables) {
    await db.schema.alterTable(table).addColumn("updated_by", "text").execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of aggregateTables) {
    await db.schema.alterTable(table).dropColumn("updated_by").execute();
  }
  await db.schema.dropTable("offer_proposal").execute();
  await sql`drop trigger audit_event_append_only on audit_event`.execute(db);
  await db.schema.dropTable("audit_event").execute();
  await sql`drop function audit_event_is_append_only()`.execute(db);
  await db.schema.dropTable("role_assignment").execute();
  for (const table of ["verification", "account", "session", "user"]) {
    await db.schema.dropTable(table).execute();
  }
}
