import { describe, expect, it } from "vitest";
import {
  allowedStatusTransitions,
  canTransition,
  fundingApplicationStatusLabels,
  FundingApplicationStatusSchema,
  type FundingApplicationStatus,
} from "./application-status.js";
import { FundingApplicationInputSchema, type FundingApplicationInput } from "./application.js";

const approved: FundingApplicationInput = {
  programmeId: "0b7f4c1e-6a0a-4c8e-9a55-2f1d2f0c9e11",
  territoryId: "5d0c8a4e-1f3b-4b7e-8a61-3c2e4f5a6b7c",
  title: "Familienlotsinnen in Senden",
  description: "Aufsuchende Begleitung von Familien mit Neugeborenen.",
  eligibleCostsCents: 4_375_000,
  requestedGrantCents: 3_500_000,
  status: "approved",
  submittedOn: "2018-04-12",
  approval: { noticeDate: "2018-05-14", grantCents: 3_500_000, noticeReference: "48.02-2018-117" },
  proofOfUse: null,
  goalIds: [],
};
const draft: FundingApplicationInput = { ...approved, status: "draft", submittedOn: null, approval: null };
const closed: FundingApplicationInput = {
  ...approved,
  status: "closed",
  proofOfUse: { submittedOn: "2019-03-31", spentCents: 3_412_950 },
};

const messagesOf = (value: FundingApplicationInput): string[] =>
  FundingApplicationInputSchema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe("FundingApplicationInputSchema", () => {
  it("accepts consistent applications along the lifecycle", () => {
    for (const application of [draft, { ...draft, status: "submitted" as const, submittedOn: "2018-04-12" }, approved, closed]) {
      expect(messagesOf(application), application.status).toEqual([]);
    }
    expect(messagesOf({ ...approved, status: "rejected", approval: null })).toEqual([]);
  });

  it("needs a submission date once submitted, and none in a draft", () => {
    expect(messagesOf({ ...draft, status: "submitted" })).toEqual(["Ein eingereichter Antrag braucht das Datum der Einreichung."]);
    expect(messagesOf({ ...draft, submittedOn: "2018-04-12" })[0]).toContain("Ein Entwurf ist noch nicht eingereicht");
  });

  it("needs the approval notice from approval on", () => {
    for (const status of ["approved", "inProgress"] as const) {
      expect(messagesOf({ ...approved, status, approval: null })[0]).toContain("Zuwendungsbescheid");
    }
    expect(messagesOf({ ...closed, approval: null }).length).toBeGreaterThan(0);
    expect(messagesOf({ ...approved, status: "rejected" })[0]).toContain("nur zu einem bewilligten Antrag");
  });

  it("needs the proof of use once it is submitted, and not before", () => {
    expect(messagesOf({ ...closed, status: "proofSubmitted", proofOfUse: null })[0]).toContain("Verwendungsnachweises");
    expect(messagesOf({ ...closed, status: "inProgress" })[0]).toContain("Ein Verwendungsnachweis passt erst");
  });

  it("keeps the dates in lifecycle order", () => {
    expect(messagesOf({ ...approved, approval: { ...approved.approval!, noticeDate: "2018-04-11" } })).toEqual([
      "Der Zuwendungsbescheid kann nicht vor der Einreichung des Antrags datiert sein.",
    ]);
    expect(messagesOf({ ...closed, proofOfUse: { submittedOn: "2018-05-13", spentCents: 0 } })).toEqual([
      "Der Verwendungsnachweis kann nicht vor dem Zuwendungsbescheid eingereicht worden sein.",
    ]);
  });

  it("does not request more than the eligible costs", () => {
    expect(messagesOf({ ...approved, requestedGrantCents: 4_375_001 })).toEqual([
      "Die beantragte Zuwendung darf die zuwendungsfähigen Ausgaben nicht übersteigen.",
    ]);
  });
});

describe("status lifecycle", () => {
  it("runs application → approval notice → spending → proof of use → closed", () => {
    const path: FundingApplicationStatus[] = ["draft", "submitted", "approved", "inProgress", "proofSubmitted", "closed"];
    for (let i = 1; i < path.length; i += 1) expect(canTransition(path[i - 1]!, path[i]!)).toBe(true);
    expect(allowedStatusTransitions("submitted")).toEqual(["approved", "rejected"]);
  });

  it("forbids skipping steps, going back and leaving final states", () => {
    expect(canTransition("draft", "approved")).toBe(false);
    expect(canTransition("approved", "submitted")).toBe(false);
    expect(canTransition("inProgress", "closed")).toBe(false);
    expect(allowedStatusTransitions("rejected")).toEqual([]);
    expect(allowedStatusTransitions("closed")).toEqual([]);
  });

  it("never allows staying in place and labels every status", () => {
    for (const status of FundingApplicationStatusSchema.options) expect(canTransition(status, status)).toBe(false);
    expect(Object.keys(fundingApplicationStatusLabels).sort()).toEqual([...FundingApplicationStatusSchema.options].sort());
    expect(fundingApplicationStatusLabels.proofSubmitted.de).toBe("Verwendungsnachweis eingereicht");
  });
});
