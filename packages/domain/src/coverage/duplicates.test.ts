import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findLikelyDuplicates, titleSimilarity, titleTokens, type DuplicateCandidate } from "./duplicates.js";

const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const duelmen = id(21);
const coesfeld = id(22);
const fruehe = id(1);
const jugend = id(11);

function offer(n: number, title: string, more: Partial<DuplicateCandidate> = {}): DuplicateCandidate {
  return { id: id(100 + n), title, lifePhaseIds: [fruehe], fieldOfActionIds: [jugend], territoryIds: [duelmen], ...more };
}

describe("titleTokens / titleSimilarity", () => {
  it("normalises German titles", () => {
    expect(titleTokens("Eltern-Café für Väter")).toEqual(["eltern", "cafe", "vaeter"]);
    expect(titleTokens("Straßenfußball: Spaß!")).toEqual(["strassenfussball", "spass"]);
    expect(titleTokens("  ")).toEqual([]);
  });

  it("measures token Jaccard similarity", () => {
    expect(titleSimilarity("Elterncafé Dülmen", "Elterncafe in Dülmen")).toBe(1);
    expect(titleSimilarity("Elterncafé Dülmen", "Eltern-Café Dülmen")).toBe(0.25);
    expect(titleSimilarity("Babylotsin", "Schulsozialarbeit")).toBe(0);
    expect(titleSimilarity("und", "der")).toBe(0);
  });

  it("is symmetric, between 0 and 1, and 1 for a title with itself", () => {
    const word = fc.constantFrom("Eltern", "Café", "Familien", "Zentrum", "Dülmen", "Sprach", "Förderung", "für", "Kita");
    const title = fc.array(word, { minLength: 1, maxLength: 5 }).map((ws) => ws.join(" "));
    fc.assert(
      fc.property(title, title, (a, b) => {
        const s = titleSimilarity(a, b);
        expect(s).toBe(titleSimilarity(b, a));
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        if (titleTokens(a).length > 0) expect(titleSimilarity(a, a)).toBe(1);
      }),
    );
  });
});

describe("findLikelyDuplicates", () => {
  it("groups similar offers in the same territory, phase and field, with a reason", () => {
    const groups = findLikelyDuplicates([
      offer(1, "Elterncafé im Familienzentrum"),
      offer(2, "Elterncafé Familienzentrum Dülmen"),
      offer(3, "Babylotsin"),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({
      offerIds: [id(101), id(102)],
      territoryIds: [duelmen],
      lifePhaseIds: [fruehe],
      fieldOfActionIds: [jugend],
    });
    expect(groups[0]?.similarity).toBeCloseTo(2 / 3);
    expect(groups[0]?.reason).toBe(
      "Ähnliche Titel (67 % Übereinstimmung) im selben Gebiet, in derselben Lebensphase und demselben Handlungsfeld: „Elterncafé im Familienzentrum“, „Elterncafé Familienzentrum Dülmen“.",
    );
  });

  it("does not group across territories, phases or fields", () => {
    const a = offer(1, "Elterncafé");
    expect(findLikelyDuplicates([a, offer(2, "Elterncafé", { territoryIds: [coesfeld] })])).toEqual([]);
    expect(findLikelyDuplicates([a, offer(2, "Elterncafé", { lifePhaseIds: [id(2)] })])).toEqual([]);
    expect(findLikelyDuplicates([a, offer(2, "Elterncafé", { fieldOfActionIds: [id(12)] })])).toEqual([]);
  });

  it("joins chains of similar pairs into one group", () => {
    const groups = findLikelyDuplicates([
      offer(1, "Sprachförderung Kita"),
      offer(2, "Sprachförderung Kita Dülmen"),
      offer(3, "Kita Dülmen"),
    ]);
    expect(groups.map((g) => g.offerIds)).toEqual([[id(101), id(102), id(103)]]);
  });

  it("uses a configurable threshold", () => {
    const pair = [offer(1, "Elterncafé Dülmen Mitte"), offer(2, "Elterncafé Dülmen Nord")]; // 2/4
    expect(findLikelyDuplicates(pair)).toHaveLength(1);
    expect(findLikelyDuplicates(pair, { threshold: 0.6 })).toEqual([]);
  });

  it("every group has ≥ 2 distinct offers, no offer is in two groups, and identical titles always match", () => {
    const title = fc.constantFrom("Elterncafé", "Elterncafé Dülmen", "Babylotsin", "Sprachförderung", "Familienzentrum Dülmen");
    const candidate = fc.record({
      title,
      lifePhaseIds: fc.subarray([id(1), id(2)], { minLength: 1 }),
      fieldOfActionIds: fc.subarray([id(11), id(12)], { minLength: 1 }),
      territoryIds: fc.subarray([duelmen, coesfeld], { minLength: 1 }),
    });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 10 }), (cs) => {
        const offers = cs.map((c, i) => ({ ...c, id: id(100 + i) }));
        const groups = findLikelyDuplicates(offers);
        const seen = new Set<string>();
        for (const g of groups) {
          expect(g.offerIds.length).toBeGreaterThanOrEqual(2);
          expect(g.similarity).toBeGreaterThanOrEqual(0.5);
          for (const o of g.offerIds) {
            expect(seen.has(o)).toBe(false);
            seen.add(o);
          }
        }
        const inGroup = (o: string) => groups.find((g) => g.offerIds.includes(o));
        for (const a of offers) {
          for (const b of offers) {
            const shares = (x: string[], y: string[]) => x.some((v) => y.includes(v));
            if (
              a.id < b.id &&
              a.title === b.title &&
              shares(a.territoryIds, b.territoryIds) &&
              shares(a.lifePhaseIds, b.lifePhaseIds) &&
              shares(a.fieldOfActionIds, b.fieldOfActionIds)
            ) {
              expect(inGroup(a.id)).toBeDefined();
              expect(inGroup(a.id)).toBe(inGroup(b.id));
            }
          }
        }
      }),
    );
  });
});

