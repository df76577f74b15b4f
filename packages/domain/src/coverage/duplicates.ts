import type { Id } from "../shared/id.js";
import type { Offer } from "../offer/offer.js";

/** The parts of an offer that duplicate detection needs. */
export type DuplicateCandidate = Pick<Offer, "id" | "title" | "lifePhaseIds" | "fieldOfActionIds" | "territoryIds">;

/** Options of {@link findLikelyDuplicates}. */
export interface DuplicateOptions {
  /** Minimum token Jaccard similarity of the normalised titles, 0 to 1; default 0.5. */
  threshold?: number;
}

/** Offers that probably describe the same thing (Doppelstruktur) and should be reviewed together. */
export interface DuplicateGroup {
  /** The offers of the group (at least two), in input order. */
  offerIds: Id[];
  /** Territories shared by at least one similar pair of the group. */
  territoryIds: Id[];
  /** Life phases shared by at least one similar pair of the group. */
  lifePhaseIds: Id[];
  /** Fields of action shared by at least one similar pair of the group. */
  fieldOfActionIds: Id[];
  /** Highest title similarity of a pair in the group. */
  similarity: number;
  /** Why the offers were grouped, in German, for the person reviewing them. */
  reason: string;
}

/** Function words that carry no meaning in offer titles and would inflate similarity. */
const STOP_WORDS = new Set([
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen",
  "und", "oder", "fuer", "mit", "von", "vom", "im", "in", "am", "an", "zum", "zur", "zu", "bei", "auf", "aus",
]);

/**
 * Splits a German title into normalised tokens: lower case, umlauts spelled out (ä → ae,
 * ß → ss), other accents dropped, punctuation removed, function words left out.
 *
 * @example
 * titleTokens("Eltern-Café für Väter"); // ["eltern", "cafe", "vaeter"]
 */
export function titleTokens(title: string): string[] {
  const normalised = title
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  if (normalised === "") return [];
  return [...new Set(normalised.split(" ").filter((t) => !STOP_WORDS.has(t)))];
}

/**
 * Token Jaccard similarity of two titles (shared tokens / all tokens), 0 to 1. Two titles
 * without any meaningful token are not similar.
 *
 * @example
 * titleSimilarity("Elterncafé Dülmen", "Elterncafe in Dülmen"); // 1
 * titleSimilarity("Elterncafé Dülmen", "Eltern-Café Dülmen"); // 0.25: "elterncafe" ≠ "eltern", "cafe"
 */
export function titleSimilarity(a: string, b: string): number {
  return jaccard(new Set(titleTokens(a)), new Set(titleTokens(b)));
}

/**
 * Finds offers that are likely duplicates: pairs that serve a common territory, share a life
 * phase and a field of action, and have similar titles. Similar pairs are joined into groups
 * (if A ~ B and B ~ C, then A, B, C form one group).
 *
 * Only pairs that can reach the threshold are compared: with a threshold above 0 a similar pair
 * shares one of the rarest tokens of both titles (`similarTitles` below), so a county's
 * thousands of offers are not compared with each other pair by pair (millions of pairs, seconds).
 *
 * @example
 * findLikelyDuplicates(offers, { threshold: 0.6 }).map((g) => g.reason);
 */
export function findLikelyDuplicates(
  offers: readonly DuplicateCandidate[],
  options: DuplicateOptions = {},
): DuplicateGroup[] {
  const threshold = options.threshold ?? 0.5;
  const tokens = offers.map((o) => new Set(titleTokens(o.title)));
  // Territories in the order they first appear: pairs are reported territory by territory.
  const territoryRank = new Map<Id, number>();
  for (const o of offers) for (const t of o.territoryIds) if (!territoryRank.has(t)) territoryRank.set(t, territoryRank.size);

  const ranked: { edge: Edge; rank: number }[] = [];
  for (const { a, b, similarity } of similarPairs(offers, tokens, threshold)) {
    const oa = offers[a]!;
    const ob = offers[b]!;
    const territories = intersect(oa.territoryIds, ob.territoryIds);
    if (territories.length === 0) continue;
    const phases = intersect(oa.lifePhaseIds, ob.lifePhaseIds);
    const fields = intersect(oa.fieldOfActionIds, ob.fieldOfActionIds);
    if (phases.length === 0 || fields.length === 0) continue;
    const rank = Math.min(...territories.map((t) => territoryRank.get(t)!));
    ranked.push({ edge: { a, b, similarity, territories, phases, fields }, rank });
  }
  // The order of a comparison territory by territory (first territory shared, then input order),
  // which decides the order of a group's territories, phases and fields.
  const edges = ranked.sort((x, y) => x.rank - y.rank || x.edge.a - y.edge.a || x.edge.b - y.edge.b).map((r) => r.edge);

  const parent = offers.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    return root;
  };
  for (const e of edges) parent[find(e.a)] = find(e.b);

  const groups = new Map<number, { members: Set<number>; edges: Edge[] }>();
  for (const e of edges) {
    const root = find(e.a);
    const g = groups.get(root) ?? { members: new Set<number>(), edges: [] };
    g.members.add(e.a).add(e.b);
    g.edges.push(e);
    groups.set(root, g);
  }
  return [...groups.values()]
    .map(({ members, edges: es }) => {
      const ordered = [...members].sort((x, y) => x - y);
      const similarity = Math.max(...es.map((e) => e.similarity));
      const titles = ordered.map((i) => `„${offers[i]!.title}“`).join(", ");
      return {
        offerIds: ordered.map((i) => offers[i]!.id),
        territoryIds: unique(es.flatMap((e) => e.territories)),
        lifePhaseIds: unique(es.flatMap((e) => e.phases)),
        fieldOfActionIds: unique(es.flatMap((e) => e.fields)),
        similarity,
        reason: `Ähnliche Titel (${Math.round(similarity * 100)} % Übereinstimmung) im selben Gebiet, in derselben Lebensphase und demselben Handlungsfeld: ${titles}.`,
        first: ordered[0]!,
      };
    })
    .sort((x, y) => x.first - y.first)
    .map(({ first: _first, ...group }) => group);
}

