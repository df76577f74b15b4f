import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeCoverage, coverageSummary, findGaps, type CoverageOffer } from "./coverage.js";

const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

// life phases 1–2, fields 11–12, territories 21–23 (Dülmen, Coesfeld, Lüdinghausen)
const lifePhases = [{ id: id(1) }, { id: id(2) }];
const fieldsOfAction = [{ id: id(11) }, { id: id(12) }];
const territories = [{ id: id(21) }, { id: id(22) }, { id: id(23) }];

const willkommensbesuch: CoverageOffer = { id: id(101), lifePhaseIds: [id(1)], fieldOfActionIds: [id(11)], territoryIds: [id(21), id(22)] };
const elterncafe: CoverageOffer = { id: id(102), lifePhaseIds: [id(1), id(2)], fieldOfActionIds: [id(11)], territoryIds: [id(21)] };
const elsewhere: CoverageOffer = { id: id(103), lifePhaseIds: [id(1)], fieldOfActionIds: [id(11)], territoryIds: [id(99)] };

describe("computeCoverage", () => {
  const coverage = computeCoverage({ offers: [willkommensbesuch, elterncafe, elsewhere], lifePhases, fieldsOfAction, territories });

  it("has one cell per life phase × field × territory passed in", () => {
    expect(coverage.cells).toHaveLength(2 * 2 * 3);
    expect(coverage.cells[0]).toEqual({
      lifePhaseId: id(1),
      fieldOfActionId: id(11),
      territoryId: id(21),
      offerIds: [id(101), id(102)],
      count: 2,
    });
  });

  it("counts an offer only where it lists phase, field and territory", () => {
    const cell = (p: number, f: number, t: number) =>
      coverage.cells.find((c) => c.lifePhaseId === id(p) && c.fieldOfActionId === id(f) && c.territoryId === id(t));
    expect(cell(1, 11, 22)?.offerIds).toEqual([id(101)]);
    expect(cell(2, 11, 21)?.offerIds).toEqual([id(102)]);
    expect(cell(1, 11, 23)?.count).toBe(0);
    expect(cell(1, 12, 21)?.count).toBe(0);
  });

  it("ignores territories that were not passed in and does not roll up to the town", () => {
    expect(coverage.cells.some((c) => c.territoryId === id(99))).toBe(false);
    const socialArea = { id: id(31) }; // a social area of Dülmen: town offers do not count there
    const withArea = computeCoverage({ offers: [elterncafe], lifePhases, fieldsOfAction, territories: [socialArea] });
    expect(findGaps(withArea)).toHaveLength(4);
  });

  it("counts an offer once even if an id is repeated", () => {
    const repeated = { ...elterncafe, territoryIds: [id(21), id(21)] };
    const c = computeCoverage({ offers: [repeated], lifePhases, fieldsOfAction, territories });
    expect(c.cells[0]?.count).toBe(1);
  });

  it("summarises cells, covered cells, gaps and ratio", () => {
    expect(findGaps(coverage)).toHaveLength(9); // covered: (1,11,Dülmen), (1,11,Coesfeld), (2,11,Dülmen)
    expect(coverageSummary(coverage)).toEqual({ cells: 12, covered: 3, gaps: 9, coverageRatio: 0.25 });
    expect(coverageSummary(computeCoverage({ offers: [], lifePhases: [], fieldsOfAction, territories }))).toEqual({
      cells: 0,
      covered: 0,
      gaps: 0,
      coverageRatio: 0,
    });
  });
});

describe("coverage properties", () => {
  const ids = (from: number, max: number) =>
    fc.uniqueArray(fc.integer({ min: from, max: from + 9 }), { maxLength: max }).map((ns) => ns.map(id));
  const world = fc.record({
    lifePhases: ids(0, 4).map((xs) => xs.map((x) => ({ id: x }))),
    fieldsOfAction: ids(10, 4).map((xs) => xs.map((x) => ({ id: x }))),
    territories: ids(20, 4).map((xs) => xs.map((x) => ({ id: x }))),
  });
  const offer = fc.record({
    id: fc.integer({ min: 100, max: 999 }).map(id),
    lifePhaseIds: ids(0, 3),
    fieldOfActionIds: ids(10, 3),
    territoryIds: ids(20, 3),
  });

  it("gaps + covered = phases × fields × territories, and counts match the ids", () => {
    fc.assert(
      fc.property(world, fc.array(offer, { maxLength: 8 }), (w, offers) => {
        const coverage = computeCoverage({ ...w, offers });
        const s = coverageSummary(coverage);
        expect(s.gaps + s.covered).toBe(w.lifePhases.length * w.fieldsOfAction.length * w.territories.length);
        expect(s.cells).toBe(coverage.cells.length);
        expect(s.coverageRatio).toBeGreaterThanOrEqual(0);
        expect(s.coverageRatio).toBeLessThanOrEqual(1);
        for (const c of coverage.cells) expect(c.count).toBe(c.offerIds.length);
      }),
    );
  });

  it("adding an offer never increases the gaps", () => {
    fc.assert(
      fc.property(world, fc.array(offer, { maxLength: 8 }), offer, (w, offers, extra) => {
        const before = findGaps(computeCoverage({ ...w, offers })).length;
        const after = findGaps(computeCoverage({ ...w, offers: [...offers, extra] })).length;
        expect(after).toBeLessThanOrEqual(before);
      }),
    );
  });
});