/**
 * The comparison every pair of offers sharing a territory with every other, as duplicate
 * detection first worked: the faster search must find exactly the same groups, in the same order.
 */
function everyPairSharingATerritory(offers: readonly DuplicateCandidate[], threshold: number) {
  const tokens = offers.map((o) => new Set(titleTokens(o.title)));
  const byTerritory = new Map<string, number[]>();
  offers.forEach((o, i) => {
    for (const t of new Set(o.territoryIds)) byTerritory.set(t, [...(byTerritory.get(t) ?? []), i]);
  });
  const shared = (x: readonly string[], y: readonly string[]) => [...new Set(x.filter((v) => y.includes(v)))];
  const parent = offers.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : find(parent[i]!));
  const edges: { a: number; b: number; similarity: number; territories: string[]; phases: string[]; fields: string[] }[] = [];
  const checked = new Set<string>();
  for (const indices of byTerritory.values()) {
    for (let x = 0; x < indices.length; x++) {
      for (let y = x + 1; y < indices.length; y++) {
        const [a, b] = [indices[x]!, indices[y]!];
        if (checked.has(`${a}|${b}`)) continue;
        checked.add(`${a}|${b}`);
        const [oa, ob] = [offers[a]!, offers[b]!];
        const phases = shared(oa.lifePhaseIds, ob.lifePhaseIds);
        const fields = shared(oa.fieldOfActionIds, ob.fieldOfActionIds);
        const union = new Set([...tokens[a]!, ...tokens[b]!]).size;
        const similarity = union === 0 ? 0 : [...tokens[a]!].filter((t) => tokens[b]!.has(t)).length / union;
        if (phases.length === 0 || fields.length === 0 || similarity < threshold) continue;
        edges.push({ a, b, similarity, territories: shared(oa.territoryIds, ob.territoryIds), phases, fields });
        parent[find(a)] = find(b);
      }
    }
  }
  const groups = new Map<number, { members: Set<number>; edges: typeof edges }>();
  for (const e of edges) {
    const g = groups.get(find(e.a)) ?? { members: new Set<number>(), edges: [] };
    g.members.add(e.a).add(e.b);
    g.edges.push(e);
    groups.set(find(e.a), g);
  }
  return [...groups.values()]
    .map(({ members, edges: es }) => ({ ordered: [...members].sort((x, y) => x - y), es }))
    .sort((x, y) => x.ordered[0]! - y.ordered[0]!)
    .map(({ ordered, es }) => ({
      offerIds: ordered.map((i) => offers[i]!.id),
      territoryIds: [...new Set(es.flatMap((e) => e.territories))],
      lifePhaseIds: [...new Set(es.flatMap((e) => e.phases))],
      fieldOfActionIds: [...new Set(es.flatMap((e) => e.fields))],
      similarity: Math.max(...es.map((e) => e.similarity)),
    }));
}

describe("findLikelyDuplicates compares only pairs that can match", () => {
  const word = fc.constantFrom("Eltern", "Café", "Familien", "Zentrum", "Dülmen", "Sprach", "Förderung", "für", "Kita", "Nord", "Babylotsin", "und");
  const candidate = fc.record({
    title: fc.array(word, { minLength: 0, maxLength: 5 }).map((ws) => ws.join(" ")),
    lifePhaseIds: fc.subarray([id(1), id(2), id(3)], { minLength: 1 }),
    fieldOfActionIds: fc.subarray([id(11), id(12)], { minLength: 1 }),
    // Repeated ids too: offers from the store may list a territory twice.
    territoryIds: fc.array(fc.constantFrom(duelmen, coesfeld, id(23), id(24)), { minLength: 1, maxLength: 4 }),
  });
  const threshold = fc.constantFrom(0, 0.2, 1 / 3, 0.5, 0.6, 2 / 3, 0.75, 0.8, 1);

  it("finds the same groups, in the same order, as comparing every pair sharing a territory", () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 25 }), threshold, (cs, t) => {
        const offers = cs.map((c, i) => ({ ...c, id: id(100 + i) }));
        const groups = findLikelyDuplicates(offers, { threshold: t }).map(({ reason: _reason, ...group }) => group);
        expect(groups).toEqual(everyPairSharingATerritory(offers, t));
      }),
      { numRuns: 500 },
    );
  });
});