/** Two offers (indices, the smaller first) and the similarity of their titles. */
interface SimilarPair {
  a: number;
  b: number;
  similarity: number;
}

/**
 * The pairs of offers (each once) whose titles reach the threshold: with a threshold of 0 or
 * below every pair sharing a territory, else `similarTitles`.
 */
function similarPairs(offers: readonly DuplicateCandidate[], tokens: readonly ReadonlySet<string>[], threshold: number): SimilarPair[] {
  if (threshold > 0) return similarTitles(tokens, threshold);
  const pairs: SimilarPair[] = [];
  const byTerritory = new Map<Id, number[]>();
  const pairedWith = new Int32Array(offers.length).fill(-1);
  offers.forEach((offer, b) => {
    for (const t of offer.territoryIds) {
      const earlier = byTerritory.get(t) ?? [];
      for (const a of earlier) {
        if (a === b || pairedWith[a] === b) continue;
        pairedWith[a] = b;
        pairs.push({ a, b, similarity: jaccard(tokens[a]!, tokens[b]!) });
      }
      if (earlier.at(-1) !== b) byTerritory.set(t, [...earlier, b]);
    }
  });
  return pairs;
}

/** ⌈value⌉, rounded down where floating point put a whole number a hair above itself. */
const atLeast = (value: number): number => Math.ceil(value - 1e-9);

/**
 * The pairs of titles that reach a threshold above 0, found by prefix filtering (PPJoin): every
 * title's tokens are ordered from the rarest to the most common, titles are taken from the
 * shortest. A pair x, y with |y| ≤ |x| and similarity ≥ t shares at least ⌈t/(1+t)·(|x|+|y|)⌉
 * tokens, so its rarest shared token lies among the first |x| − ⌈t·|x|⌉ + 1 tokens of x and the
 * first |y| − ⌈2t/(1+t)·|y|⌉ + 1 of y: only titles sharing such a token are paired. In a county
 * where hundreds of offers are called „… in Coesfeld“, most never meet.
 */
function similarTitles(tokens: readonly ReadonlySet<string>[], threshold: number): SimilarPair[] {
  const frequency = new Map<string, number>();
  for (const set of tokens) for (const t of set) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  const rarestFirst = tokens.map((set) => [...set].sort((x, y) => frequency.get(x)! - frequency.get(y)! || (x < y ? -1 : x > y ? 1 : 0)));
  const shortestFirst = rarestFirst.map((_, i) => i).sort((x, y) => rarestFirst[x]!.length - rarestFirst[y]!.length || x - y);
  const indexed = new Map<string, number[]>();
  const pairedWith = new Int32Array(tokens.length).fill(-1);
  const pairs: SimilarPair[] = [];
  for (const x of shortestFirst) {
    const own = rarestFirst[x]!;
    const n = own.length;
    const probe = Math.min(n, n - atLeast(threshold * n) + 1);
    for (let i = 0; i < probe; i++) {
      for (const y of indexed.get(own[i]!) ?? []) {
        if (pairedWith[y] === x) continue;
        pairedWith[y] = x;
        const similarity = jaccard(tokens[x]!, tokens[y]!);
        if (similarity >= threshold) pairs.push(y < x ? { a: y, b: x, similarity } : { a: x, b: y, similarity });
      }
    }
    const kept = Math.min(n, n - atLeast(((2 * threshold) / (1 + threshold)) * n) + 1);
    for (let i = 0; i < kept; i++) {
      const list = indexed.get(own[i]!);
      if (list) list.push(x);
      else indexed.set(own[i]!, [x]);
    }
  }
  return pairs;
}

/** A similar pair of offers (indices into the input) and what they share. */
interface Edge {
  a: number;
  b: number;
  similarity: number;
  territories: Id[];
  phases: Id[];
  fields: Id[];
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

function intersect(a: readonly Id[], b: readonly Id[]): Id[] {
  const set = new Set(b);
  return unique(a.filter((x) => set.has(x)));
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
