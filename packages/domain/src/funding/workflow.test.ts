import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type FundingApplicationInput, FundingApplicationInputSchema } from "./application.js";
import { checkGrantByFinancingType } from "./application-rules.js";
import {
  checkFundingApplicationEdit,
  closeFundingApplication,
  type FundingStepResult,
  fundingRepayment,
  recordFundingNotice,
  recordFundingSpending,
  rejectFundingApplication,
  submitFundingApplication,
  submitProofOfUse,
  totalSpending,
} from "./workflow.js";

const programme = {
  name: "Lückenschluss 2018",
  applicationDeadline: "2018-04-15",
  fundingRate: 0.8,
  maxGrantCents: 3_500_000,
  financingType: "fixedAmount" as const,
};
const draft: FundingApplicationInput = {
  programmeId: "0b7f4c1e-6a0a-4c8e-9a55-2f1d2f0c9e11",
  territoryId: "5d0c8a4e-1f3b-4b7e-8a61-3c2e4f5a6b7c",
  title: "Babylotsin",
  description: "",
  eligibleCostsCents: 4_375_000,
  requestedGrantCents: 3_500_000,
  status: "draft",
  submittedOn: null,
  approval: null,
  proofOfUse: null,
  goalIds: [],
};
const notice = { noticeDate: "2018-05-14", grantCents: 3_500_000, noticeReference: "48.02-2018-117", proofOfUseDueOn: "2019-06-30" };

function applied<T>(step: FundingStepResult<T>): T {
  if (!step.ok) throw new Error(step.issues.map((i) => `${i.path}: ${i.message}`).join("\n"));
  return step.application;
}
const pathsOf = <T>(step: FundingStepResult<T>): string[] => (step.ok ? [] : step.issues.map((i) => i.path));
const valid = (application: FundingApplicationInput) => FundingApplicationInputSchema.safeParse(application).error?.issues.map((i) => i.message) ?? [];

const submitted = applied(submitFundingApplication(draft, programme, { submittedOn: "2018-04-12" }, "2018-04-12"));
const approved = applied(recordFundingNotice(submitted, programme, notice, "2018-05-14"));
const inProgress = applied(recordFundingSpending(approved, { spentOn: "2018-09-30", amountCents: 2_000_000, description: "Honorar" }, "2018-10-01"));
const spent = applied(recordFundingSpending(inProgress, { spentOn: "2019-02-28", amountCents: 2_375_000 }, "2019-03-01"));
const proven = applied(submitProofOfUse(spent, { submittedOn: "2019-03-31" }, "2019-04-01"));
const closed = applied(closeFundingApplication(proven, programme, { closedOn: "2019-06-30" }, "2019-07-01"));

