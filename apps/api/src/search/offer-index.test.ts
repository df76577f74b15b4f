import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymousAccess, systemAccess } from "../auth/access.js";
import type { DatabaseHandle } from "../db/client.js";
import { seedDemoData } from "../demo/index.js";
import { createRecord, deleteRecord, fieldsOf, setArchived, updateRecord } from "../repositories/aggregate.js";
import { offerAggregate, searchOffersInSql } from "../repositories/offer.js";
import { testDatabases } from "../test/databases.js";
import { loadOfferIndex, type OfferIndex, refreshOfferIndex } from "./offer-index.js";

/** The index as plain data, postings in a fixed order (a Map keeps insertion order, which a refresh does not share with a full load). */
function comparable(index: OfferIndex) {
  return { ...index, postings: [...index.postings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) };
}

// A refresh reads only the rows that changed and copies the rest; it must give exactly the index
// a full load gives, whatever changed: new, edited, archived, unpublished and deleted offers, and
// territories renamed.
describe.each(testDatabases)("offer index refresh on $name", (database) => {
  let handle: DatabaseHandle;
  const today = "2026-11-23";
  const staff = systemAccess(today, "Testlauf");

  beforeAll(async () => {
    handle = await database.open();
    await seedDemoData(handle.db);
  }, 600_000);
  afterAll(() => handle.close());

  it("equals a full load after offers are created, edited, archived, unpublished and deleted", async () => {
    const before = await loadOfferIndex(handle.db);
    // Nothing changed: the same index.
    expect(comparable(await refreshOfferIndex(handle.db, before))).toEqual(comparable(before));

    const { items } = await searchOffersInSql(handle.db, { limit: 6, offset: 0, publishedOn: today }, anonymousAccess(today));
    const [edited, archived, unpublished, template] = items;
    await updateRecord(handle.db, offerAggregate, { id: edited!.id, expectedVersion: edited!.version, input: { ...fieldsOf(edited!), title: "Zaubertrankkurs für Familien", languages: ["de", "fa"] } }, staff);
    await setArchived(handle.db, offerAggregate, { id: archived!.id, expectedVersion: archived!.version, archived: true }, staff);
    await updateRecord(handle.db, offerAggregate, { id: unpublished!.id, expectedVersion: unpublished!.version, input: { ...fieldsOf(unpublished!), status: "inactive" as const } }, staff);
    const created = await createRecord(handle.db, offerAggregate, { ...fieldsOf(template!), title: "Drachenflugschule für Eltern und Kinder" }, staff);
    const doomed = await createRecord(handle.db, offerAggregate, { ...fieldsOf(template!), title: "Kurzlebiges Angebot" }, staff);
    const between = await loadOfferIndex(handle.db);
    await deleteRecord(handle.db, offerAggregate, { id: doomed.id, expectedVersion: doomed.version }, staff);
    await sql`update territory set data = jsonb_set(data, '{name}', '"Umbenannte Stadt"') where id = (select id from territory where kind = 'town' order by id limit 1)`.execute(handle.db);

    const refreshed = await refreshOfferIndex(handle.db, before);
    const loaded = await loadOfferIndex(handle.db);
    expect(comparable(refreshed)).toEqual(comparable(loaded));
    expect(comparable(await refreshOfferIndex(handle.db, between))).toEqual(comparable(loaded));
    // The changes are in it: the new offer and the edited title's words are found, the others gone.
    expect(refreshed.ids).toContain(created.id);
    expect(refreshed.ids).not.toContain(archived!.id);
    expect(refreshed.ids).not.toContain(unpublished!.id);
    expect(refreshed.ids).not.toContain(doomed.id);
    const holding = (prefix: string) => [...refreshed.postings].filter(([lexeme]) => lexeme.startsWith(prefix)).flatMap(([, offers]) => [...offers].map((i) => refreshed.ids[i]));
    expect(new Set(holding("zaubertrank"))).toEqual(new Set([edited!.id]));
    expect(new Set(holding("drachenflug"))).toEqual(new Set([created.id]));
  }, 300_000);
});
