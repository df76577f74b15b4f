import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

describe.each(testDatabases)("domain rules enforced by the API on $name", (database) => {
  let handle: DatabaseHandle;
  let api: ReturnType<typeof callerFor>;
  let graph: Awaited<ReturnType<typeof createGraph>>;
  beforeAll(async () => {
    handle = await database.open();
    api = callerFor(handle);
    graph = await createGraph(api);
  });
  afterAll(() => handle.close());

  describe("Leitbild", () => {
    // A Leitbild is adopted by the council of its territory.
    const councilDecision = async (n: number, date = "2024-03-01") => {
      const council = await api.body.create({ territoryId: graph.county.id, name: `Kreistag ${n}`, kind: "countyCouncil", description: "", members: [], parentBodyId: null });
      return api.decision.create({ ...graph.samples.decision(n), bodyId: council.id, meetingId: null, date, subjects: [] });
    };

    it("keeps an adopted version read-only; a later adoption supersedes it", async () => {
      const draft = await api.leitbild.create(graph.samples.leitbild(1));
      const decision = await councilDecision(1);
      const { adopted } = await api.leitbild.adopt({ id: draft.id, expectedVersion: 1, decisionId: decision.id });
      expect(adopted).toMatchObject({ status: "adopted", version: 2, adoption: { body: "Kreistag 1", date: decision.date, paperNumber: decision.paperNumber, decisionId: decision.id } });
      const { adoption } = adopted;

      const rewrite = await errorOf(
        api.leitbild.update({ id: draft.id, expectedVersion: 2, data: { ...graph.samples.leitbild(1), title: "Neuer Titel", status: "adopted", adoption } }),
      );
      expect(rewrite.code).toBe("CONFLICT");
      expect(rewrite.message).toContain("schreibgeschützt");
      expect(await errorOf(api.leitbild.delete({ id: draft.id, expectedVersion: 2 }))).toMatchObject({ code: "CONFLICT" });
      expect(await errorOf(api.leitbild.update({ id: draft.id, expectedVersion: 2, data: { ...graph.samples.leitbild(1), status: "superseded", adoption } }))).toMatchObject({ code: "CONFLICT" });

      const next = await api.leitbild.create(graph.samples.leitbild(2));
      const { superseded } = await api.leitbild.adopt({ id: next.id, expectedVersion: 1, decisionId: (await councilDecision(2, "2025-03-01")).id });
      expect(superseded).toMatchObject({ id: draft.id, status: "superseded", title: "Präventionsleitbild" });
    });

    it("refuses an adopted version without its council decision", async () => {
      const error = await errorOf(api.leitbild.create({ ...graph.samples.leitbild(7), status: "adopted", adoption: null }));
      expect(error.code).toBe("BAD_REQUEST");
    });

    it("applies the adoption rules on create as on update: decision on record, one adopted version, never created superseded", async () => {
      const territoryId = graph.town.id;
      const council = await api.body.create({ territoryId, name: "Rat der Stadt Olfen", kind: "townCouncil", description: "", members: [], parentBodyId: null });
      const decision = await api.decision.create({ ...graph.samples.decision(10), bodyId: council.id, meetingId: null, subjects: [] });
      const adoption = { body: "Rat der Stadt Olfen", date: decision.date, paperNumber: "SV-9-2001", decisionId: decision.id };
      const version = (n: number) => ({ ...graph.samples.leitbild(n), territoryId });
      const issuesOf = (e: TRPCError) => (e.cause as { path?: string[] } | undefined)?.path?.join(".");

      const unlinked = await errorOf(api.leitbild.create({ ...version(10), status: "adopted", adoption: { ...adoption, decisionId: null } }));
      expect(unlinked).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("Ratsbeschluss") });
      expect(issuesOf(unlinked)).toBe("adoption.decisionId");
      const wrongDate = await errorOf(api.leitbild.create({ ...version(10), status: "adopted", adoption: { ...adoption, date: "2018-01-01" } }));
      expect(issuesOf(wrongDate)).toBe("adoption.date");
      const superseded = await errorOf(api.leitbild.create({ ...version(10), status: "superseded", adoption }));
      expect(issuesOf(superseded)).toBe("status");

      await api.leitbild.create({ ...version(10), status: "adopted", adoption });
      const later = await api.decision.create({ ...graph.samples.decision(11), bodyId: council.id, meetingId: null, subjects: [] });
      const second = await errorOf(api.leitbild.create({ ...version(11), status: "adopted", adoption: { ...adoption, decisionId: later.id } }));
      expect(second).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("Fassung 10") });
      expect(issuesOf(second)).toBe("status");
      const draft = await api.leitbild.create(version(12));
      const adoptByEditing = await errorOf(api.leitbild.update({ id: draft.id, expectedVersion: draft.version, data: { ...version(12), status: "adopted", adoption } }));
      expect(adoptByEditing).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("„Beschließen“") });
      expect(issuesOf(adoptByEditing)).toBe("status");
      // The decision already adopted version 10; version 12 needs its own.
      const reused = await errorOf(api.leitbild.adopt({ id: draft.id, expectedVersion: draft.version, decisionId: decision.id }));
      expect(reused).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("bereits Fassung 10") });
      const own = await api.decision.create({ ...graph.samples.decision(12), bodyId: council.id, meetingId: null, date: "2025-01-01", subjects: [] });
      expect((await api.leitbild.adopt({ id: draft.id, expectedVersion: draft.version, decisionId: own.id })).adopted).toMatchObject({ status: "adopted", versionNumber: 12 });
    });
  });

  describe("goal cascade", () => {
    it("refuses a goal whose parent is not on the level above", async () => {
      const error = await errorOf(api.goal.create({ ...graph.samples.goal(1), level: "measure", parentId: graph.guidingGoal.id }));
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.message).toMatch(/Ebene|Handlungsziel|übergeordnet/i);
    });

    it("refuses an action goal without target and indicator", async () => {
      const strategic = await api.goal.create(graph.samples.goal(2));
      const error = await errorOf(api.goal.create({ ...graph.samples.goal(3), level: "action", parentId: strategic.id, indicatorIds: [], target: null }));
      expect(error.code).toBe("BAD_REQUEST");
      const action = await api.goal.create({
        ...graph.samples.goal(3),
        level: "action",
        parentId: strategic.id,
        baseline: { value: 85, date: "2020-12-31" },
        target: { value: 95, date: "2027-12-31" },
      });
      expect(action.level).toBe("action");
    });

    it("refuses a change that would make a goal its own ancestor", async () => {
      const strategic = await api.goal.create(graph.samples.goal(4));
      const error = await errorOf(
        api.goal.update({ id: graph.guidingGoal.id, expectedVersion: graph.guidingGoal.version, data: { ...graph.guidingGoal, parentId: strategic.id } }),
      );
      expect(error.code).toBe("BAD_REQUEST");
      expect(await api.goal.get({ id: graph.guidingGoal.id })).toMatchObject({ parentId: null, version: graph.guidingGoal.version });
    });
  });

  describe("observations", () => {
    it("computes the rate from the counts and refuses a value that contradicts them", async () => {
      const computed = await api.observation.create({ ...graph.samples.observation(20), numerator: 3, denominator: 12, value: null });
      expect(computed.value).toBe(25);
      const error = await errorOf(api.observation.create({ ...graph.samples.observation(21), numerator: 3, denominator: 12, value: 40 }));
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.message).toContain("passt nicht");
    });

    it("refuses a second value for the same indicator, territory and period", async () => {
      await api.observation.create(graph.samples.observation(22));
      expect(await errorOf(api.observation.create(graph.samples.observation(22)))).toMatchObject({ code: "CONFLICT" });
    });

    it("suppresses small cells in the public series and hides internal indicators", async () => {
      await api.observation.create({ ...graph.samples.observation(23), numerator: 2, denominator: 40, value: null });
      const series = await api.observation.publicSeries({ indicatorId: graph.indicator.id, territoryIds: [graph.town.id] });
      const small = series.observations.find((o) => o.period === "2023");
      expect(small).toMatchObject({ suppressed: true, numerator: null, denominator: null, value: null });
      const large = series.observations.find((o) => o.period === "2020");
      expect(large).toMatchObject({ suppressed: false, numerator: 3, value: 25 });

      const internal = await api.indicator.create(graph.samples.indicator(30));
      expect(await errorOf(api.observation.publicSeries({ indicatorId: internal.id }))).toMatchObject({ code: "NOT_FOUND" });
    });
  });

  describe("funding", () => {
    it("moves an application only forward through its lifecycle", async () => {
      const application = await api.fundingApplication.create(graph.samples.fundingApplication(1));
      const submitted = await api.fundingApplication.submit({ id: application.id, expectedVersion: 1, submittedOn: "2018-04-10" });
      expect(submitted).toMatchObject({ status: "submitted", submittedOn: "2018-04-10", version: 2 });
      const back = await errorOf(
        api.fundingApplication.update({ id: application.id, expectedVersion: submitted.version, data: graph.samples.fundingApplication(1) }),
      );
      expect(back.code).toBe("BAD_REQUEST");
      expect(back.message).toContain("ändert sich nur über seine Schritte");
      const again = await errorOf(api.fundingApplication.submit({ id: application.id, expectedVersion: submitted.version }));
      expect(again.message).toContain("„Eingereicht“ kann nicht eingereicht werden");
    });
  });

  describe("funding rules on create as on update", () => {
    const pathOf = (e: TRPCError) => (e.cause as { path?: string[] } | undefined)?.path?.join(".");

    it("refuses an application created already approved or closed", async () => {
      const closed = await errorOf(
        api.fundingApplication.create({
          ...graph.samples.fundingApplication(50),
          status: "closed",
          submittedOn: "2018-04-10",
          approval: { noticeDate: "2018-05-14", grantCents: 3_500_000, noticeReference: null },
          proofOfUse: { submittedOn: "2019-03-31", spentCents: 3_400_000 },
        }),
      );
      expect(closed).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("Ein neuer Antrag beginnt") });
      expect(pathOf(closed)).toBe("status");
      expect(await api.fundingApplication.create({ ...graph.samples.fundingApplication(51), status: "submitted", submittedOn: "2018-04-10" })).toMatchObject({ status: "submitted" });
    });

    it("refuses a submission after the programme's deadline, on create and on update", async () => {
      const late = await errorOf(api.fundingApplication.create({ ...graph.samples.fundingApplication(52), status: "submitted", submittedOn: "2018-04-16" }));
      expect(late.message).toContain("nach der Antragsfrist");
      expect(pathOf(late)).toBe("submittedOn");
      const draft = await api.fundingApplication.create(graph.samples.fundingApplication(53));
      const lateSubmission = await errorOf(api.fundingApplication.submit({ id: draft.id, expectedVersion: draft.version, submittedOn: "2018-04-16" }));
      expect(lateSubmission.message).toContain("nach der Antragsfrist");
      expect(pathOf(lateSubmission)).toBe("submittedOn");
    });

    it("refuses requested and granted amounts above the programme's rate and cap", async () => {
      const tooMuch = await errorOf(api.fundingApplication.create({ ...graph.samples.fundingApplication(54), eligibleCostsCents: 5_000_000, requestedGrantCents: 3_600_000 }));
      expect(tooMuch.message).toContain("übersteigt");
      expect(pathOf(tooMuch)).toBe("requestedGrantCents");
      const submitted = await api.fundingApplication.create({ ...graph.samples.fundingApplication(55), status: "submitted", submittedOn: "2018-04-10" });
      const overGranted = await errorOf(
        api.fundingApplication.recordNotice({ id: submitted.id, expectedVersion: submitted.version, noticeDate: "2018-05-14", grantCents: 3_600_000, proofOfUseDueOn: "2019-06-30" }),
      );
      expect(overGranted.message).toContain("Festbetragsfinanzierung");
      expect(pathOf(overGranted)).toBe("grantCents");
    });
  });

  describe("observation territories and goal progress", () => {
    it("refuses an observation whose territory is not on the indicator's spatial levels, on create and update", async () => {
      // The sample indicator is reported for towns only.
      const onCounty = await errorOf(api.observation.create({ ...graph.samples.observation(5), territoryId: graph.county.id }));
      expect(onCounty).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("„Kreis Coesfeld“ ist ein Kreis") });
      expect((onCounty.cause as { path?: string[] }).path).toEqual(["territoryId"]);
      const onTown = await api.observation.create(graph.samples.observation(6));
      const moved = await errorOf(api.observation.update({ id: onTown.id, expectedVersion: onTown.version, data: { ...graph.samples.observation(6), territoryId: graph.county.id } }));
      expect(moved.code).toBe("BAD_REQUEST");
    });

    it("rates a goal from its baseline on the public series of its indicator", async () => {
      const indicator = await api.indicator.create({ ...graph.samples.indicator(70), factor: "percent", unit: "%", polarity: "higherIsBetter", spatialLevels: ["county", "town"], visibility: "public", suppressionThreshold: null });
      // 2020: 40.1 %, 2022: 41.0 % — but the goal was set against 39.3 % in 2019.
      for (const [period, numerator] of [["2020", 401], ["2022", 410]] as const) {
        await api.observation.create({ indicatorId: indicator.id, territoryId: graph.county.id, period, numerator, denominator: 1000, value: null, source: "IT.NRW", asOf: "2023-06-30", isDemo: true, note: null });
      }
      const strategic = await api.goal.create(graph.samples.goal(70));
      const goal = await api.goal.create({
        ...graph.samples.goal(71),
        level: "action",
        parentId: strategic.id,
        indicatorIds: [indicator.id],
        baseline: { value: 39.3, date: "2019-03-01" },
        target: { value: 45, date: "2025-03-01" },
      });
      const progress = await api.goal.progress({ id: goal.id });
      expect(progress.series.map((p) => [p.period, p.year, Math.round((p.value ?? 0) * 10) / 10])).toEqual([["2020", 2020, 40.1], ["2022", 2022, 41]]);
      expect(progress.assessment.observedRate).toBeCloseTo(Math.pow(41 / 39.3, 1 / 3) - 1, 10);
      expect(progress.assessment.requiredRate).toBeCloseTo(Math.pow(45 / 39.3, 1 / 6) - 1, 10);
      expect(progress.assessment.status).toBe("accelerationNeeded");
      const cascade = await api.goal.cascadeProgress({ territoryId: graph.county.id });
      expect(cascade.find((g) => g.goalId === goal.id)?.assessment.status).toBe("accelerationNeeded");
      expect(cascade.find((g) => g.goalId === graph.guidingGoal.id)?.assessment.status).toBe("noData");
    });
  });

  describe("list filters", () => {
    it("narrows lists by territory, kind, programme and status", async () => {
      const application = await api.fundingApplication.create(graph.samples.fundingApplication(40));
      const byProgramme = await api.fundingApplication.list({ programmeId: graph.programme.id, status: "draft", territoryId: graph.county.id });
      expect(byProgramme.items.map((a) => a.id)).toContain(application.id);
      expect((await api.fundingApplication.list({ territoryId: graph.town.id })).total).toBe(0);
      expect((await api.body.list({ kind: "steeringGroup" })).items.map((b) => b.name)).toEqual(["Steuerungsgruppe"]);
      await api.qualityAssessment.create(graph.samples.qualityAssessment(1));
      expect((await api.qualityAssessment.list({ territoryId: graph.county.id })).total).toBe(1);
      expect((await api.qualityAssessment.list({ territoryId: graph.town.id })).total).toBe(0);
      expect(await errorOf(api.body.list({ kind: "kaffeekranz" } as never))).toMatchObject({ code: "BAD_REQUEST" });
    });
  });

  describe("life phases", () => {
    it("finds the phases for an age and for a birth date", async () => {
      expect((await api.lifePhase.forAge({ ageMonths: 48 })).map((p) => p.code)).toEqual(["kita-alter"]);
      expect((await api.lifePhase.forBirthDate({ birthDate: "2018-11-01" })).map((p) => p.code)).toEqual(["grundschulalter"]);
      expect(await errorOf(api.lifePhase.forAge({ ageMonths: 1000 }))).toMatchObject({ code: "BAD_REQUEST" });
    });
  });
});