describe("the funding application lifecycle", () => {
  it("runs from draft to closed, each step leaving a valid record", () => {
    expect([submitted, approved, inProgress, spent, proven, closed].map((a) => a.status)).toEqual(["submitted", "approved", "inProgress", "inProgress", "proofSubmitted", "closed"]);
    for (const application of [submitted, approved, inProgress, spent, proven, closed]) expect(valid(application), application.status).toEqual([]);
    expect(approved.approval).toMatchObject({ grantCents: 3_500_000, proofOfUseDueOn: "2019-06-30" });
    expect(totalSpending(spent)).toBe(4_375_000);
    expect(proven.proofOfUse).toEqual({ submittedOn: "2019-03-31", spentCents: 4_375_000 });
    expect(closed.settlement).toEqual({ closedOn: "2019-06-30", repaymentCents: 0 });
    expect(draft.status).toBe("draft");
  });

  it("refuses every step out of order", () => {
    expect(pathsOf(submitFundingApplication(submitted, programme, {}, "2018-04-13"))).toEqual(["status"]);
    expect(pathsOf(recordFundingNotice(draft, programme, notice, "2018-05-14"))).toContain("status");
    expect(pathsOf(rejectFundingApplication(approved, { noticeDate: "2018-05-14" }, "2018-06-01"))).toEqual(["status"]);
    expect(pathsOf(recordFundingSpending(submitted, { spentOn: "2018-05-20", amountCents: 1 }, "2018-06-01"))).toContain("status");
    expect(pathsOf(submitProofOfUse(approved, { submittedOn: "2019-03-31" }, "2019-04-01"))).toEqual(["status"]);
    expect(pathsOf(closeFundingApplication(spent, programme, {}, "2019-07-01"))).toEqual(["status"]);
    const rejected = applied(rejectFundingApplication(submitted, { noticeDate: "2018-05-14", reason: "Mittel ausgeschöpft" }, "2018-06-01"));
    expect(rejected).toMatchObject({ status: "rejected", rejection: { noticeDate: "2018-05-14" } });
    expect(valid(rejected)).toEqual([]);
    const again = submitFundingApplication(rejected, programme, {}, "2018-06-01");
    expect(again.ok ? "" : again.issues[0]?.message).toBe("Ein Antrag im Status „Abgelehnt“ kann nicht eingereicht werden; dafür muss er „Entwurf“ sein.");
  });

  it("submits by the programme's deadline (the day itself counts), never in the future", () => {
    expect(submitFundingApplication(draft, programme, { submittedOn: "2018-04-15" }, "2018-04-15").ok).toBe(true);
    const late = submitFundingApplication(draft, programme, { submittedOn: "2018-04-16" }, "2018-04-16");
    expect(late).toEqual({ ok: false, issues: [expect.objectContaining({ path: "submittedOn", message: expect.stringContaining("nach der Antragsfrist") })] });
    expect(pathsOf(submitFundingApplication(draft, programme, { submittedOn: "2018-04-14" }, "2018-04-13"))).toEqual(["submittedOn"]);
    expect(applied(submitFundingApplication(draft, { ...programme, applicationDeadline: null }, {}, "2030-01-01")).submittedOn).toBe("2030-01-01");
  });

  it("dates the notice after the submission and the proof-of-use deadline after the notice", () => {
    expect(pathsOf(recordFundingNotice(submitted, programme, { ...notice, noticeDate: "2018-04-01" }, "2018-05-14"))).toEqual(["noticeDate"]);
    expect(pathsOf(recordFundingNotice(submitted, programme, { ...notice, proofOfUseDueOn: "2018-05-14" }, "2018-05-14"))).toEqual(["proofOfUseDueOn"]);
    expect(pathsOf(recordFundingNotice(submitted, programme, notice, "2018-05-13"))).toEqual(["noticeDate"]);
    expect(pathsOf(recordFundingNotice(submitted, programme, { ...notice, recognisedCostsCents: 5_000_000 }, "2018-05-14"))).toContain("recognisedCostsCents");
    expect(pathsOf(rejectFundingApplication(submitted, { noticeDate: "2018-04-01" }, "2018-06-01"))).toEqual(["noticeDate"]);
  });

  it("grants by the financing type: a fixed amount up to the cap, exactly the share, or at most the gap", () => {
    expect(pathsOf(recordFundingNotice(submitted, programme, { ...notice, grantCents: 3_000_000 }, "2018-05-14"))).toEqual([]);
    expect(pathsOf(recordFundingNotice(submitted, programme, { ...notice, grantCents: 3_500_001 }, "2018-05-14"))).toEqual(["grantCents"]);
    expect(pathsOf(recordFundingNotice(submitted, programme, { ...notice, grantCents: 0 }, "2018-05-14"))).toEqual(["grantCents"]);
    const share = { ...programme, financingType: "shareOfCosts" as const };
    expect(pathsOf(recordFundingNotice(submitted, share, notice, "2018-05-14"))).toEqual([]);
    const less = recordFundingNotice(submitted, share, { ...notice, grantCents: 3_000_000 }, "2018-05-14");
    expect(less.ok ? "" : less.issues[0]?.message).toMatch(/^Bei einer Anteilfinanzierung beträgt die Zuwendung 80 % der zuwendungsfähigen Ausgaben \(43\.750,00\s€\), höchstens 35\.000,00\s€, hier also 35\.000,00\s€; erfasst sind 30\.000,00\s€/);
    // The notice recognised only 37,500 €: 80 % of that is 30,000 €.
    expect(pathsOf(recordFundingNotice(submitted, share, { ...notice, grantCents: 3_000_000, recognisedCostsCents: 3_750_000 }, "2018-05-14"))).toEqual([]);
    const deficit = { ...programme, financingType: "deficit" as const };
    expect(pathsOf(recordFundingNotice(submitted, deficit, { ...notice, grantCents: 1_000_000 }, "2018-05-14"))).toEqual([]);
    expect(pathsOf(recordFundingNotice(submitted, deficit, { ...notice, grantCents: 3_600_000 }, "2018-05-14"))).toEqual(["grantCents"]);
  });

  it("checks the financing type on every record with a notice, not only in the step", () => {
    const share = { name: "Anteil", fundingRate: 0.5, maxGrantCents: null, financingType: "shareOfCosts" as const };
    expect(checkGrantByFinancingType({ eligibleCostsCents: 1_000_000, approval: { noticeDate: "2018-05-14", grantCents: 500_000, noticeReference: null } }, share)).toEqual([]);
    expect(checkGrantByFinancingType({ eligibleCostsCents: 1_000_000, approval: { noticeDate: "2018-05-14", grantCents: 400_000, noticeReference: null } }, share)[0]?.path).toBe("approval.grantCents");
    expect(checkGrantByFinancingType({ eligibleCostsCents: 1_000_000, approval: null }, share)).toEqual([]);
  });

  it("records expenditures only from the notice on, and not in the future", () => {
    expect(pathsOf(recordFundingSpending(approved, { spentOn: "2018-05-01", amountCents: 100 }, "2018-06-01"))).toEqual(["spentOn"]);
    expect(pathsOf(recordFundingSpending(approved, { spentOn: "2018-07-01", amountCents: 100 }, "2018-06-01"))).toEqual(["spentOn"]);
    expect(() => recordFundingSpending(approved, { spentOn: "2018-06-01", amountCents: 0 }, "2018-06-01")).toThrow();
    expect(valid({ ...approved, spending: [{ spentOn: "2018-06-01", amountCents: 100, description: "" }] })).toEqual([expect.stringContaining("In Umsetzung")]);
    expect(valid({ ...inProgress, spending: [{ spentOn: "2018-05-01", amountCents: 100, description: "" }] })).toEqual([expect.stringContaining("vorzeitiger Maßnahmebeginn")]);
  });

  it("takes the proof of use by its due date, with the recorded expenditures", () => {
    const late = submitProofOfUse(spent, { submittedOn: "2019-07-01" }, "2019-07-02");
    expect(late.ok ? "" : late.issues[0]?.message).toContain("bis zum 30.06.2019");
    expect(pathsOf(submitProofOfUse(spent, { submittedOn: "2019-02-01" }, "2019-04-01"))).toEqual(["submittedOn"]);
    expect(pathsOf(submitProofOfUse(spent, { submittedOn: "2019-03-31", spentCents: 1 }, "2019-04-01"))).toEqual(["spentCents"]);
    expect(applied(submitProofOfUse(spent, { submittedOn: "2019-03-31", spentCents: 4_375_000 }, "2019-04-01")).proofOfUse?.spentCents).toBe(4_375_000);
    expect(valid({ ...proven, proofOfUse: { submittedOn: "2019-07-01", spentCents: 4_375_000 } })).toEqual([expect.stringContaining("verspätet")]);
    expect(pathsOf(closeFundingApplication(proven, programme, { closedOn: "2019-03-01" }, "2019-07-01"))).toEqual(["closedOn"]);
  });
});

