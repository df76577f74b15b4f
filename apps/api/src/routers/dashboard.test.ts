import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Access, accessFor, systemAccess } from "../auth/access.js";
import type { DatabaseHandle } from "../db/client.js";
import { createAccount, loadPrincipal } from "../repositories/account.js";
import { callerFor } from "../test/caller.js";
import { testDatabases } from "../test/databases.js";
import { createGraph } from "../test/fixtures.js";

const TODAY = "2026-11-23";

describe.each(testDatabases)("dashboard.attention on $name", (database) => {
  let handle: DatabaseHandle;
  let graph: Awaited<ReturnType<typeof createGraph>>;
  let otherTown: { id: string };
  const as = async (email: string, territoryId: string) => {
    const account = await createAccount(handle.db, { name: email, email, password: null, assignments: [{ role: "townEditor", territoryId, organisationId: null }] }, systemAccess(TODAY));
    const access: Access = await accessFor(handle.db, (await loadPrincipal(handle.db, account.id))!, TODAY);
    return callerFor(handle, { today: TODAY, access });
  };

  beforeAll(async () => {
    handle = await database.open();
    const sys = callerFor(handle, { today: TODAY });
    graph = await createGraph(sys);
    otherTown = await sys.territory.create({ name: "Nottuln", kind: "town", code: "05558032", parentId: graph.county.id, validFrom: "1975-01-01", validTo: null, population: 19_000 });
    const stale = await sys.offer.create({ ...graph.samples.offer(1), title: "Elterncafé seit Jahren unverändert" });
    await sys.offer.create({ ...graph.samples.offer(2), title: "Frisch gepflegtes Angebot" });
    await sql`update offer set updated_at = '2024-05-01' where id = ${stale.id}`.execute(handle.db);
    await sys.meeting.create({ ...graph.samples.meeting(1), title: "Sitzung in drei Wochen", date: "2026-12-14" });
    await sys.meeting.create({ ...graph.samples.meeting(2), title: "Sitzung im Sommer", date: "2027-06-01" });
    await sys.goal.create({ ...graph.samples.goal(1), title: "Überfälliges Ziel", baseline: { value: 10, date: "2020-01-01" }, target: { value: 20, date: "2025-12-31" }, status: "inProgress" });
    await sys.goal.create({ ...graph.samples.goal(2), title: "Erreichtes Ziel", baseline: { value: 10, date: "2020-01-01" }, target: { value: 20, date: "2025-12-31" }, status: "achieved" });
    await sys.observation.create(graph.samples.observation(24));
  });
  afterAll(() => handle?.close());

  it("lists what needs attention in the editor's own town", async () => {
    const editor = await as("olfen.dashboard@example.org", graph.town.id);
    const attention = await editor.dashboard.attention();
    expect(attention.staleOffers.items.map((item) => item.title)).toEqual(["Elterncafé seit Jahren unverändert"]);
    expect(attention.staleOffers.items[0]!.date).toBe("2024-05-01");
    expect(attention.upcomingMeetings.items.map((item) => item.title)).toEqual(["Sitzung in drei Wochen"]);
    expect(attention.overdueGoals.items.map((item) => item.title)).toEqual(["Überfälliges Ziel"]);
    // The only indicator's newest value is from 2024; a report in 2026 expects 2025.
    expect(attention.indicatorsWithoutLatestData).toMatchObject({ expectedYear: 2025, total: 1, items: [{ id: graph.indicator.id, date: "2024" }] });
  });

  it("leaves out offers of towns the person cannot change", async () => {
    const neighbour = await as("nottuln.dashboard@example.org", otherTown.id);
    const attention = await neighbour.dashboard.attention();
    expect(attention.staleOffers).toEqual({ items: [], total: 0 });
  });

  it("asks anonymous visitors to sign in", async () => {
    const anonymous = callerFor(handle, { today: TODAY, access: { ...systemAccess(TODAY), principal: null, readable: { all: false, territoryIds: [] }, writable: { all: false, territoryIds: [] } } });
    await expect(anonymous.dashboard.attention()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
