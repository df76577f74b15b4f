import { describe, expect, it } from "vitest";
import { fundingByYear } from "./funding-years.js";

type Application = Parameters<typeof fundingByYear>[0][number];

const base = {
  programmeId: "p1",
  requestedGrantCents: 3_500_000,
  submittedOn: "2018-04-12",
  approval: { noticeDate: "2018-05-14", grantCents: 3_400_000 },
  proofOfUse: null,
  spending: [],
} as unknown as Application;

describe("fundingByYear", () => {
  it("counts applied in the year of submission, approved in the year of the notice, spent in the year of each expenditure", () => {
    const spending = [
      { spentOn: "2018-09-30", amountCents: 1_000_000, description: "" },
      { spentOn: "2019-02-01", amountCents: 500_000, description: "" },
    ];
    expect(fundingByYear([{ ...base, spending } as Application])).toEqual([
      { programmeId: "p1", year: 2018, applied: 3_500_000, approved: 3_400_000, spent: 1_000_000 },
      { programmeId: "p1", year: 2019, applied: 0, approved: 0, spent: 500_000 },
    ]);
  });

  it("counts a proof of use in its year when no expenditure is recorded, and a draft not at all", () => {
    const proven = { ...base, proofOfUse: { submittedOn: "2019-03-31", spentCents: 3_300_000 } } as Application;
    const draft = { ...base, submittedOn: null, approval: null } as Application;
    expect(fundingByYear([proven, draft]).find((row) => row.year === 2019)?.spent).toBe(3_300_000);
    expect(fundingByYear([draft])).toEqual([]);
  });
});
