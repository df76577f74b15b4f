import { TRPCError } from "@trpc/server";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../db/client.js";
import { fieldsOf } from "../repositories/aggregate.js";
import { callerFor } from "../test/caller.js";
import { testDatabases } from "../test/databases.js";
import { createGraph } from "../test/fixtures.js";

// The workflows that enforce the rules step by step: adopting a Leitbild version with its
// council decision, and a funding application from submission to closing. Each rule has a test
// that fails without it, on create as on the later steps.

async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => new Error("expected the call to fail"),
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw error;
  return error;
}
const pathOf = (e: TRPCError) => (e.cause as { path?: (string | number)[] } | undefined)?.path?.join(".");

describe.each(testDatabases)("workflows on $name", (database) => {
  let handle: DatabaseHandle;
  let api: ReturnType<typeof callerFor>;
  let graph: Awaited<ReturnType<typeof createGraph>>;
  beforeAll(async () => {
    handle = await database.open();
    api = callerFor(handle);
    graph = await createGraph(api);
  });
  afterAll(() => handle.close());

  const auditOf = async (recordId: string) =>
    (await handle.db.selectFrom("audit_event").select(["action", "user_name"]).where("record_id", "=", recordId).orderBy("id").execute()).map((e) => e.action);

  describe("Leitbild adoption", () => {
    let serial = 100;
    /** A territory of its own per test, so that each starts without a version in force. */
    const place = async () => {
      const n = ++serial;
      const town = await api.territory.create({ name: `Stadt ${n}`, kind: "town", code: `05558${n}`, parentId: graph.county.id, validFrom: "1975-01-01", validTo: null, population: 10_000 });
      const body = (kind: "townCouncil" | "steeringGroup" | "youthWelfareCommittee", name = `Rat ${n}`) =>
        api.body.create({ territoryId: town.id, name, kind, description: "", members: [], parentBodyId: null });
      const council = await body("townCouncil");
      const decision = (date: string, extra: Partial<{ bodyId: string; outcome: "adopted" | "rejected"; paperNumber: string | null }> = {}) =>
        api.decision.create({ bodyId: council.id, meetingId: null, date, paperNumber: `SV-${n}-${++serial}`, title: "Präventionsleitbild", text: "", outcome: "adopted", subjects: [], ...extra });
      const draft = (versionNumber: number) =>
        api.leitbild.create({ territoryId: town.id, versionNumber, title: `Leitbild ${versionNumber}`, preamble: "", statements: [{ title: "Teilhabe ermöglichen", text: "" }], status: "draft", adoption: null });
      return { town, council, body, decision, draft };
    };

    it("adopts a draft with its decision, supersedes the version in force in the same step, and links both ways", async () => {
      const p = await place();
      const v1 = await p.draft(1);
      const d1 = await p.decision("2018-12-19");
      const first = await api.leitbild.adopt({ id: v1.id, expectedVersion: 1, decisionId: d1.id });
      expect(first).toMatchObject({ adopted: { id: v1.id, status: "adopted", version: 2, adoption: { body: p.council.name, date: "2018-12-19", paperNumber: d1.paperNumber, decisionId: d1.id } }, superseded: null });

      const v2 = await p.draft(2);
      const d2 = await p.decision("2026-03-01");
      const second = await api.leitbild.adopt({ id: v2.id, expectedVersion: 1, decisionId: d2.id });
      expect(second.adopted).toMatchObject({ id: v2.id, status: "adopted" });
      expect(second.superseded).toMatchObject({ id: v1.id, status: "superseded", version: 3, title: "Leitbild 1", adoption: { decisionId: d1.id } });

      const versions = await api.leitbild.list({ territoryId: p.town.id });
      expect(versions.items.filter((v) => v.status === "adopted").map((v) => v.id)).toEqual([v2.id]);
      expect((await api.decision.get({ id: d2.id })).subjects).toEqual([{ type: "leitbildVersion", id: v2.id }]);
      expect(await auditOf(v1.id)).toEqual(["create", "update", "update"]);
      expect(await auditOf(v2.id)).toEqual(["create", "update"]);
      expect(await auditOf(d2.id)).toEqual(["create", "update"]);
    });

    it("refuses a decision that is missing, not adopted, of the wrong body or territory, undated or out of order, and writes nothing", async () => {
      const p = await place();
      const v1 = await p.draft(1);
      await api.leitbild.adopt({ id: v1.id, expectedVersion: 1, decisionId: (await p.decision("2020-06-01")).id });
      const draft = await p.draft(2);
      const adopt = (decisionId: string) => errorOf(api.leitbild.adopt({ id: draft.id, expectedVersion: 1, decisionId }));
      const other = await place();

      const cases: [string, string, RegExp][] = [
        ["fehlt", "00000000-0000-4000-8000-000000000000", /gibt es nicht/],
        ["abgelehnt", (await p.decision("2024-01-01", { outcome: "rejected" })).id, /nicht gefasst/],
        ["Steuerungsgruppe", (await p.decision("2024-01-01", { bodyId: (await p.body("steeringGroup", "Steuerungsgruppe")).id })).id, /bereitet Beschlüsse vor/],
        ["anderes Gebiet", (await other.decision("2024-01-01")).id, /eines anderen Gebiets/],
        ["Zukunft", (await p.decision("2027-01-01")).id, /noch nicht gefasst/],
        ["vor der geltenden Fassung", (await p.decision("2019-01-01")).id, /vor dem Beschluss der geltenden Fassung 1/],
        ["ohne Vorlagennummer", (await p.decision("2024-01-01", { paperNumber: null })).id, /keine Vorlagennummer/],
        ["schon verwendet", v1.adoption?.decisionId ?? (await api.leitbild.get({ id: v1.id })).adoption!.decisionId!, /bereits Fassung 1/],
      ];
      for (const [what, decisionId, message] of cases) {
        const error = await adopt(decisionId);
        expect({ what, code: error.code, path: pathOf(error) }).toEqual({ what, code: "BAD_REQUEST", path: "decisionId" });
        expect(error.message, what).toMatch(message);
      }
      // A youth welfare committee of the territory may adopt as well.
      const committee = await p.body("youthWelfareCommittee", "Jugendhilfeausschuss");
      expect((await api.leitbild.adopt({ id: draft.id, expectedVersion: 1, decisionId: (await p.decision("2024-02-01", { bodyId: committee.id })).id })).adopted.status).toBe("adopted");
      expect(await auditOf(draft.id)).toEqual(["create", "update"]);
    });

    it("adopts only drafts at the version they were read, all or nothing", async () => {
      const p = await place();
      const v1 = await p.draft(1);
      await api.leitbild.adopt({ id: v1.id, expectedVersion: 1, decisionId: (await p.decision("2020-01-01")).id });
      const again = await errorOf(api.leitbild.adopt({ id: v1.id, expectedVersion: 2, decisionId: (await p.decision("2021-01-01")).id }));
      expect(again).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("bereits beschlossen") });

      const v2 = await p.draft(2);
      await api.leitbild.update({ id: v2.id, expectedVersion: 1, data: { territoryId: p.town.id, versionNumber: 2, title: "Leitbild 2, überarbeitet", preamble: "", statements: [{ title: "Teilhabe ermöglichen", text: "" }], status: "draft", adoption: null } });
      const stale = await errorOf(api.leitbild.adopt({ id: v2.id, expectedVersion: 1, decisionId: (await p.decision("2022-01-01")).id }));
      expect(stale).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("inzwischen") });
      // Nothing was superseded by the refused adoption.
      expect(await api.leitbild.get({ id: v1.id })).toMatchObject({ status: "adopted", version: 2 });
    });

    it("keeps adopted and superseded versions read-only and lets drafts be adopted only by adoption", async () => {
      const p = await place();
      const v1 = await p.draft(1);
      const { adopted } = await api.leitbild.adopt({ id: v1.id, expectedVersion: 1, decisionId: (await p.decision("2020-01-01")).id });
      const { id, version } = adopted;
      const fields = fieldsOf(adopted);
      for (const data of [fields, { ...fields, title: "Neu" }, { ...fields, status: "superseded" as const }]) {
        const error = await errorOf(api.leitbild.update({ id, expectedVersion: version, data }));
        expect(error).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Fassung 1 des Leitbildes ist beschlossen und damit schreibgeschützt") });
      }
      const v2 = await p.draft(2);
      await api.leitbild.adopt({ id: v2.id, expectedVersion: 1, decisionId: (await p.decision("2021-01-01")).id });
      const superseded = await api.leitbild.get({ id });
      expect(await errorOf(api.leitbild.update({ id, expectedVersion: superseded.version, data: { ...fields, status: "superseded" } }))).toMatchObject({
        code: "CONFLICT",
        message: expect.stringContaining("abgelöst und damit schreibgeschützt"),
      });
      const v3 = await p.draft(3);
      const byEditing = await errorOf(api.leitbild.update({ id: v3.id, expectedVersion: 1, data: { ...fields, versionNumber: 3, adoption: { ...fields.adoption!, decisionId: null } } }));
      expect({ code: byEditing.code, path: pathOf(byEditing) }).toEqual({ code: "BAD_REQUEST", path: "status" });
    });

    it("applies the decision rules to a version created as adopted, too", async () => {
      const p = await place();
      const steering = await p.body("steeringGroup", "Steuerungsgruppe");
      const byBody = await p.decision("2020-01-01", { bodyId: steering.id });
      const version = (decisionId: string, date = "2020-01-01") => ({
        territoryId: p.town.id, versionNumber: 1, title: "Leitbild", preamble: "", statements: [{ title: "Teilhabe ermöglichen", text: "" }], status: "adopted" as const,
        adoption: { body: "Rat", date, paperNumber: "SV-1", decisionId },
      });
      expect(await errorOf(api.leitbild.create(version(byBody.id)))).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("bereitet Beschlüsse vor") });
      const elsewhere = await (await place()).decision("2020-01-01");
      expect((await errorOf(api.leitbild.create(version(elsewhere.id)))).message).toContain("eines anderen Gebiets");
      const rejected = await p.decision("2020-01-01", { outcome: "rejected" });
      expect((await errorOf(api.leitbild.create(version(rejected.id)))).message).toContain("nicht gefasst");
      const future = await p.decision("2027-01-01");
      expect((await errorOf(api.leitbild.create(version(future.id, "2027-01-01")))).message).toContain("noch nicht gefasst");
      const own = await p.decision("2020-01-01");
      expect(await api.leitbild.create(version(own.id))).toMatchObject({ status: "adopted" });
      // Each version needs its own decision, of its own territory's body.
      const q = await place();
      const council = q.council;
      const reusedAcross = await errorOf(api.leitbild.create({ ...version(own.id), territoryId: q.town.id }));
      expect(reusedAcross.message).toContain("eines anderen Gebiets");
      const qDecision = await q.decision("2020-01-01");
      await api.leitbild.create({ ...version(qDecision.id), territoryId: q.town.id, adoption: { body: council.name, date: "2020-01-01", paperNumber: "SV-2", decisionId: qDecision.id } });
      const q2 = await api.leitbild.create({ ...version(qDecision.id), territoryId: q.town.id, versionNumber: 2, status: "draft", adoption: null });
      expect((await errorOf(api.leitbild.adopt({ id: q2.id, expectedVersion: 1, decisionId: qDecision.id }))).message).toContain("bereits Fassung 1");
    });

    it("guards one adopted version per territory in the database as well", async () => {
      const p = await place();
      const v1 = await p.draft(1);
      await api.leitbild.adopt({ id: v1.id, expectedVersion: 1, decisionId: (await p.decision("2020-01-01")).id });
      const v2 = await p.draft(2);
      const error = await sql`update leitbild_version set status = 'adopted' where id = ${v2.id}`.execute(handle.db).then(
        () => null,
        (e: { code?: string }) => e.code,
      );
      expect(error).toBe("23505");
    });

    it("adopts two drafts at once one after the other, leaving exactly one in force", async () => {
      const p = await place();
      const [a, b] = [await p.draft(1), await p.draft(2)];
      const [da, db] = [await p.decision("2020-01-01"), await p.decision("2020-01-01")];
      const results = await Promise.allSettled([
        api.leitbild.adopt({ id: a.id, expectedVersion: 1, decisionId: da.id }),
        api.leitbild.adopt({ id: b.id, expectedVersion: 1, decisionId: db.id }),
      ]);
      expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
      const statuses = (await api.leitbild.list({ territoryId: p.town.id })).items.map((v) => v.status).sort();
      expect(statuses).toEqual(["adopted", "superseded"]);
    });
  });

  describe("funding application workflow", () => {
    let serial = 200;
    const draft = () => api.fundingApplication.create({ ...graph.samples.fundingApplication(++serial) });
    const submitted = async () => {
      const d = await draft();
      return api.fundingApplication.submit({ id: d.id, expectedVersion: d.version, submittedOn: "2018-04-10" });
    };
    const notice = { noticeDate: "2018-05-14", grantCents: 3_500_000, noticeReference: "48.02-2018-117", proofOfUseDueOn: "2019-06-30" };
    const approved = async () => {
      const s = await submitted();
      return api.fundingApplication.recordNotice({ id: s.id, expectedVersion: s.version, ...notice });
    };

    it("runs from draft to closed through its steps, each audited", async () => {
      const d = await draft();
      const s = await api.fundingApplication.submit({ id: d.id, expectedVersion: 1, submittedOn: "2018-04-12" });
      const a = await api.fundingApplication.recordNotice({ id: d.id, expectedVersion: s.version, ...notice });
      const spent1 = await api.fundingApplication.recordSpending({ id: d.id, expectedVersion: a.version, spentOn: "2018-09-30", amountCents: 2_000_000, description: "Honorar Babylotsin" });
      const spent2 = await api.fundingApplication.recordSpending({ id: d.id, expectedVersion: spent1.version, spentOn: "2019-02-28", amountCents: 1_800_000 });
      const proof = await api.fundingApplication.submitProofOfUse({ id: d.id, expectedVersion: spent2.version, submittedOn: "2019-03-31" });
      const closed = await api.fundingApplication.close({ id: d.id, expectedVersion: proof.version, closedOn: "2019-06-30" });
      expect([s, a, spent1, spent2, proof, closed].map((x) => x.status)).toEqual(["submitted", "approved", "inProgress", "inProgress", "proofSubmitted", "closed"]);
      expect(closed).toMatchObject({
        approval: { grantCents: 3_500_000, proofOfUseDueOn: "2019-06-30" },
        spending: [{ spentOn: "2018-09-30", amountCents: 2_000_000 }, { spentOn: "2019-02-28", amountCents: 1_800_000, description: "" }],
        proofOfUse: { submittedOn: "2019-03-31", spentCents: 3_800_000 },
        // Fixed amount: 35,000 € granted, 38,000 € spent, nothing to pay back.
        settlement: { closedOn: "2019-06-30", repaymentCents: 0 },
        version: 7,
      });
      expect(await auditOf(d.id)).toEqual(["create", "update", "update", "update", "update", "update", "update"]);
    });

    it("refuses steps out of order, naming the status", async () => {
      const d = await draft();
      const early = await errorOf(api.fundingApplication.recordNotice({ id: d.id, expectedVersion: 1, ...notice }));
      expect({ code: early.code, path: pathOf(early) }).toEqual({ code: "BAD_REQUEST", path: "status" });
      expect(early.message).toContain("„Entwurf“ kann nicht bewilligt werden");
      expect(pathOf(await errorOf(api.fundingApplication.recordSpending({ id: d.id, expectedVersion: 1, spentOn: "2018-06-01", amountCents: 100 })))).toBe("status");
      expect(pathOf(await errorOf(api.fundingApplication.submitProofOfUse({ id: d.id, expectedVersion: 1 })))).toBe("status");
      expect(pathOf(await errorOf(api.fundingApplication.close({ id: d.id, expectedVersion: 1 })))).toBe("status");
      const r = await submitted();
      const rejected = await api.fundingApplication.reject({ id: r.id, expectedVersion: r.version, noticeDate: "2018-05-14", reason: "Mittel ausgeschöpft" });
      expect(rejected).toMatchObject({ status: "rejected", rejection: { noticeDate: "2018-05-14", reason: "Mittel ausgeschöpft" } });
      expect((await errorOf(api.fundingApplication.recordNotice({ id: r.id, expectedVersion: rejected.version, ...notice }))).message).toContain("„Abgelehnt“");
      expect(await api.fundingApplication.get({ id: d.id })).toMatchObject({ status: "draft", version: 1 });
    });

    it("submits by the deadline and records the notice after the submission, with a proof-of-use deadline after it", async () => {
      const d = await draft();
      expect(pathOf(await errorOf(api.fundingApplication.submit({ id: d.id, expectedVersion: 1, submittedOn: "2018-04-16" })))).toBe("submittedOn");
      // Today (2026-11-23) is long after the deadline.
      expect((await errorOf(api.fundingApplication.submit({ id: d.id, expectedVersion: 1 }))).message).toContain("nach der Antragsfrist");
      expect(pathOf(await errorOf(api.fundingApplication.submit({ id: d.id, expectedVersion: 1, submittedOn: "2027-01-01" })))).toBe("submittedOn");
      const s = await submitted();
      expect(pathOf(await errorOf(api.fundingApplication.recordNotice({ id: s.id, expectedVersion: s.version, ...notice, noticeDate: "2018-04-01" })))).toBe("noticeDate");
      expect(pathOf(await errorOf(api.fundingApplication.recordNotice({ id: s.id, expectedVersion: s.version, ...notice, proofOfUseDueOn: "2018-05-01" })))).toBe("proofOfUseDueOn");
      expect(pathOf(await errorOf(api.fundingApplication.reject({ id: s.id, expectedVersion: s.version, noticeDate: "2018-04-01" })))).toBe("noticeDate");
    });

    it("grants by the programme's financing type and cap", async () => {
      const s = await submitted();
      const overCap = await errorOf(api.fundingApplication.recordNotice({ id: s.id, expectedVersion: s.version, ...notice, grantCents: 3_500_001 }));
      expect({ path: pathOf(overCap), message: overCap.message }).toEqual({ path: "grantCents", message: expect.stringContaining("höchstens 35.000,00") });
      expect(pathOf(await errorOf(api.fundingApplication.recordNotice({ id: s.id, expectedVersion: s.version, ...notice, grantCents: 0 })))).toBe("grantCents");
      // A fixed amount may be less than the cap.
      expect(await api.fundingApplication.recordNotice({ id: s.id, expectedVersion: s.version, ...notice, grantCents: 3_000_000 })).toMatchObject({ status: "approved" });

      const share = await api.fundingProgramme.create({ name: "Anteilfinanzierung", funder: "Kreis", description: "", fundingRate: 0.5, maxGrantCents: null, applicationDeadline: null, financingType: "shareOfCosts" });
      const d = await api.fundingApplication.create({ ...graph.samples.fundingApplication(++serial), programmeId: share.id, eligibleCostsCents: 1_000_000, requestedGrantCents: 500_000 });
      const ds = await api.fundingApplication.submit({ id: d.id, expectedVersion: 1, submittedOn: "2024-01-10" });
      const shareNotice = { noticeDate: "2024-03-01", proofOfUseDueOn: "2025-06-30" };
      const notShare = await errorOf(api.fundingApplication.recordNotice({ id: d.id, expectedVersion: ds.version, ...shareNotice, grantCents: 400_000 }));
      expect(notShare.message).toMatch(/^Bei einer Anteilfinanzierung beträgt die Zuwendung 50 %/);
      expect(await api.fundingApplication.recordNotice({ id: d.id, expectedVersion: ds.version, ...shareNotice, grantCents: 400_000, recognisedCostsCents: 800_000 })).toMatchObject({
        approval: { grantCents: 400_000, recognisedCostsCents: 800_000 },
      });
    });

    it("records expenditures from the notice on and takes the proof of use by its due date", async () => {
      const a = await approved();
      const early = await errorOf(api.fundingApplication.recordSpending({ id: a.id, expectedVersion: a.version, spentOn: "2018-05-01", amountCents: 1_000 }));
      expect({ path: pathOf(early), message: early.message }).toEqual({ path: "spentOn", message: expect.stringContaining("vorzeitiger Maßnahmebeginn") });
      expect((await errorOf(api.fundingApplication.recordSpending({ id: a.id, expectedVersion: a.version, spentOn: "2018-06-01", amountCents: 0 }))).code).toBe("BAD_REQUEST");
      const spent = await api.fundingApplication.recordSpending({ id: a.id, expectedVersion: a.version, spentOn: "2018-06-01", amountCents: 3_000_000 });
      const spentFields = fieldsOf(spent);
      const rewritten = await errorOf(api.fundingApplication.update({ id: a.id, expectedVersion: spent.version, data: { ...spentFields, spending: [{ spentOn: "2018-06-01", amountCents: 1, description: "" }] } }));
      expect({ path: pathOf(rewritten), message: rewritten.message }).toEqual({ path: "spending", message: expect.stringContaining("über den jeweiligen Schritt") });
      const late = await errorOf(api.fundingApplication.submitProofOfUse({ id: a.id, expectedVersion: spent.version, submittedOn: "2019-07-01" }));
      expect({ path: pathOf(late), message: late.message }).toEqual({ path: "submittedOn", message: expect.stringContaining("bis zum 30.06.2019") });
      const mismatch = await errorOf(api.fundingApplication.submitProofOfUse({ id: a.id, expectedVersion: spent.version, submittedOn: "2019-03-31", spentCents: 3_500_000 }));
      expect(pathOf(mismatch)).toBe("spentCents");
      const proof = await api.fundingApplication.submitProofOfUse({ id: a.id, expectedVersion: spent.version, submittedOn: "2019-06-30" });
      expect(pathOf(await errorOf(api.fundingApplication.close({ id: a.id, expectedVersion: proof.version, closedOn: "2019-06-01" })))).toBe("closedOn");
      // Fixed amount of 35,000 €, only 30,000 € spent: 5,000 € go back.
      expect((await api.fundingApplication.close({ id: a.id, expectedVersion: proof.version, closedOn: "2019-09-01" })).settlement).toEqual({ closedOn: "2019-09-01", repaymentCents: 500_000 });
    });

    it("refuses a step on a stale version and writes nothing", async () => {
      const s = await submitted();
      await api.fundingApplication.update({ id: s.id, expectedVersion: s.version, data: { ...graph.samples.fundingApplication(0), title: "Neuer Titel", status: "submitted", submittedOn: "2018-04-10" } });
      const stale = await errorOf(api.fundingApplication.recordNotice({ id: s.id, expectedVersion: s.version, ...notice }));
      expect(stale).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("inzwischen") });
      expect(await api.fundingApplication.get({ id: s.id })).toMatchObject({ status: "submitted", title: "Neuer Titel", approval: null });
    });

    it("keeps the steps' records out of plain edits, and the submitted figures as submitted", async () => {
      const a = await approved();
      const { id, version } = a;
      const fields = fieldsOf(a);
      const edit = (data: object) => errorOf(api.fundingApplication.update({ id, expectedVersion: version, data: { ...fields, ...data } as typeof fields }));
      expect(pathOf(await edit({ status: "inProgress" }))).toBe("status");
      expect(pathOf(await edit({ approval: { ...notice, grantCents: 3_000_000 } }))).toBe("approval");
      expect(pathOf(await edit({ submittedOn: "2018-04-01" }))).toBe("submittedOn");
      expect(pathOf(await edit({ requestedGrantCents: 3_000_000 }))).toBe("requestedGrantCents");
      // Expenditures of an approved application that is not in progress: the schema refuses them already.
      expect((await edit({ spending: [{ spentOn: "2018-06-01", amountCents: 100, description: "" }] })).message).toMatch(/^Eingabe ungültig: data\.spending: Ausgaben werden erst/);
      expect(await api.fundingApplication.update({ id, expectedVersion: version, data: { ...fields, title: "Babylotsin, 2. Jahr", description: "Fortsetzung" } })).toMatchObject({ title: "Babylotsin, 2. Jahr", status: "approved" });
      // A draft's figures stay editable, within the programme's rate and cap.
      const d = await draft();
      const { id: draftId, version: draftVersion } = d;
      const draftFields = fieldsOf(d);
      expect(await api.fundingApplication.update({ id: draftId, expectedVersion: draftVersion, data: { ...draftFields, eligibleCostsCents: 1_000_000, requestedGrantCents: 800_000 } })).toMatchObject({ requestedGrantCents: 800_000 });
      const overRate = await errorOf(api.fundingApplication.update({ id: draftId, expectedVersion: draftVersion + 1, data: { ...draftFields, eligibleCostsCents: 1_000_000, requestedGrantCents: 900_000 } }));
      expect(pathOf(overRate)).toBe("requestedGrantCents");
    });
  });
});
