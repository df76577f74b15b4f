import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeGrant, isBeforeDeadline, remainingFunds } from "./grant.js";

const cents = fc.integer({ min: 0, max: 1_000_000_000 });
const rate = fc.double({ min: 0.01, max: 1, noNaN: true });
const cap = fc.option(cents, { nil: null });

describe("computeGrant", () => {
  it("computes the seed example: 80 % of 43,750 € capped at 35,000 €", () => {
    expect(computeGrant({ eligibleCostsCents: 4_375_000, fundingRate: 0.8, maxGrantCents: 3_500_000 })).toBe(3_500_000);
    expect(computeGrant({ eligibleCostsCents: 5_000_000, fundingRate: 0.8, maxGrantCents: 3_500_000 })).toBe(3_500_000);
    expect(computeGrant({ eligibleCostsCents: 4_000_000, fundingRate: 0.8, maxGrantCents: 3_500_000 })).toBe(3_200_000);
  });

  it("rounds down to whole cents without floating-point loss", () => {
    expect(computeGrant({ eligibleCostsCents: 1_000_001, fundingRate: 0.5, maxGrantCents: null })).toBe(500_000);
    expect(computeGrant({ eligibleCostsCents: 100, fundingRate: 0.29, maxGrantCents: null })).toBe(29);
    expect(computeGrant({ eligibleCostsCents: 333, fundingRate: 1 / 3, maxGrantCents: null })).toBe(111);
  });

  it("rejects invalid input", () => {
    expect(() => computeGrant({ eligibleCostsCents: -1, fundingRate: 0.8, maxGrantCents: null })).toThrow(RangeError);
    expect(() => computeGrant({ eligibleCostsCents: 10.5, fundingRate: 0.8, maxGrantCents: null })).toThrow(RangeError);
    expect(() => computeGrant({ eligibleCostsCents: 100, fundingRate: 0, maxGrantCents: null })).toThrow(RangeError);
    expect(() => computeGrant({ eligibleCostsCents: 100, fundingRate: 1.2, maxGrantCents: null })).toThrow(RangeError);
    expect(() => computeGrant({ eligibleCostsCents: 100, fundingRate: 0.5, maxGrantCents: -1 })).toThrow(RangeError);
  });

  it("is a whole number of cents, at most the cap and at most the eligible costs", () => {
    fc.assert(
      fc.property(cents, rate, cap, (eligibleCostsCents, fundingRate, maxGrantCents) => {
        const grant = computeGrant({ eligibleCostsCents, fundingRate, maxGrantCents });
        expect(Number.isInteger(grant)).toBe(true);
        expect(grant).toBeGreaterThanOrEqual(0);
        expect(grant).toBeLessThanOrEqual(eligibleCostsCents);
        if (maxGrantCents !== null) expect(grant).toBeLessThanOrEqual(maxGrantCents);
        expect(grant).toBeLessThanOrEqual(eligibleCostsCents * fundingRate + 1e-6 * eligibleCostsCents);
      }),
    );
  });

  it("never falls when costs rise", () => {
    fc.assert(
      fc.property(cents, cents, rate, cap, (a, b, fundingRate, maxGrantCents) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(computeGrant({ eligibleCostsCents: low, fundingRate, maxGrantCents })).toBeLessThanOrEqual(
          computeGrant({ eligibleCostsCents: high, fundingRate, maxGrantCents }),
        );
      }),
    );
  });
});

describe("isBeforeDeadline", () => {
  it("counts the deadline day and treats no deadline as open", () => {
    expect(isBeforeDeadline({ applicationDeadline: "2018-04-15" }, "2018-04-12")).toBe(true);
    expect(isBeforeDeadline({ applicationDeadline: "2018-04-15" }, "2018-04-15")).toBe(true);
    expect(isBeforeDeadline({ applicationDeadline: "2018-04-15" }, "2018-04-16")).toBe(false);
    expect(isBeforeDeadline({ applicationDeadline: null }, "2030-01-01")).toBe(true);
  });
});

describe("remainingFunds", () => {
  const approval = { noticeDate: "2018-05-14", grantCents: 3_500_000, noticeReference: null };

  it("subtracts the spending from the grant", () => {
    expect(remainingFunds({ approval, proofOfUse: { submittedOn: "2019-03-31", spentCents: 3_412_950 } })).toBe(87_050);
    expect(remainingFunds({ approval, proofOfUse: null })).toBe(3_500_000);
    expect(remainingFunds({ approval: null, proofOfUse: null })).toBe(0);
  });

  it("goes negative when more was spent than granted", () => {
    expect(remainingFunds({ approval, proofOfUse: { submittedOn: "2019-03-31", spentCents: 3_600_000 } })).toBe(-100_000);
  });
});
