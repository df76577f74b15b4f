import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { factorMultiplier, IndicatorFactorSchema } from "./factor.js";
import { computeRate, isRateConsistent, roundRate } from "./rate.js";

describe("factorMultiplier", () => {
  it("maps each factor to its scale", () => {
    expect(IndicatorFactorSchema.options.map(factorMultiplier)).toEqual([100, 1_000, 10_000, 100_000, 1]);
  });
});

describe("computeRate", () => {
  it("computes the rates of the indicator table", () => {
    expect(computeRate(174, 38_000, "perThousand")).toBeCloseTo(4.5789, 4);
    expect(computeRate(1_820, 2_100, "percent")).toBeCloseTo(86.667, 3);
    expect(computeRate(286, 10_000, "perTenThousand")).toBe(286);
    expect(computeRate(3, 4, "ratio")).toBe(0.75);
    expect(computeRate(0, 500, "percent")).toBe(0);
  });

  it("keeps full precision", () => {
    expect(computeRate(1, 3, "percent")).toBe(100 / 3);
  });

  it("rejects a denominator of zero or below and negative counts", () => {
    expect(() => computeRate(1, 0, "percent")).toThrow(RangeError);
    expect(() => computeRate(1, -5, "percent")).toThrow(RangeError);
    expect(() => computeRate(1, Number.NaN, "percent")).toThrow(RangeError);
    expect(() => computeRate(-1, 5, "percent")).toThrow(RangeError);
  });

  it("rate × denominator / factor gives the numerator back", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.constantFrom(...IndicatorFactorSchema.options),
        (numerator, denominator, factor) => {
          const back = (computeRate(numerator, denominator, factor) * denominator) / factorMultiplier(factor);
          expect(back).toBeCloseTo(numerator, 6);
        },
      ),
    );
  });
});

describe("roundRate", () => {
  it("rounds half away from zero in decimal terms", () => {
    expect(roundRate(6.4623)).toBe(6.5);
    expect(roundRate(1.005, 2)).toBe(1.01);
    expect(roundRate(2.675, 2)).toBe(2.68);
    expect(roundRate(-2.5, 0)).toBe(-3);
    expect(roundRate(86.66666, 0)).toBe(87);
  });

  it("rejects impossible digit counts", () => {
    expect(() => roundRate(1, -1)).toThrow(RangeError);
    expect(() => roundRate(1, 1.5)).toThrow(RangeError);
  });

  it("stays within half a unit of the last place", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 4 }), (value, digits) => {
        expect(Math.abs(roundRate(value, digits) - value)).toBeLessThanOrEqual(0.5 * 10 ** -digits + 1e-9 * Math.max(1, value));
      }),
    );
  });
});

describe("isRateConsistent", () => {
  it("accepts a rate rounded to the precision it is written with", () => {
    expect(isRateConsistent(6.5, 6.4623)).toBe(true);
    expect(isRateConsistent(6.46, 6.4623)).toBe(true);
    expect(isRateConsistent(6, 6.4623)).toBe(true);
    expect(isRateConsistent(100 / 3, 100 / 3)).toBe(true);
  });

  it("rejects a rate that no rounding explains", () => {
    expect(isRateConsistent(6.6, 6.4623)).toBe(false);
    expect(isRateConsistent(6.47, 6.4623)).toBe(false);
    expect(isRateConsistent(7, 6.4623)).toBe(false);
  });

  it("accepts every rounding of the computed rate", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e5, noNaN: true }), fc.integer({ min: 0, max: 6 }), (rate, digits) => {
        expect(isRateConsistent(roundRate(rate, digits), rate)).toBe(true);
      }),
    );
  });
});
