import { describe, expect, it } from "vitest";
import { checkFundingApplicationAgainstProgramme, checkNewFundingApplication } from "./application-rules.js";

const programme = { name: "Lückenschluss 2018", applicationDeadline: "2018-04-15", fundingRate: 0.8, maxGrantCents: 3_500_000 };
const application = { submittedOn: "2018-04-12", eligibleCostsCents: 4_375_000, requestedGrantCents: 3_500_000, approval: null };

describe("funding application rules", () => {
  it("lets an application start only as a draft or submitted", () => {
    expect(checkNewFundingApplication({ status: "draft" })).toEqual([]);
    expect(checkNewFundingApplication({ status: "submitted" })).toEqual([]);
    expect(checkNewFundingApplication({ status: "closed" })[0]).toMatchObject({ path: "status", message: expect.stringContaining("„Abgeschlossen“") });
  });

  it("accepts the demo application and refuses a late one (the deadline day still counts)", () => {
    expect(checkFundingApplicationAgainstProgramme(application, programme)).toEqual([]);
    expect(checkFundingApplicationAgainstProgramme({ ...application, submittedOn: "2018-04-15" }, programme)).toEqual([]);
    const [late] = checkFundingApplicationAgainstProgramme({ ...application, submittedOn: "2018-04-16" }, programme);
    expect(late).toEqual({ path: "submittedOn", message: "Der Antrag wurde am 16.04.2018 eingereicht, nach der Antragsfrist des Programms „Lückenschluss 2018“ (15.04.2018)." });
    expect(checkFundingApplicationAgainstProgramme({ ...application, submittedOn: "2030-01-01" }, { ...programme, applicationDeadline: null })).toEqual([]);
  });

  it("refuses requested and granted amounts above rate and cap", () => {
    const issues = checkFundingApplicationAgainstProgramme(
      { ...application, eligibleCostsCents: 5_000_000, requestedGrantCents: 3_600_000, approval: { noticeDate: "2018-05-14", grantCents: 4_000_000, noticeReference: null } },
      programme,
    );
    expect(issues.map((i) => i.path)).toEqual(["requestedGrantCents", "approval.grantCents"]);
    expect(issues[0]?.message).toMatch(/80 % der zuwendungsfähigen Ausgaben, höchstens 35\.000,00\s€/);
    // 80 % of 10,000 € is 8,000 €: below the cap, the rate decides.
    expect(checkFundingApplicationAgainstProgramme({ ...application, eligibleCostsCents: 1_000_000, requestedGrantCents: 800_001 }, programme)[0]?.path).toBe("requestedGrantCents");
  });
});
