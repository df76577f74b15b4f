import type { Kysely } from "kysely";
import { sql } from "kysely";

// Every foreign key becomes deferrable (still checked immediately unless a transaction says
// otherwise), so that a restore can load the tables in any order, cycles included (a territory
// names its youth office, which names its territory), without superuser rights. Frozen once landed.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`do $$ declare r record; begin
    for r in select conrelid::regclass::text as tbl, conname from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace loop
      execute format('alter table %s alter constraint %I deferrable initially immediate', r.tbl, r.conname);
    end loop;
  end $$`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`do $$ declare r record; begin
    for r in select conrelid::regclass::text as tbl, conname from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace loop
      execute format('alter table %s alter constraint %I not deferrable', r.tbl, r.conname);
    end loop;
  end $$`.execute(db);
}
