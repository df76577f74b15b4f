import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymousAccess } from "../auth/access.js";
import { followChanges } from "../db/changes-seen.js";
import type { DatabaseHandle } from "../db/client.js";
import { seedDemoData } from "../demo/index.js";
import { testDatabases } from "../test/databases.js";
import { datedChildrenOf, needVsSupply, placeOf } from "./report.js";

// Where changes are reported, reports place their area from the kept territory table instead of
// asking SQL (report-territories.ts). Inside a transaction they still ask SQL: these tests ask
// both ways on the demo data and require the same answers, archived territories included.
describe.each(testDatabases)("kept territories against SQL on $name", (database) => {
  const today = "2026-11-23";
  let handle: DatabaseHandle;
  let territoryIds: string[];
  const viaSql = <T>(read: (db: DatabaseHandle["db"]) => Promise<T>) => handle.db.transaction().execute((trx) => read(trx));
  const outcome = <T>(read: Promise<T>) => read.then((value) => ({ value }), (error: Error) => ({ error: error.message }));

  beforeAll(async () => {
    handle = await database.open();
    await seedDemoData(handle.db);
    // An archived social area and one of its children: neither may be placed or listed as a child.
    const { rows } = await sql<{ id: string }>`select id from territory where kind = 'socialArea' limit 1`.execute(handle.db);
    await sql`update territory set archived_at = now() where id = ${rows[0]!.id}`.execute(handle.db);
    // An offer of every phase listing only a social area: the Land's report finds it three levels down.
    await sql`update offer set territory_ids = array[(select id from territory where kind = 'socialArea' and archived_at is null limit 1)],
      life_phase_ids = array(select id from life_phase where youth_office_id is null)
      where id = (select id from offer where status = 'active' and archived_at is null order by id limit 1)`.execute(handle.db);
    territoryIds = (await sql<{ id: string }>`select id from territory order by id`.execute(handle.db)).rows.map((row) => row.id);
    followChanges(handle.db, { onChange: () => {} });
  });
  afterAll(() => handle.close());

  it("places every territory and lists its children as SQL does", async () => {
    expect(territoryIds.length).toBeGreaterThan(30);
    for (const id of territoryIds) {
      expect(await outcome(placeOf(handle.db, id)), id).toEqual(await outcome(viaSql((db) => placeOf(db, id))));
      expect(await datedChildrenOf(handle.db, id), id).toEqual(await viaSql((db) => datedChildrenOf(db, id)));
    }
  });

  it("counts the same offers in a need-vs-supply report for the Land (three levels down), the county and its towns", async () => {
    const { rows: areas } = await sql<{ id: string }>`
      select id from territory where kind = 'state'
      union all select id from territory where code = '05558'
      union all select id from territory where parent_id = (select id from territory where code = '05558')`.execute(handle.db);
    const { rows: indicators } = await sql<{ id: string }>`select id from indicator where data->>'visibility' = 'public' and archived_at is null order by code limit 3`.execute(handle.db);
    const { rows: phases } = await sql<{ id: string }>`select id from life_phase where youth_office_id is null order by code`.execute(handle.db);
    expect(areas.length).toBeGreaterThan(5);
    const access = anonymousAccess(today);
    let compared = 0;
    for (const [at, area] of areas.entries()) {
      const args = { territoryId: area.id, needIndicatorId: indicators[at % indicators.length]!.id, lifePhaseId: phases[at % phases.length]!.id };
      const kept = await outcome(needVsSupply(handle.db, args, access, 3, today));
      expect(kept, JSON.stringify(args)).toEqual(await outcome(viaSql((db) => needVsSupply(db, args, access, 3, today))));
      if ("value" in kept) compared += 1;
    }
    expect(compared).toBeGreaterThan(3);
  });
});
