import type { Kysely } from "kysely";
import { sql } from "kysely";

// Offers for every family: translations, coordinates, wheelchair access and a search that
// forgives typos and finds parts of compound words. Frozen once landed.
//
// Translations live in the offer's `data` (jsonb), like every other field of the record, not in
// a table of their own: the domain schema owns the shape (`translations` by language tag), an
// offer and its translations are validated, versioned (`expectedVersion`), reviewed (offer
// proposals), audited, backed up and exported as one record, and a reader needs at most one
// language, which `data->'translations'->'tr'` gives without a join. A table per language would
// only pay off for full-text indexes per language, which search does not need (it searches the
// German text, which every offer has).
//
// Typos and compounds: pg_trgm (PostgreSQL contrib, shipped by PGlite as well). Trigram
// similarity over whole descriptions would make almost every offer a candidate of the trigram
// index (long texts contain most trigrams somewhere), so the trigrams index a lexicon instead:
// `offer_search_word` holds each distinct word of the offers' texts once. A search looks up the
// words similar to each word typed ("hebame" → "hebamme") or containing it ("café" →
// "elterncafé"), adds them to the German full-text query, and the existing GIN index on
// `offer.search` answers that query. Statement triggers keep the lexicon filled on every insert
// and update, bulk inserts and restores included; it is derived data, so backups leave it out
// and the triggers rebuild it while a backup is restored. Words are never removed: a stale word
// only adds a term that finds nothing.

/** The words of the offer texts in `source` (a relation with a `data` column), as the lexicon keeps them. */
const wordsOf = (source: string) => sql`
  select distinct lower(p.token) as word
  from ${sql.raw(source)} o
  cross join lateral ts_parse('default', concat_ws(' ', o.data->>'title', o.data->>'shortTitle', o.data->>'description', o.data->>'eligibility')) p
  where p.tokid in (select tokid from ts_token_type('default') where alias in ('asciiword', 'word', 'hword_asciipart', 'hword_part'))
    and char_length(p.token) between 3 and 40`;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);

  // Records written before this version get the new fields' defaults, so that stored data has the
  // shape of the domain schema: no translations, no coordinates.
  await sql`
    update offer set data = jsonb_set(
      data || jsonb_build_object('translations', coalesce(data->'translations', '{}'::jsonb)),
      '{locations}',
      coalesce((
        select jsonb_agg(case when place ? 'coordinates' then place else place || '{"coordinates": null}'::jsonb end order by position)
        from jsonb_array_elements(data->'locations') with ordinality as l(place, position)
      ), '[]'::jsonb))
    where not (data ? 'translations')
       or exists (select 1 from jsonb_array_elements(data->'locations') place where not (place ? 'coordinates'))`.execute(db);

  // Wheelchair access anywhere: a family filters on it, so it is a column of its own.
  await db.schema
    .alterTable("offer")
    .addColumn("wheelchair_accessible", "boolean", (col) =>
      col.generatedAlwaysAs(sql`jsonb_path_exists(data, '$.locations[*].accessibility.wheelchairAccessible ? (@ == true)')`).stored().notNull(),
    )
    .execute();

  await db.schema.createTable("offer_search_word").addColumn("word", "text", (col) => col.primaryKey()).execute();
  await sql`create index offer_search_word_trgm_idx on offer_search_word using gin (word gin_trgm_ops)`.execute(db);
  await sql`insert into offer_search_word (word) ${wordsOf("offer")} on conflict (word) do nothing`.execute(db);
  await sql`create function offer_search_words() returns trigger language plpgsql as $$
    begin
      insert into offer_search_word (word) ${wordsOf("new_offers")} on conflict (word) do nothing;
      return null;
    end $$`.execute(db);
  // PostgreSQL allows transition tables only on triggers for a single event.
  for (const event of ["insert", "update"]) {
    await sql`create trigger ${sql.id(`offer_search_words_${event}`)} after ${sql.raw(event)} on offer
      referencing new table as new_offers for each statement execute function offer_search_words()`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const event of ["insert", "update"]) await sql`drop trigger ${sql.id(`offer_search_words_${event}`)} on offer`.execute(db);
  await sql`drop function offer_search_words()`.execute(db);
  await db.schema.dropTable("offer_search_word").execute();
  await db.schema.alterTable("offer").dropColumn("wheelchair_accessible").execute();
}
