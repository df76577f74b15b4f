import { describe, expect, it } from "vitest";
import { labelOf } from "../shared/label.js";
import { financingTypeLabels, FinancingTypeSchema } from "./financing-type.js";
import { FundingProgrammeInputSchema, FundingProgrammeSchema, type FundingProgrammeInput } from "./programme.js";

const gapClosing: FundingProgrammeInput = {
  name: "Lückenschluss-Projekte kinderstark",
  funder: "Land NRW – MKJFGFI",
  description: "Projektförderung zum Schließen von Lücken in kommunalen Präventionsketten.",
  fundingRate: 0.8,
  maxGrantCents: 3_500_000,
  applicationDeadline: "2018-04-15",
  financingType: "fixedAmount",
  youthOfficeId: null,
};

describe("FundingProgrammeInputSchema", () => {
  it("accepts the gap-closing programme from the seeds", () => {
    expect(FundingProgrammeInputSchema.parse(gapClosing)).toEqual(gapClosing);
    expect(FundingProgrammeSchema.safeParse({ ...gapClosing, id: "0b7f4c1e-6a0a-4c8e-9a55-2f1d2f0c9e11" }).success).toBe(true);
  });

  it("keeps the funding rate within (0, 1]", () => {
    expect(FundingProgrammeInputSchema.safeParse({ ...gapClosing, fundingRate: 1 }).success).toBe(true);
    expect(FundingProgrammeInputSchema.safeParse({ ...gapClosing, fundingRate: 0 }).error?.issues[0]?.message).toBe(
      "Die Förderquote muss größer als 0 sein.",
    );
    expect(FundingProgrammeInputSchema.safeParse({ ...gapClosing, fundingRate: 80 }).error?.issues[0]?.message).toBe(
      "Die Förderquote darf höchstens 1 (100 %) betragen.",
    );
  });

  it("needs the fixed amount for fixed-amount financing", () => {
    const result = FundingProgrammeInputSchema.safeParse({ ...gapClosing, maxGrantCents: null });
    expect(result.error?.issues[0]?.path).toEqual(["maxGrantCents"]);
    expect(FundingProgrammeInputSchema.safeParse({ ...gapClosing, maxGrantCents: null, financingType: "shareOfCosts" }).success).toBe(true);
  });

  it("rejects fractional cents", () => {
    expect(FundingProgrammeInputSchema.safeParse({ ...gapClosing, maxGrantCents: 3_500_000.5 }).success).toBe(false);
  });

  it("labels every financing type", () => {
    expect(Object.keys(financingTypeLabels).sort()).toEqual([...FinancingTypeSchema.options].sort());
    expect(labelOf(financingTypeLabels, "deficit")).toBe("Fehlbedarfsfinanzierung");
  });
});
