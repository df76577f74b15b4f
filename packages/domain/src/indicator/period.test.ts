import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  comparePeriods,
  formatPeriod,
  isValidPeriod,
  parsePeriod,
  PeriodSchema,
  periodStartDate,
  periodTypeOf,
  type ParsedPeriod,
} from "./period.js";

const parsedPeriod: fc.Arbitrary<ParsedPeriod> = fc.oneof(
  fc.record({ type: fc.constantFrom("year" as const, "schoolYear" as const), year: fc.integer({ min: 1000, max: 9998 }) }),
  fc.record({ type: fc.constant("quarter" as const), year: fc.integer({ min: 1000, max: 9999 }), part: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ type: fc.constant("month" as const), year: fc.integer({ min: 1000, max: 9999 }), part: fc.integer({ min: 1, max: 12 }) }),
);

describe("parsePeriod / formatPeriod", () => {
  it("reads the four notations", () => {
    expect(parsePeriod("2021")).toEqual({ type: "year", year: 2021 });
    expect(parsePeriod("2021/22")).toEqual({ type: "schoolYear", year: 2021 });
    expect(parsePeriod("1999/00")).toEqual({ type: "schoolYear", year: 1999 });
    expect(parsePeriod("2021-Q3")).toEqual({ type: "quarter", year: 2021, part: 3 });
    expect(parsePeriod("2021-07")).toEqual({ type: "month", year: 2021, part: 7 });
  });

  it("rejects malformed periods", () => {
    for (const bad of ["2021/23", "2021/2022", "2021-Q5", "2021-Q0", "2021-13", "2021-00", "21", "2021-7", " 2021", "0999", ""]) {
      expect(parsePeriod(bad), bad).toBeNull();
    }
  });

  it("round-trips: parse(format(p)) = p and format(parse(s)) = s", () => {
    fc.assert(
      fc.property(parsedPeriod, (period) => {
        const text = formatPeriod(period);
        expect(parsePeriod(text)).toEqual(period);
        expect(formatPeriod(parsePeriod(text) as ParsedPeriod)).toBe(text);
      }),
    );
  });
});

describe("PeriodSchema and isValidPeriod", () => {
  it("accepts valid periods and explains invalid ones in German", () => {
    expect(PeriodSchema.parse(" 2021-Q3 ")).toBe("2021-Q3");
    const result = PeriodSchema.safeParse("2021/23");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain("Schuljahr („2021/22“)");
  });

  it("matches a period to its type", () => {
    expect(isValidPeriod("schoolYear", "2021/22")).toBe(true);
    expect(isValidPeriod("year", "2021/22")).toBe(false);
    expect(isValidPeriod("month", "2021-Q3")).toBe(false);
    expect(periodTypeOf("2021-07")).toBe("month");
    expect(periodTypeOf("July 2021")).toBeNull();
  });
});

describe("periodStartDate", () => {
  it("gives the first day, with NRW school years starting on 1 August", () => {
    expect(periodStartDate("2021")).toBe("2021-01-01");
    expect(periodStartDate("2021/22")).toBe("2021-08-01");
    expect(periodStartDate("2021-Q3")).toBe("2021-07-01");
    expect(periodStartDate("2021-Q4")).toBe("2021-10-01");
    expect(periodStartDate("2021-11")).toBe("2021-11-01");
  });

  it("throws on an invalid period", () => {
    expect(() => periodStartDate("2021-Q5")).toThrow(RangeError);
  });
});

describe("comparePeriods", () => {
  it("sorts chronologically across year boundaries", () => {
    expect(["2021-Q3", "2020-Q4", "2021-Q1"].sort(comparePeriods)).toEqual(["2020-Q4", "2021-Q1", "2021-Q3"]);
    expect(["2021/22", "2019/20", "2020/21"].sort(comparePeriods)).toEqual(["2019/20", "2020/21", "2021/22"]);
    expect(["2021-10", "2021-02", "2020-12"].sort(comparePeriods)).toEqual(["2020-12", "2021-02", "2021-10"]);
  });

  it("is antisymmetric and agrees with start dates", () => {
    fc.assert(
      fc.property(parsedPeriod, parsedPeriod, (a, b) => {
        const [x, y] = [formatPeriod(a), formatPeriod(b)];
        expect(comparePeriods(x, y) + comparePeriods(y, x)).toBe(0);
        expect(comparePeriods(x, y) === 0).toBe(x === y);
        if (periodStartDate(x) < periodStartDate(y)) expect(comparePeriods(x, y)).toBeLessThan(0);
      }),
    );
  });
});
