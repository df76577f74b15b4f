import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Observation } from "./observation.js";
import { DEFAULT_SUPPRESSION_THRESHOLD, suppressionThresholdFor, suppressSmallCells } from "./suppression.js";

const base: Observation = {
  id: "9e3a1c2b-4d5e-4f60-8a7b-1c2d3e4f5a6b",
  indicatorId: "0b7f4c1e-6a0a-4c8e-9a55-2f1d2f0c9e11",
  territoryId: "5d0c8a4e-1f3b-4b7e-8a61-3c2e4f5a6b7c",
  period: "2018",
  numerator: 174,
  denominator: 38_000,
  value: 4.58,
  source: "Kinder- und Jugendhilfestatistik",
  asOf: "2019-06-30",
  isDemo: true,
  note: null,
};
const cell = (numerator: number | null, denominator: number | null, value: number | null = 1): Observation => ({
  ...base,
  numerator,
  denominator,
  value,
});

describe("suppressSmallCells", () => {
  it("keeps large cells with their counts", () => {
    expect(suppressSmallCells(base)).toEqual({ ...base, suppressed: false });
  });

  it("suppresses counts below the threshold", () => {
    expect(suppressSmallCells(cell(2, 140))).toEqual({ ...base, numerator: null, denominator: null, value: null, suppressed: true });
    expect(suppressSmallCells(cell(3, 140)).suppressed).toBe(false);
    expect(suppressSmallCells(cell(4, 140), 5).suppressed).toBe(true);
  });

  it("suppresses complements below the threshold", () => {
    expect(suppressSmallCells(cell(48, 49)).suppressed).toBe(true);
    expect(suppressSmallCells(cell(47, 49)).suppressed).toBe(true);
    expect(suppressSmallCells(cell(46, 49)).suppressed).toBe(false);
    expect(suppressSmallCells(cell(49, 49)).suppressed).toBe(false);
  });

  it("treats zero as safe in a large group and disclosive in a small one", () => {
    expect(suppressSmallCells(cell(0, 500)).suppressed).toBe(false);
    expect(suppressSmallCells(cell(0, 2)).suppressed).toBe(true);
  });

  it("suppresses a small denominator when the numerator is unknown", () => {
    expect(suppressSmallCells(cell(null, 2, 50)).suppressed).toBe(true);
    expect(suppressSmallCells(cell(null, 200, 50)).suppressed).toBe(false);
  });

  it("passes published rates without counts", () => {
    expect(suppressSmallCells(cell(null, null, 6.5))).toEqual({ ...cell(null, null, 6.5), suppressed: false });
  });

  it("rejects an invalid threshold", () => {
    expect(() => suppressSmallCells(base, 0)).toThrow(RangeError);
    expect(() => suppressSmallCells(base, 2.5)).toThrow(RangeError);
  });

  it("never leaks a count or complement below the threshold", () => {
    const small = fc.integer({ min: 0, max: 30 });
    fc.assert(
      fc.property(
        fc.option(small, { nil: null }),
        fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
        fc.integer({ min: 1, max: 20 }),
        (numerator, denominatorExtra, threshold) => {
          const denominator = denominatorExtra === null ? null : Math.max(1, (numerator ?? 0) + denominatorExtra - 1);
          const result = suppressSmallCells(cell(numerator, denominator), threshold);
          const shown = [result.numerator, result.denominator, result.value];
          if (result.suppressed) expect(shown).toEqual([null, null, null]);
          const leaks = (count: number | null) => count !== null && count > 0 && count < threshold;
          expect(leaks(result.numerator)).toBe(false);
          if (result.numerator !== null && result.denominator !== null) {
            expect(leaks(result.denominator - result.numerator)).toBe(false);
          }
          if (result.denominator !== null) expect(result.denominator).toBeGreaterThanOrEqual(threshold);
        },
      ),
    );
  });
});

describe("suppressionThresholdFor", () => {
  it("uses the indicator's threshold, else the platform default of 3", () => {
    expect(DEFAULT_SUPPRESSION_THRESHOLD).toBe(3);
    expect(suppressionThresholdFor({ suppressionThreshold: 5 })).toBe(5);
    expect(suppressionThresholdFor({ suppressionThreshold: null })).toBe(3);
    expect(suppressionThresholdFor({ suppressionThreshold: null }, 4)).toBe(4);
  });
});
