import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDisclosures } from "./disclosure-audit.js";
import { type HierarchyCell, suppressHierarchy, suppressionPattern } from "./hierarchy-suppression.js";
import type { Observation } from "./observation.js";

const parents: Record<string, string | null> = {
  nrw: null,
  kreis: "nrw",
  olfen: "kreis",
  senden: "kreis",
  duelmen: "kreis",
  vinnum: "olfen",
  olfenMitte: "olfen",
};
const parentOf = (id: string) => parents[id] ?? null;
const cell = (territoryId: string, numerator: number | null, denominator: number | null = 1000): HierarchyCell => ({ territoryId, numerator, denominator });

/** What the public sees of a pattern. */
function published(cells: HierarchyCell[], hidden: Map<string, unknown>) {
  return cells.map((c) => ({ territoryId: c.territoryId, numerator: hidden.has(c.territoryId) ? null : c.numerator, suppressed: hidden.has(c.territoryId) }));
}

describe("suppressionPattern", () => {
  it("hides the smallest published sibling next to a single small town", () => {
    const cells = [cell("kreis", 40, 1900), cell("olfen", 2, 140), cell("senden", 9, 230), cell("duelmen", 29, 1530)];
    const pattern = suppressionPattern(cells, parentOf, 3);
    expect(pattern).toEqual(new Map([["olfen", "primary"], ["senden", "secondary"]]));
    expect(findDisclosures(published(cells, pattern), parentOf, 3)).toEqual([]);
  });

  it("the attack it prevents: county minus the published towns pins the hidden town", () => {
    const cells = [cell("kreis", 40), cell("olfen", 2), cell("senden", 9), cell("duelmen", 29)];
    const primaryOnly = new Map([["olfen", "primary"]]);
    expect(findDisclosures(published(cells, primaryOnly), parentOf, 3)).toEqual([{ territoryId: "olfen", kind: "exact", lower: 2, upper: 2 }]);
  });

  it("adds a third cell when the two hidden ones together are still a small group", () => {
    const cells = [cell("kreis", 32), cell("olfen", 1), cell("senden", 1), cell("duelmen", 30)];
    const pattern = suppressionPattern(cells, parentOf, 3);
    expect([...pattern.keys()].sort()).toEqual(["duelmen", "olfen", "senden"]);
    expect(findDisclosures(published(cells, pattern), parentOf, 3)).toEqual([]);
  });

  it("protects the complement of shares: 48 and 49 of 49 hidden together still give 1 missing child", () => {
    const cells = [cell("kreis", 197, 200), cell("olfen", 48, 49), cell("senden", 49, 49), cell("duelmen", 100, 102)];
    const pattern = suppressionPattern(cells, parentOf, 3, { numeratorWithinDenominator: true });
    const denominators = new Map(cells.map((c) => [c.territoryId, c.denominator as number]));
    expect(findDisclosures(published(cells, pattern), parentOf, 3, { denominators })).toEqual([]);
    expect(pattern.get("olfen")).toBe("primary");
  });

  it("does not let a hidden town be recomputed as the sum of its published social areas", () => {
    const cells = [cell("kreis", 40), cell("olfen", 2), cell("senden", 9), cell("duelmen", 29), cell("vinnum", 0), cell("olfenMitte", 2)];
    const pattern = suppressionPattern(cells, parentOf, 3);
    expect(pattern.get("olfen")).toBe("primary");
    expect(pattern.get("olfenMitte")).toBe("primary");
    expect(pattern.has("vinnum")).toBe(true);
    expect(findDisclosures(published(cells, pattern), parentOf, 3)).toEqual([]);
  });

  it("defeats the attacker who assumes every hidden town is small (two towns, 4 in all, so 2 each)", () => {
    const cells = [cell("kreis", 40), cell("olfen", 2), cell("senden", 2), cell("duelmen", 36)];
    const primaryOnly = new Map([["olfen", "primary"], ["senden", "primary"]]);
    expect(findDisclosures(published(cells, primaryOnly), parentOf, 3, { suppressedAreSmall: true }).map((d) => [d.territoryId, d.lower])).toEqual([["olfen", 2], ["senden", 2]]);
    const pattern = suppressionPattern(cells, parentOf, 3);
    expect(pattern.size).toBe(3);
    expect(findDisclosures(published(cells, pattern), parentOf, 3, { suppressedAreSmall: true })).toEqual([]);
  });

  it("hides nothing when nothing is small", () => {
    expect(suppressionPattern([cell("kreis", 40), cell("senden", 11), cell("duelmen", 29)], parentOf, 3).size).toBe(0);
  });

  it("rejects an invalid threshold", () => {
    expect(() => suppressionPattern([], parentOf, 0)).toThrow(RangeError);
  });

  // Random tables Land → Kreise → Gemeinden → Sozialräume whose parents are the sums of their children.
  const table = fc
    .array(fc.array(fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 20 })), { minLength: 0, maxLength: 4 }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 3 })
    .map((counties) => {
      const cells: HierarchyCell[] = [];
      const parent = new Map<string, string | null>([["L", null]]);
      let land = { n: 0, d: 0 };
      counties.forEach((towns, i) => {
        const county = { n: 0, d: 0 };
        parent.set(`K${i}`, "L");
        towns.forEach((areas, j) => {
          const town = { n: 0, d: 0 };
          const id = `K${i}G${j}`;
          parent.set(id, `K${i}`);
          const parts = areas.length > 0 ? areas : [[3, 10] as [number, number]];
          parts.forEach(([n, extra], k) => {
            if (areas.length > 0) {
              parent.set(`${id}S${k}`, id);
              cells.push(cell(`${id}S${k}`, n, n + extra));
            }
            town.n += n;
            town.d += n + extra;
          });
          cells.push(cell(id, town.n, town.d));
          county.n += town.n;
          county.d += town.d;
        });
        cells.push(cell(`K${i}`, county.n, county.d));
        land = { n: land.n + county.n, d: land.d + county.d };
      });
      cells.push(cell("L", land.n, land.d));
      return { cells, parentOf: (id: string) => parent.get(id) ?? null };
    });

  it("leaves no hidden count recoverable by differencing, in any random hierarchy", () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 2, max: 5 }), fc.boolean(), ({ cells, parentOf: parentOfRandom }, threshold, bounded) => {
        const pattern = suppressionPattern(cells, parentOfRandom, threshold, { numeratorWithinDenominator: bounded });
        for (const c of cells) {
          const small = (x: number) => x > 0 && x < threshold;
          if (small(c.numerator as number) || (bounded && small((c.denominator as number) - (c.numerator as number)))) {
            expect(pattern.has(c.territoryId)).toBe(true);
          }
        }
        const denominators = bounded ? new Map(cells.map((c) => [c.territoryId, c.denominator as number])) : undefined;
        expect(findDisclosures(published(cells, pattern), parentOfRandom, threshold, { denominators })).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("suppressHierarchy", () => {
  const observation = (territoryId: string, period: string, numerator: number, denominator: number): Observation => ({
    id: `${territoryId}-${period}`,
    indicatorId: "b6",
    territoryId,
    period,
    numerator,
    denominator,
    value: (100 * numerator) / denominator,
    source: "IT.NRW",
    asOf: "2025-06-30",
    isDemo: true,
    note: null,
  });

  it("marks every hidden cell as suppressed without counts or rate, per period", () => {
    const result = suppressHierarchy(
      [
        observation("kreis", "2022/23", 40, 1900),
        observation("olfen", "2022/23", 2, 140),
        observation("senden", "2022/23", 9, 230),
        observation("duelmen", "2022/23", 29, 1530),
        observation("kreis", "2023/24", 44, 1900),
        observation("olfen", "2023/24", 5, 140),
        observation("senden", "2023/24", 9, 230),
        observation("duelmen", "2023/24", 30, 1530),
      ],
      parentOf,
      3,
    );
    const hidden = result.filter((o) => o.suppressed);
    expect(hidden.map((o) => o.id).sort()).toEqual(["olfen-2022/23", "senden-2022/23"]);
    expect(hidden.every((o) => o.numerator === null && o.denominator === null && o.value === null)).toBe(true);
    expect(result.filter((o) => !o.suppressed).every((o) => o.numerator !== null && o.value !== null)).toBe(true);
  });
});
