import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ageRangeInYears, isOfferPubliclyVisible, offerCoversAge, offerSearchText } from "./logic.js";
import { OfferStatusSchema } from "./enums.js";

describe("isOfferPubliclyVisible", () => {
  const open = { status: "active" as const, visibleFrom: null, visibleTo: null };
  it("shows active and temporarily closed offers, hides inactive and defunct ones", () => {
    expect(isOfferPubliclyVisible(open, "2025-03-01")).toBe(true);
    expect(isOfferPubliclyVisible({ ...open, status: "temporarilyClosed" }, "2025-03-01")).toBe(true);
    expect(isOfferPubliclyVisible({ ...open, status: "inactive" }, "2025-03-01")).toBe(false);
    expect(isOfferPubliclyVisible({ ...open, status: "defunct" }, "2025-03-01")).toBe(false);
  });

  it("respects the publication window with both ends inclusive", () => {
    const window = { ...open, visibleFrom: "2025-01-01", visibleTo: "2025-06-30" };
    expect(isOfferPubliclyVisible(window, "2024-12-31")).toBe(false);
    expect(isOfferPubliclyVisible(window, "2025-01-01")).toBe(true);
    expect(isOfferPubliclyVisible(window, "2025-06-30")).toBe(true);
    expect(isOfferPubliclyVisible(window, "2025-07-01")).toBe(false);
  });

  it("an offer visible on two dates is visible on every date between", () => {
    const date = fc.integer({ min: 0, max: 3000 }).map((d) => new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.constantFrom(...OfferStatusSchema.options),
        fc.option(date),
        fc.option(date),
        date,
        date,
        date,
        (status, visibleFrom, visibleTo, a, b, c) => {
          const [d1, d2, d3] = [a, b, c].sort();
          const offer = { status, visibleFrom, visibleTo };
          if (isOfferPubliclyVisible(offer, d1!) && isOfferPubliclyVisible(offer, d3!)) {
            expect(isOfferPubliclyVisible(offer, d2!)).toBe(true);
          }
        },
      ),
    );
  });
});

describe("offerCoversAge", () => {
  it("includes the lower and excludes the upper bound", () => {
    const u3 = { minAgeMonths: 0, maxAgeMonths: 36 };
    expect(offerCoversAge(u3, 0)).toBe(true);
    expect(offerCoversAge(u3, 35)).toBe(true);
    expect(offerCoversAge(u3, 36)).toBe(false);
    expect(offerCoversAge(u3, -1)).toBe(false);
    expect(offerCoversAge({ minAgeMonths: 168, maxAgeMonths: null }, 400)).toBe(true);
  });
});

describe("offerSearchText", () => {
  it("joins the searchable texts and skips empty ones", () => {
    expect(
      offerSearchText({ title: "Elterncafé", shortTitle: null, description: "Offener Treff", eligibility: "" }),
    ).toBe("Elterncafé\nOffener Treff");
    expect(
      offerSearchText({ title: "Babylotsin", shortTitle: "Lotsin", description: "Beratung", eligibility: "Alle Familien" }),
    ).toBe("Babylotsin\nLotsin\nBeratung\nAlle Familien");
  });
});

describe("ageRangeInYears", () => {
  it("converts months to HSDS's inclusive whole years of age", () => {
    expect(ageRangeInYears({ minAgeMonths: 36, maxAgeMonths: 72 })).toEqual({ minimumAge: 3, maximumAge: 5 });
    expect(ageRangeInYears({ minAgeMonths: -9, maxAgeMonths: 36 })).toEqual({ minimumAge: 0, maximumAge: 2 });
    expect(ageRangeInYears({ minAgeMonths: 6, maxAgeMonths: 7 })).toEqual({ minimumAge: 0, maximumAge: 0 });
    expect(ageRangeInYears({ minAgeMonths: 168, maxAgeMonths: 252 })).toEqual({ minimumAge: 14, maximumAge: 20 });
    expect(ageRangeInYears({ minAgeMonths: 72, maxAgeMonths: null })).toEqual({ minimumAge: 6, maximumAge: null });
    expect(ageRangeInYears({ minAgeMonths: -9, maxAgeMonths: 0 })).toEqual({ minimumAge: 0, maximumAge: 0 });
  });

  it("includes every eligible month and no whole year beyond the last eligible one", () => {
    fc.assert(
      fc.property(fc.integer({ min: -9, max: 359 }), fc.integer({ min: 1, max: 360 }), (min, len) => {
        const max = Math.min(360, min + len);
        const { minimumAge, maximumAge } = ageRangeInYears({ minAgeMonths: min, maxAgeMonths: max });
        expect(Number.isInteger(minimumAge) && Number.isInteger(maximumAge)).toBe(true);
        for (let month = Math.max(0, min); month < max; month++) {
          expect(Math.floor(month / 12)).toBeGreaterThanOrEqual(minimumAge);
          expect(Math.floor(month / 12)).toBeLessThanOrEqual(maximumAge!);
        }
        if (max > 0) expect(maximumAge).toBe(Math.floor((max - 1) / 12));
        expect(minimumAge).toBe(Math.max(0, Math.floor(min / 12)));
      }),
    );
  });
});
