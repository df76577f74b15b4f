import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultLifePhases } from "./defaults.js";
import { validateLifePhases, validateTransitions } from "./validate.js";

const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

describe("validateLifePhases", () => {
  it("reports a gap in the age range", () => {
    const withoutKita = defaultLifePhases.filter((p) => p.code !== "kita-alter");
    expect(validateLifePhases(withoutKita)).toEqual([
      { code: null, message: "Kein Alter von 36 bis unter 72 Monaten ist einer Lebensphase zugeordnet." },
    ]);
  });

  it("reports duplicate codes and order positions", () => {
    const [first, second] = defaultLifePhases;
    const issues = validateLifePhases([first!, { ...second!, code: first!.code, order: first!.order }]);
    expect(issues.map((i) => i.code)).toEqual(["schwangerschaft", "schwangerschaft"]);
    expect(issues[0]?.message).toContain("mehreren Lebensphasen");
    expect(issues[1]?.message).toContain("dieselbe Reihenfolge 1");
  });

  it("accepts an empty set and any subset of the defaults that keeps adjacent phases", () => {
    expect(validateLifePhases([])).toEqual([]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }), (x, y) => {
        const [from, to] = x <= y ? [x, y] : [y, x];
        expect(validateLifePhases(defaultLifePhases.slice(from, to + 1))).toEqual([]);
      }),
    );
  });

  it("reports a gap exactly when some age between the extremes is uncovered", () => {
    const band = fc
      .tuple(fc.integer({ min: -9, max: 40 }), fc.integer({ min: 1, max: 15 }))
      .map(([min, len]) => ({ minAgeMonths: min, maxAgeMonths: min + len }));
    fc.assert(
      fc.property(fc.array(band, { minLength: 1, maxLength: 6 }), (bands) => {
        const phases = bands.map((b, i) => ({ ...b, code: `p${i}`, order: i }));
        const lo = Math.min(...bands.map((b) => b.minAgeMonths));
        const hi = Math.max(...bands.map((b) => b.maxAgeMonths));
        let uncovered = false;
        for (let age = lo; age < hi; age++) {
          if (!bands.some((b) => b.minAgeMonths <= age && age < b.maxAgeMonths)) uncovered = true;
        }
        expect(validateLifePhases(phases).some((i) => i.code === null)).toBe(uncovered);
      }),
    );
  });
});

describe("validateTransitions", () => {
  const phases = [{ id: id(1) }, { id: id(2) }];
  it("accepts known, distinct phases", () => {
    expect(validateTransitions([{ code: "UE1", fromLifePhaseId: id(1), toLifePhaseId: id(2) }], phases)).toEqual([]);
  });
  it("reports unknown phases and loops", () => {
    expect(
      validateTransitions(
        [
          { code: "UE1", fromLifePhaseId: id(9), toLifePhaseId: id(2) },
          { code: "UE2", fromLifePhaseId: id(1), toLifePhaseId: id(1) },
        ],
        phases,
      ),
    ).toEqual([
      { code: "UE1", message: "Die Ausgangsphase des Übergangs „UE1“ ist nicht bekannt." },
      { code: "UE2", message: "Der Übergang „UE2“ beginnt und endet in derselben Lebensphase." },
    ]);
  });
});
