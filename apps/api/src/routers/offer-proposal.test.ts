import { randomUUID } from "node:crypto";
import { type OfferInput, OfferInputSchema } from "@praeventionskette/domain";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Access, accessFor, anonymousAccess } from "../auth/access.js";
import type { Principal } from "../auth/roles.js";
import type { DatabaseHandle } from "../db/client.js";
import { callerFor } from "../test/caller.js";
import { testDatabases } from "../test/databases.js";
import { createGraph } from "../test/fixtures.js";

async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => new Error("expected the call to fail"),
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw error;
  return error;
}

const today = "2026-11-23";

describe.each(testDatabases)("offer approval on $name", (database) => {
  let handle: DatabaseHandle;
  let graph: Awaited<ReturnType<typeof createGraph>>;
  /** Full rights, for setting the scene. */
  let api: ReturnType<typeof callerFor>;
  let anonymous: ReturnType<typeof callerFor>;
  /** Provider editor of the Familienzentrum Olfen. */
  let provider: ReturnType<typeof callerFor>;
  /** Provider editor of another organisation. */
  let otherProvider: ReturnType<typeof callerFor>;
  /** Town editor of Olfen. */
  let editor: ReturnType<typeof callerFor>;
  /** Town editor of another town of the county. */
  let otherEditor: ReturnType<typeof callerFor>;
  /** Coordinator of the county. */
  let coordinator: ReturnType<typeof callerFor>;
  let otherTown: { id: string };
  let otherActor: { id: string };

  const person = (userId: string, name: string, assignments: Principal["assignments"]): Principal => ({
    userId,
    name,
    email: `${userId}@example.org`,
    assignments,
  });
  const as = (access: Access, day = today) => callerFor(handle, { today: day, access });
  /** A valid offer (the fixture's sample `n`) with some fields changed. */
  const offerData = (n: number, changes: Partial<OfferInput> = {}): OfferInput => OfferInputSchema.parse({ ...graph.samples.offer(n), ...changes });
  const auditOf = (table: string, recordId: string) =>
    handle.db
      .selectFrom("audit_event")
      .select(["action", "user_id", "user_name", "before", "after"])
      .where("table_name", "=", table)
      .where("record_id", "=", recordId)
      .orderBy("id")
      .execute();

  beforeAll(async () => {
    handle = await database.open();
    api = callerFor(handle, { today });
    graph = await createGraph(api);
    otherTown = await api.territory.create({ name: "Lüdinghausen", kind: "town", code: "05558028", parentId: graph.county.id, validFrom: "1975-01-01", validTo: null, population: 25_000 });
    otherActor = await api.actor.create({ ...graph.samples.actor(1), name: "Kita Sonnenschein", territoryId: otherTown.id });

    const accessOf = (principal: Principal) => accessFor(handle.db, principal, today);
    anonymous = as(anonymousAccess(today));
    provider = as(await accessOf(person("u-provider", "Paula Anbieterin", [{ role: "providerEditor", territoryId: null, organisationId: graph.actor.id }])));
    otherProvider = as(await accessOf(person("u-other-provider", "Otto Anbieter", [{ role: "providerEditor", territoryId: null, organisationId: otherActor.id }])));
    editor = as(await accessOf(person("u-editor", "Tina Redaktion", [{ role: "townEditor", territoryId: graph.town.id, organisationId: null }])));
    otherEditor = as(await accessOf(person("u-other-editor", "Lutz Redaktion", [{ role: "townEditor", territoryId: otherTown.id, organisationId: null }])));
    coordinator = as(await accessOf(person("u-coordinator", "Karla Koordination", [{ role: "coordinator", territoryId: graph.county.id, organisationId: null }])));
  });
  afterAll(() => handle.close());

  it("keeps a provider's new offer from the public until a town editor of its town approves it", async () => {
    const title = "Babyschwimmen im Hallenbad";
    const proposal = await provider.offerProposal.create({ offerId: null, expectedVersion: null, data: offerData(1, { title }) });
    expect(proposal).toMatchObject({ status: "pending", offerId: null, baseVersion: null, providerId: graph.actor.id, proposedBy: "u-provider", proposedByName: "Paula Anbieterin", version: 1 });

    expect((await anonymous.offer.search({ text: "Babyschwimmen" })).total).toBe(0);
    expect((await api.offer.search({ text: "Babyschwimmen", includeUnpublished: true })).total).toBe(0);

    // The provider and the town's editors see it in their queues; another town's editor does not.
    expect((await provider.offerProposal.list({})).items.map((p) => p.id)).toContain(proposal.id);
    expect((await editor.offerProposal.list({ status: "pending" })).items.map((p) => p.id)).toContain(proposal.id);
    expect((await otherEditor.offerProposal.list({})).items.map((p) => p.id)).not.toContain(proposal.id);
    expect((await otherProvider.offerProposal.list({})).items.map((p) => p.id)).not.toContain(proposal.id);
    expect((await errorOf(anonymous.offerProposal.list({}))).code).toBe("UNAUTHORIZED");

    const detail = await editor.offerProposal.get({ id: proposal.id });
    expect(detail.current).toBeNull();
    expect(detail.diff).toContainEqual({ path: "title", before: undefined, after: title });

    const { proposal: approved, offer } = await editor.offerProposal.approve({ id: proposal.id, expectedVersion: 1 });
    expect(approved).toMatchObject({ status: "approved", offerId: offer.id, reviewedByName: "Tina Redaktion", version: 2 });
    expect(approved.reviewedAt).not.toBeNull();
    expect(offer).toMatchObject({ title, providerId: graph.actor.id, version: 1, updatedBy: "Tina Redaktion" });

    expect((await anonymous.offer.search({ text: "Babyschwimmen" })).items.map((o) => o.id)).toEqual([offer.id]);
    expect(await anonymous.offer.get({ id: offer.id })).toMatchObject({ title, version: 1 });
  });

  it("publishes an approved offer only inside its publication window", async () => {
    const data = offerData(2, { title: "Ferienprogramm 2027", visibleFrom: "2027-01-01", visibleTo: "2027-06-30" });
    const proposal = await provider.offerProposal.create({ offerId: null, expectedVersion: null, data });
    const { offer } = await editor.offerProposal.approve({ id: proposal.id, expectedVersion: proposal.version });

    const visitorOn = (day: string) => as(anonymousAccess(day), day);
    expect((await errorOf(visitorOn(today).offer.get({ id: offer.id }))).code).toBe("UNAUTHORIZED");
    expect((await visitorOn(today).offer.search({ text: "Ferienprogramm" })).total).toBe(0);
    expect(await visitorOn("2027-01-01").offer.get({ id: offer.id })).toMatchObject({ title: "Ferienprogramm 2027" });
    expect((await visitorOn("2027-06-30").offer.search({ text: "Ferienprogramm" })).total).toBe(1);
    expect((await visitorOn("2027-07-01").offer.search({ text: "Ferienprogramm" })).total).toBe(0);
  });

  it("leaves the public version of a changed offer as it is until approved, and shows the change as a diff", async () => {
    const published = await api.offer.create(offerData(3, { title: "Elterncafé Olfen" }));
    const changed = offerData(3, { title: "Elterncafé Olfen, jetzt auch samstags", languages: ["de", "tr"] });
    const proposal = await provider.offerProposal.create({ offerId: published.id, expectedVersion: published.version, data: changed });
    expect(proposal).toMatchObject({ offerId: published.id, baseVersion: 1, status: "pending" });

    expect(await anonymous.offer.get({ id: published.id })).toMatchObject({ title: "Elterncafé Olfen", languages: ["de"], version: 1 });

    for (const reader of [provider, editor, coordinator]) {
      const detail = await reader.offerProposal.get({ id: proposal.id });
      expect(detail.current).toMatchObject({ id: published.id, title: "Elterncafé Olfen", version: 1 });
      expect(detail.diff).toEqual([
        { path: "title", before: "Elterncafé Olfen", after: "Elterncafé Olfen, jetzt auch samstags" },
        { path: "languages.1", before: undefined, after: "tr" },
      ]);
    }
    expect((await editor.offerProposal.list({ offerId: published.id })).items.map((p) => p.id)).toEqual([proposal.id]);

    const { offer } = await editor.offerProposal.approve({ id: proposal.id, expectedVersion: 1 });
    expect(offer).toMatchObject({ id: published.id, version: 2 });
    expect(await anonymous.offer.get({ id: published.id })).toMatchObject({ title: "Elterncafé Olfen, jetzt auch samstags", languages: ["de", "tr"], version: 2 });
    expect((await editor.offerProposal.get({ id: proposal.id })).diff).toEqual([]);
  });

  it("rejects only with a reason and leaves the offer unchanged", async () => {
    const published = await api.offer.create(offerData(4, { title: "Krabbelgruppe" }));
    const proposal = await provider.offerProposal.create({ offerId: published.id, expectedVersion: 1, data: offerData(4, { title: "Krabbelgruppe (kostenpflichtig)" }) });

    for (const reason of ["", "  ", "ok"]) {
      const error = await errorOf(editor.offerProposal.reject({ id: proposal.id, expectedVersion: 1, reason }));
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.message).toContain("reason");
    }
    const rejected = await editor.offerProposal.reject({ id: proposal.id, expectedVersion: 1, reason: "  Bitte die Kosten im Feld „Kosten“ angeben.  " });
    expect(rejected).toMatchObject({ status: "rejected", reason: "Bitte die Kosten im Feld „Kosten“ angeben.", reviewedByName: "Tina Redaktion", version: 2 });

    expect(await anonymous.offer.get({ id: published.id })).toMatchObject({ title: "Krabbelgruppe", version: 1 });
    expect(await provider.offerProposal.get({ id: proposal.id })).toMatchObject({ status: "rejected", reason: "Bitte die Kosten im Feld „Kosten“ angeben." });

    // Reviewed once is reviewed for good.
    const again = await errorOf(editor.offerProposal.approve({ id: proposal.id, expectedVersion: 2 }));
    expect(again.code).toBe("CONFLICT");
    expect(again.message).toContain("abgelehnt");
    expect((await errorOf(provider.offerProposal.withdraw({ id: proposal.id, expectedVersion: 2 }))).code).toBe("CONFLICT");
  });

  it("lets a provider propose only for its own organisation", async () => {
    const forOther = await errorOf(provider.offerProposal.create({ offerId: null, expectedVersion: null, data: offerData(5, { providerId: otherActor.id, territoryIds: [otherTown.id] }) }));
    expect(forOther.code).toBe("FORBIDDEN");

    // Nor take over another organisation's offer by naming itself as its provider.
    const othersOffer = await api.offer.create(offerData(6, { providerId: otherActor.id, territoryIds: [otherTown.id] }));
    const takeOver = await errorOf(provider.offerProposal.create({ offerId: othersOffer.id, expectedVersion: 1, data: offerData(6, { territoryIds: [otherTown.id] }) }));
    expect(takeOver.code).toBe("FORBIDDEN");

    expect((await errorOf(anonymous.offerProposal.create({ offerId: null, expectedVersion: null, data: offerData(7) }))).code).toBe("UNAUTHORIZED");
    expect((await errorOf(editor.offerProposal.create({ offerId: null, expectedVersion: null, data: offerData(7) }))).code).toBe("FORBIDDEN");
    expect(await handle.db.selectFrom("offer_proposal").select("id").where("provider_id", "=", otherActor.id).execute()).toEqual([]);
  });

  it("checks references and versions when a change is proposed", async () => {
    const dangling = await errorOf(provider.offerProposal.create({ offerId: null, expectedVersion: null, data: offerData(8, { goalIds: [randomUUID()] }) }));
    expect(dangling.code).toBe("BAD_REQUEST");
    expect(dangling.message).toContain("Ziel");

    const published = await api.offer.create(offerData(9));
    const withoutVersion = await errorOf(provider.offerProposal.create({ offerId: published.id, expectedVersion: null, data: offerData(9) }));
    expect(withoutVersion.code).toBe("BAD_REQUEST");
    const stale = await errorOf(provider.offerProposal.create({ offerId: published.id, expectedVersion: 7, data: offerData(9) }));
    expect(stale.code).toBe("CONFLICT");
    const unknown = await errorOf(provider.offerProposal.create({ offerId: randomUUID(), expectedVersion: 1, data: offerData(9) }));
    expect(unknown.code).toBe("NOT_FOUND");
  });

  it("refuses review by a town editor of another town, and lets the county's coordinator review", async () => {
    const proposal = await provider.offerProposal.create({ offerId: null, expectedVersion: null, data: offerData(10, { title: "Lesepaten" }) });
    expect((await errorOf(otherEditor.offerProposal.approve({ id: proposal.id, expectedVersion: 1 }))).code).toBe("FORBIDDEN");
    expect((await errorOf(otherEditor.offerProposal.reject({ id: proposal.id, expectedVersion: 1, reason: "Nicht zuständig." }))).code).toBe("FORBIDDEN");
    expect((await errorOf(otherEditor.offerProposal.get({ id: proposal.id }))).code).toBe("FORBIDDEN");
    expect((await errorOf(provider.offerProposal.approve({ id: proposal.id, expectedVersion: 1 }))).code).toBe("FORBIDDEN");
    expect((await errorOf(anonymous.offerProposal.approve({ id: proposal.id, expectedVersion: 1 }))).code).toBe("UNAUTHORIZED");
    expect((await provider.offerProposal.get({ id: proposal.id })).status).toBe("pending");

    // A county-wide offer is beyond a town editor; the county's coordinator publishes it.
    const countyWide = await provider.offerProposal.create({ offerId: null, expectedVersion: null, data: offerData(11, { title: "Familienhebamme im Kreis", territoryIds: [graph.county.id] }) });
    expect((await errorOf(editor.offerProposal.approve({ id: countyWide.id, expectedVersion: 1 }))).code).toBe("FORBIDDEN");
    const { offer } = await coordinator.offerProposal.approve({ id: countyWide.id, expectedVersion: 1 });
    expect(await anonymous.offer.get({ id: offer.id })).toMatchObject({ title: "Familienhebamme im Kreis" });
    expect((await errorOf(otherProvider.offerProposal.withdraw({ id: proposal.id, expectedVersion: 1 }))).code).toBe("FORBIDDEN");
  });

  it("refuses to approve a change whose offer was changed in the meantime, writing nothing", async () => {
    const published = await api.offer.create(offerData(12, { title: "Spielgruppe" }));
    const proposal = await provider.offerProposal.create({ offerId: published.id, expectedVersion: 1, data: offerData(12, { title: "Spielgruppe am Montag" }) });
    await editor.offer.update({ id: published.id, expectedVersion: 1, data: offerData(12, { title: "Spielgruppe im Familienzentrum" }) });
    const auditBefore = await handle.db.selectFrom("audit_event").select(handle.db.fn.countAll<string>().as("n")).executeTakeFirstOrThrow();

    const stale = await errorOf(editor.offerProposal.approve({ id: proposal.id, expectedVersion: 1 }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toMatch(/Angebot wurde von Tina Redaktion geändert, nachdem dieser Vorschlag eingereicht wurde.*Version 1.*Version 2/);

    expect(await anonymous.offer.get({ id: published.id })).toMatchObject({ title: "Spielgruppe im Familienzentrum", version: 2 });
    expect(await editor.offerProposal.get({ id: proposal.id })).toMatchObject({ status: "pending", version: 1 });
    const auditAfter = await handle.db.selectFrom("audit_event").select(handle.db.fn.countAll<string>().as("n")).executeTakeFirstOrThrow();
    expect(Number(auditAfter.n)).toBe(Number(auditBefore.n));

    // A review action based on an outdated proposal version is refused as well.
    expect((await errorOf(editor.offerProposal.reject({ id: proposal.id, expectedVersion: 3, reason: "Veraltet." }))).code).toBe("CONFLICT");
    expect(await editor.offerProposal.reject({ id: proposal.id, expectedVersion: 1, reason: "Bitte auf der aktuellen Fassung neu vorschlagen." })).toMatchObject({ status: "rejected" });
  });

  it("refuses direct offer writes by a provider editor, who has no territory to write in", async () => {
    expect((await errorOf(provider.offer.create(offerData(13)))).code).toBe("FORBIDDEN");
    const published = await api.offer.create(offerData(14));
    expect((await errorOf(provider.offer.update({ id: published.id, expectedVersion: 1, data: offerData(14, { title: "Eigenmächtig" }) }))).code).toBe("FORBIDDEN");
    expect(await anonymous.offer.get({ id: published.id })).toMatchObject({ version: 1 });
  });

  it("lets the provider withdraw a pending proposal, which then cannot be approved", async () => {
    const proposal = await provider.offerProposal.create({ offerId: null, expectedVersion: null, data: offerData(15, { title: "Zurückgezogen" }) });
    const withdrawn = await provider.offerProposal.withdraw({ id: proposal.id, expectedVersion: 1 });
    expect(withdrawn).toMatchObject({ status: "withdrawn", version: 2, reviewedByName: null });
    expect((await errorOf(editor.offerProposal.approve({ id: proposal.id, expectedVersion: 2 }))).code).toBe("CONFLICT");
    expect((await editor.offerProposal.list({ status: "withdrawn" })).items.map((p) => p.id)).toEqual([proposal.id]);
    expect((await auditOf("offer_proposal", proposal.id)).map((e) => e.action)).toEqual(["propose", "withdraw"]);
  });

  it("records every proposal, approval and rejection in the audit trail, with the offer it publishes", async () => {
    const created = await provider.offerProposal.create({ offerId: null, expectedVersion: null, data: offerData(16, { title: "Vorlesestunde" }) });
    const { offer } = await editor.offerProposal.approve({ id: created.id, expectedVersion: 1 });
    const approvalTrail = await auditOf("offer_proposal", created.id);
    expect(approvalTrail.map((e) => [e.action, e.user_id, e.user_name])).toEqual([
      ["propose", "u-provider", "Paula Anbieterin"],
      ["approve", "u-editor", "Tina Redaktion"],
    ]);
    expect(approvalTrail[1]?.before).toMatchObject({ status: "pending", version: 1 });
    expect(approvalTrail[1]?.after).toMatchObject({ status: "approved", version: 2, offerId: offer.id });
    expect((await auditOf("offer", offer.id)).map((e) => [e.action, e.user_name])).toEqual([["create", "Tina Redaktion"]]);

    const change = await provider.offerProposal.create({ offerId: offer.id, expectedVersion: 1, data: offerData(16, { title: "Vorlesestunde für alle" }) });
    await coordinator.offerProposal.reject({ id: change.id, expectedVersion: 1, reason: "Bitte Zielgruppe ergänzen." });
    const rejectionTrail = await auditOf("offer_proposal", change.id);
    expect(rejectionTrail.map((e) => [e.action, e.user_name])).toEqual([
      ["propose", "Paula Anbieterin"],
      ["reject", "Karla Koordination"],
    ]);
    expect(rejectionTrail[1]?.after).toMatchObject({ status: "rejected", reason: "Bitte Zielgruppe ergänzen." });
    expect((await auditOf("offer", offer.id)).map((e) => e.action)).toEqual(["create"]);

    const change2 = await provider.offerProposal.create({ offerId: offer.id, expectedVersion: 1, data: offerData(16, { title: "Vorlesestunde am Dienstag" }) });
    await editor.offerProposal.approve({ id: change2.id, expectedVersion: 1 });
    const offerTrail = await auditOf("offer", offer.id);
    expect(offerTrail.map((e) => [e.action, e.user_name])).toEqual([
      ["create", "Tina Redaktion"],
      ["update", "Tina Redaktion"],
    ]);
    expect(offerTrail[1]?.before).toMatchObject({ title: "Vorlesestunde", version: 1 });
    expect(offerTrail[1]?.after).toMatchObject({ title: "Vorlesestunde am Dienstag", version: 2 });
  });
});
