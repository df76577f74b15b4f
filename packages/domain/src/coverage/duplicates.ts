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
 * @example
 * findLikelyDuplicates(offers, { threshold: 0.6 }).map((g) => g.reason);
 */
export function findLikelyDuplicates(
  offers: readonly DuplicateCandidate[],
  options: DuplicateOptions = {},
): DuplicateGroup[] {
  const threshold = options.threshold ?? 0.5;
  const tokens = offers.map((o) => new Set(titleTokens(o.title)));
  const byTerritory = new Map<Id, number[]>();
  offers.forEach((o, i) => {
    for (const t of new Set(o.territoryIds)) {
      const list = byTerritory.get(t) ?? [];
      list.push(i);
      byTerritory.set(t, list);
    }
  });

  const parent = offers.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    return root;
  };
  const edges: Edge[] = [];
  const checked = new Set<string>();
  for (const indices of byTerritory.values()) {
    for (let x = 0; x < indices.length; x++) {
      for (let y = x + 1; y < indices.length; y++) {
        const a = indices[x]!;
        const b = indices[y]!;
        const key = `${a}|${b}`;
        if (checked.has(key)) continue;
        checked.add(key);
        const oa = offers[a]!;
        const ob = offers[b]!;
        const phases = intersect(oa.lifePhaseIds, ob.lifePhaseIds);
        const fields = intersect(oa.fieldOfActionIds, ob.fieldOfActionIds);
        if (phases.length === 0 || fields.length === 0) continue;
        const similarity = jaccard(tokens[a]!, tokens[b]!);
        if (similarity < threshold) continue;
        edges.push({ a, b, similarity, territories: intersect(oa.territoryIds, ob.territoryIds), phases, fields });
        parent[find(a)] = find(b);
      }
    }
  }

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
  const union = new Set([...a, ...b]).size;
  if (union === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared += 1;
  return shared / union;
}

function intersect(a: readonly Id[], b: readonly Id[]): Id[] {
  const set = new Set(b);
  return unique(a.filter((x) => set.has(x)));
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