describe("fundingRepayment", () => {
  const settle = (financingType: "fixedAmount" | "shareOfCosts" | "deficit", spentCents: number) =>
    fundingRepayment({ eligibleCostsCents: 4_375_000, approval: notice, proofOfUse: { submittedOn: "2019-03-31", spentCents } }, { fundingRate: 0.8, maxGrantCents: 3_500_000, financingType });

  it("settles by the financing type", () => {
    expect(settle("fixedAmount", 4_000_000)).toBe(0);
    expect(settle("fixedAmount", 3_000_000)).toBe(500_000);
    expect(settle("shareOfCosts", 4_000_000)).toBe(300_000);
    expect(settle("shareOfCosts", 5_000_000)).toBe(0);
    // Own share 8,750 €: of 40,000 € spent the grant covers 31,250 €.
    expect(settle("deficit", 4_000_000)).toBe(375_000);
    expect(settle("deficit", 800_000)).toBe(3_500_000);
    expect(fundingRepayment({ eligibleCostsCents: 1, approval: null, proofOfUse: null }, { fundingRate: 0.8, maxGrantCents: null, financingType: "deficit" })).toBe(0);
  });

  it("never asks back more than was granted nor a negative amount (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom("fixedAmount", "shareOfCosts", "deficit") as fc.Arbitrary<"fixedAmount" | "shareOfCosts" | "deficit">, fc.integer({ min: 0, max: 10_000_000 }), (type, spentCents) => {
        const repayment = settle(type, spentCents);
        expect(repayment).toBeGreaterThanOrEqual(0);
        expect(repayment).toBeLessThanOrEqual(notice.grantCents);
      }),
    );
  });
});

describe("checkFundingApplicationEdit", () => {
  it("lets title, description and goals change, nothing the steps record", () => {
    expect(checkFundingApplicationEdit(approved, { ...approved, title: "Neu", description: "Text", goalIds: ["3f2504e0-4f89-41d3-9a0c-0305e82c3301"] })).toEqual([]);
    expect(checkFundingApplicationEdit(approved, JSON.parse(JSON.stringify(approved)) as FundingApplicationInput)).toEqual([]);
    expect(checkFundingApplicationEdit(draft, { ...draft, spending: [] })).toEqual([]);
    expect(checkFundingApplicationEdit(draft, { ...draft, status: "submitted", submittedOn: "2018-04-12" }).map((i) => i.path)).toEqual(["status", "submittedOn"]);
    expect(checkFundingApplicationEdit(approved, { ...approved, approval: { ...notice, grantCents: 1 } }).map((i) => i.path)).toEqual(["approval"]);
    expect(checkFundingApplicationEdit(spent, { ...spent, spending: [] }).map((i) => i.path)).toEqual(["spending"]);
  });

  it("keeps the submitted figures once submitted, but not in a draft", () => {
    expect(checkFundingApplicationEdit(draft, { ...draft, eligibleCostsCents: 1_000_000, requestedGrantCents: 800_000 })).toEqual([]);
    expect(checkFundingApplicationEdit(submitted, { ...submitted, requestedGrantCents: 3_000_000 }).map((i) => i.path)).toEqual(["requestedGrantCents"]);
  });
});
