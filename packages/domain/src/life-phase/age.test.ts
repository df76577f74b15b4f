import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ageInMonths, lifePhasesForAge, lifePhasesForBirthDate } from "./age.js";
import { defaultLifePhases } from "./defaults.js";

const isoDate = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const codes = (ps: readonly { code: string }[]): string[] => ps.map((p) => p.code);

describe("ageInMonths", () => {
  it("counts completed months after birth", () => {
    expect(ageInMonths("2024-03-15", "2024-03-15")).toBe(0);
    expect(ageInMonths("2024-03-15", "2025-03-14")).toBe(11);
    expect(ageInMonths("2024-03-15", "2025-03-15")).toBe(12);
  });

  it("is negative before an expected birth, rounded down", () => {
    expect(ageInMonths("2025-06-15", "2025-06-14")).toBe(-1);
    expect(ageInMonths("2025-06-15", "2025-05-15")).toBe(-1);
    expect(ageInMonths("2025-06-15", "2025-05-14")).toBe(-2);
    expect(ageInMonths("2025-12-01", "2025-03-01")).toBe(-9);
  });

  it("never decreases as time passes", () => {
    fc.assert(
      fc.property(isoDate, isoDate, isoDate, (birth, t1, t2) => {
        const [early, late] = t1 <= t2 ? [t1, t2] : [t2, t1];
        expect(ageInMonths(birth, early)).toBeLessThanOrEqual(ageInMonths(birth, late));
      }),
    );
  });

  it("is non-negative exactly from the birth date on", () => {
    fc.assert(
      fc.property(isoDate, isoDate, (birth, today) => {
        expect(ageInMonths(birth, today) >= 0).toBe(today >= birth);
      }),
    );
  });
});

describe("lifePhasesForAge", () => {
  it("finds overlapping phases, lower bound inclusive, upper bound exclusive", () => {
    expect(codes(lifePhasesForAge(defaultLifePhases, -9))).toEqual(["schwangerschaft"]);
    expect(codes(lifePhasesForAge(defaultLifePhases, 6))).toEqual(["schwangerschaft", "fruehe-kindheit"]);
    expect(codes(lifePhasesForAge(defaultLifePhases, 12))).toEqual(["fruehe-kindheit"]);
    expect(codes(lifePhasesForAge(defaultLifePhases, 36))).toEqual(["kita-alter"]);
    expect(codes(lifePhasesForAge(defaultLifePhases, 180))).toEqual(["sekundarstufe-1", "uebergang-schule-beruf"]);
    expect(lifePhasesForAge(defaultLifePhases, 252)).toEqual([]);
    expect(lifePhasesForAge(defaultLifePhases, -10)).toEqual([]);
  });

  it("maps every age from −9 to under 252 months to at least one default phase", () => {
    fc.assert(
      fc.property(fc.integer({ min: -9, max: 251 }), (age) => {
        expect(lifePhasesForAge(defaultLifePhases, age).length).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it("returns only containing phases, sorted by order, whatever the input order", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...defaultLifePhases]),
        fc.integer({ min: -20, max: 300 }),
        (phases, age) => {
          const found = lifePhasesForAge(phases, age);
          for (const p of found) expect(p.minAgeMonths <= age && age < p.maxAgeMonths).toBe(true);
          const orders = found.map((p) => p.order);
          expect(orders).toEqual([...orders].sort((x, y) => x - y));
          expect(found.length).toBe(phases.filter((p) => p.minAgeMonths <= age && age < p.maxAgeMonths).length);
        },
      ),
    );
  });
});

describe("lifePhasesForBirthDate", () => {
  it("places a child born in August 2020 in Kita age in January 2025", () => {
    expect(codes(lifePhasesForBirthDate(defaultLifePhases, "2020-08-01", "2025-01-15"))).toEqual(["kita-alter"]);
  });
  it("places an expected child in the pregnancy phase", () => {
    expect(codes(lifePhasesForBirthDate(defaultLifePhases, "2025-09-01", "2025-03-10"))).toEqual(["schwangerschaft"]);
  });
});
