import type { Kysely } from "kysely";
import { sql } from "kysely";

// The sign-in rate limiter's counts, as better-auth's database storage expects them, so that
// every server process of a deployment counts together. Frozen once landed.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table "rateLimit" ("id" text not null primary key, "key" text not null unique, "count" integer not null, "lastRequest" bigint not null)`.execute(db);
  await sql`create index "rateLimit_lastRequest_idx" on "rateLimit" ("lastRequest")`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table "rateLimit"`.execute(db);
}
