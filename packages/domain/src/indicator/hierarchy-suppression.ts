import type { Id } from "../shared/id.js";
import type { Observation, PublicObservation } from "./observation.js";
import { assertThreshold, disclosesSmallGroup } from "./small-cell.js";
import { buildTree, type Node } from "./territory-tree.js";
import { DEFAULT_SUPPRESSION_THRESHOLD } from "./suppression.js";

/**
 * One cell of a table over the territory hierarchy: the counts of one territory for one
 * indicator and period. A `numerator` of `null` means the count is not known (a rate published
 * without counts); such a cell protects nothing and is never chosen to protect another.
 */
export interface HierarchyCell {
  /** The territory the counts belong to. */
  territoryId: Id;
  /** What is counted, e.g. school leavers without a certificate. */
  numerator: number | null;
  /** What it is counted against, e.g. all school leavers. */
  denominator: number | null;
}

/**
 * The parent of a territory in the hierarchy (Land → Kreis → Gemeinde → Sozialraum), or
 * `null`/`undefined` at the top.
 */
export type ParentOf = (territoryId: Id) => Id | null | undefined;

/** Options of {@link suppressionPattern} and {@link suppressHierarchy}. */
export interface HierarchySuppressionOptions {
  /**
   * The numerator is part of the denominator (a share, e.g. in per cent), so that an attacker
   * who knows the denominators from population statistics bounds every hidden count by its
   * denominator. Then the hidden complements (denominator − numerator) are protected as well.
   */
  numeratorWithinDenominator?: boolean;
}

/**
 * Why a cell is hidden: `primary` because its own counts disclose a small group, `secondary`
 * because publishing it would let a hidden cell be recomputed from its parent and siblings.
 * For internal views only: public output says `suppressed: true` and never which of the two.
 */
export type SuppressionReason = "primary" | "secondary";

const GROUND = "";

/**
 * Sekundärsperrung (secondary suppression) over the territory hierarchy for one indicator and
 * period. Returns the territories whose cells must be hidden and why.
 *
 * The attacker model: every published count is known, every hidden or missing count is
 * unknown, and every parent equals the sum of its direct children (assumed even where the
 * children do not cover the parent, which only makes the protection stronger). Counts are
 * non-negative; with `numeratorWithinDenominator` they are also at most their denominators,
 * which the attacker is assumed to know. Each group "parent + its children" is one equation.
 *
 * 1. Primary suppression: cells whose own counts disclose a small group (see `suppressSmallCells`).
 * 2. Then, until nothing changes, one more cell is hidden for the first violation found:
 *    - a group with exactly one unknown cell pins it (parent − Σ published children, or a
 *      parent recomputed as the sum of its children), repeated as far as solved cells reveal
 *      further ones; when the pinned cell is hidden, the smallest published child of that
 *      group is hidden as well (the parent only when no child is left);
 *    - in a group whose parent is known, the hidden children's total is what the attacker
 *      learns, so it must not itself be a small group: their numerators together, and with
 *      `numeratorWithinDenominator` their complements together, must reach the threshold; and
 *      when all of them are small counts at the largest small value (two towns with 2 each),
 *      one more cell is hidden, because an attacker who knows the rule and assumes every hidden
 *      cell is small would otherwise pin each one;
 *    - finally the exact test: a hidden count is pinned when no other integer solution of all
 *      equations and bounds exists. Because each cell appears in at most two equations (as
 *      child and as parent), the equations form a network; a hidden count can change by one
 *      exactly when a cycle of unknown cells through it can absorb the change within the
 *      bounds, which a search in the residual network decides.
 *
 * Deterministic: ties are broken by territory id. Cells without a counted numerator are never
 * chosen to protect others.
 *
 * @example
 * // A county of three towns; Olfen has 2 school leavers without certificate:
 * suppressionPattern(
 *   [{ territoryId: "kreis", numerator: 40, denominator: 1900 }, { territoryId: "olfen", numerator: 2, denominator: 140 },
 *    { territoryId: "senden", numerator: 9, denominator: 230 }, { territoryId: "duelmen", numerator: 29, denominator: 530 }],
 *   (id) => (id === "kreis" ? null : "kreis"),
 *   3,
 * ); // Map { "olfen" => "primary", "senden" => "secondary" }
 */
export function suppressionPattern(
  cells: readonly HierarchyCell[],
  parentOf: ParentOf,
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
  options: HierarchySuppressionOptions = {},
): Map<Id, SuppressionReason> {
  assertThreshold(threshold);
  const bounded = options.numeratorWithinDenominator ?? false;
  const nodes = buildTree(cells, parentOf);
  const hidden = new Map<Id, SuppressionReason>();
  for (const cell of cells) if (disclosesSmallGroup(cell, threshold)) hidden.set(cell.territoryId, "primary");

  const counted = (id: Id): HierarchyCell | undefined => {
    const cell = nodes.get(id)?.cell;
    return cell && cell.numerator !== null ? cell : undefined;
  };
  const isPublished = (id: Id): boolean => counted(id) !== undefined && !hidden.has(id);
  const groups = [...nodes.values()].filter((n) => n.children.length > 0).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const membersOf = (group: Node): Id[] => [group.id, ...group.children];
  const upper = (cell: HierarchyCell): number => (bounded && cell.denominator !== null ? cell.denominator : Infinity);

  /** The published member of a group best hidden next: children before the parent, smallest first. */
  const candidate = (group: Node, key: (cell: HierarchyCell) => number): Id | undefined => {
    const usable = (id: Id) => isPublished(id) && upper(counted(id) as HierarchyCell) > 0;
    const children = group.children.filter(usable);
    const pool = children.length > 0 ? children : usable(group.id) ? [group.id] : [];
    return pool.sort((a, b) => key(counted(a) as HierarchyCell) - key(counted(b) as HierarchyCell) || (a < b ? -1 : 1))[0];
  };
  const byCount = (cell: HierarchyCell): number => cell.numerator ?? 0;
  const byComplement = (cell: HierarchyCell): number => (cell.denominator ?? Infinity) - (cell.numerator ?? 0);
  const hide = (id: Id | undefined): boolean => {
    if (id === undefined || hidden.has(id)) return false;
    hidden.set(id, "secondary");
    return true;
  };

  // Published cells and those the last pass of subtraction solved.
  let known = new Set<Id>();

  /** Solves groups with one unknown, as far as it goes; protects every hidden cell it solves. */
  const protectAgainstSubtraction = (): boolean => {
    known = new Set([...nodes.keys()].filter(isPublished));
    const unknownCount = new Map<Id, number>();
    const queue: Node[] = [];
    for (const group of groups) {
      const count = membersOf(group).filter((id) => !known.has(id)).length;
      unknownCount.set(group.id, count);
      if (count === 1) queue.push(group);
    }
    const solvedIn = new Map<Id, Node>();
    let changed = false;
    const fix = (group: Node, depth: number): boolean => {
      if (hide(candidate(group, byCount))) return true;
      if (depth > nodes.size) return false;
      // Every other member was solved earlier: open up the group that solved one of them.
      for (const member of membersOf(group)) {
        const earlier = solvedIn.get(member);
        if (earlier && earlier !== group && fix(earlier, depth + 1)) return true;
      }
      return false;
    };
    while (queue.length > 0) {
      const group = queue.shift() as Node;
      const solved = membersOf(group).find((id) => !known.has(id));
      if (solved === undefined) continue;
      known.add(solved);
      solvedIn.set(solved, group);
      if (hidden.has(solved) && counted(solved) && fix(group, 0)) changed = true;
      // The solved cell is a member of its own group and of its parent's.
      const node = nodes.get(solved) as Node;
      for (const other of [node.children.length > 0 ? node : undefined, node.parent !== null ? nodes.get(node.parent) : undefined]) {
        if (!other || other === group) continue;
        const count = (unknownCount.get(other.id) ?? 0) - 1;
        unknownCount.set(other.id, count);
        if (count === 1) queue.push(other);
      }
    }
    return changed;
  };

  /** A known (published or solved) parent gives away the hidden children's total: it must not be a small group. */
  const protectHiddenTotals = (): boolean => {
    let changed = false;
    for (const group of groups) {
      if (!known.has(group.id)) continue;
      const hiddenChildren = group.children.map(counted).filter((c): c is HierarchyCell => c !== undefined && hidden.has(c.territoryId));
      if (hiddenChildren.length === 0) continue;
      const total = hiddenChildren.reduce((sum, c) => sum + (c.numerator ?? 0), 0);
      if (total < threshold && hide(candidate(group, byCount))) {
        changed = true;
        continue;
      }
      // Hidden only for being small, all of them at the largest (or smallest) small count: whoever assumes
      // that (true without secondary cells) pins each one ("two towns, 4 in all, so 2 each").
      const allSmall = hiddenChildren.every((c) => hidden.get(c.territoryId) === "primary" && (c.numerator ?? 0) > 0 && (c.numerator ?? 0) < threshold);
      const extreme = total >= hiddenChildren.length * (threshold - 1) || total <= hiddenChildren.length;
      if (allSmall && extreme && hide(candidate(group, byCount))) {
        changed = true;
        continue;
      }
      if (bounded && hiddenChildren.every((c) => c.denominator !== null)) {
        const complement = hiddenChildren.reduce((sum, c) => sum + byComplement(c), 0);
        if (complement < threshold && hide(candidate(group, byComplement))) changed = true;
      }
    }
    return changed;
  };

  /**
   * The exact test. Vertices: the groups (by their parent's id) and GROUND; edges: the unknown
   * cells, from the group they are a child in to the group they are the parent of. A hidden
   * count can grow by one when the unit can flow back from its head to its tail through other
   * unknown cells (forward where they can grow, backward where they can shrink), and shrink by
   * one in the opposite direction; if neither is possible, every solution agrees on it.
   */
  const protectExactly = (): boolean => {
    interface Edge { id: Id; tail: Id; head: Id; up: boolean; down: boolean }
    const edges = new Map<Id, Edge>();
    const incident = new Map<Id, Edge[]>();
    for (const node of nodes.values()) {
      if (isPublished(node.id)) continue;
      const cell = counted(node.id);
      // Missing counts are unknown to us as well: assume they can only grow (conservative).
      const edge: Edge = {
        id: node.id,
        tail: node.parent !== null ? node.parent : GROUND,
        head: node.children.length > 0 ? node.id : GROUND,
        up: cell ? upper(cell) - (cell.numerator ?? 0) > 0 : true,
        down: cell ? (cell.numerator ?? 0) > 0 : false,
      };
      edges.set(node.id, edge);
      for (const vertex of new Set([edge.tail, edge.head])) incident.set(vertex, [...(incident.get(vertex) ?? []), edge]);
    }
    const reaches = (from: Id, to: Id, without: Id): boolean => {
      const seen = new Set([from]);
      const queue = [from];
      while (queue.length > 0) {
        const at = queue.shift() as Id;
        if (at === to) return true;
        for (const e of incident.get(at) ?? []) {
          if (e.id === without) continue;
          const next = e.tail === at && e.up ? e.head : e.head === at && e.down ? e.tail : undefined;
          if (next !== undefined && !seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
      return false;
    };
    let changed = false;
    for (const id of [...hidden.keys()].sort()) {
      const self = edges.get(id);
      if (!self || !counted(id)) continue;
      if ((self.up && reaches(self.head, self.tail, id)) || (self.down && reaches(self.tail, self.head, id))) continue;
      const node = nodes.get(id) as Node;
      const parent = node.parent !== null ? nodes.get(node.parent) : undefined;
      if ((parent && hide(candidate(parent, byCount))) || (node.children.length > 0 && hide(candidate(node, byCount)))) changed = true;
    }
    return changed;
  };

  for (let round = 0; round <= nodes.size; round++) {
    if (protectAgainstSubtraction()) continue;
    if (protectHiddenTotals()) continue;
    if (!protectExactly()) break;
  }
  return hidden;
}

/**
 * Kleinzahlsperre with secondary suppression for a public table: the observations of one
 * indicator (any periods and territories), each period's cells protected over the territory
 * hierarchy by {@link suppressionPattern}. A hidden observation shows neither count nor
 * denominator nor rate and says `suppressed: true`, so that "gesperrt" is never mistaken for
 * "no data"; the others keep their counts and say `suppressed: false`.
 *
 * Compute it over every observation of the indicator that is published anywhere, then filter:
 * a pattern computed over a subset (one page, some towns) can be undone by combining answers.
 * When a period was reported more than once for a territory, the latest as-of date decides, and
 * all its revisions share that decision. Throws a `RangeError` unless the threshold is a
 * positive integer.
 *
 * @example
 * suppressHierarchy(observationsOfB6, (id) => parentIds.get(id) ?? null, 3, { numeratorWithinDenominator: true })
 *   .filter((o) => o.suppressed).length; // at least 2 in every period with a small count
 */
export function suppressHierarchy<T extends Observation>(
  observations: readonly T[],
  parentOf: ParentOf,
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
  options: HierarchySuppressionOptions = {},
): (Omit<T, "numerator" | "denominator" | "value"> & PublicObservation)[] {
  assertThreshold(threshold);
  const tables = new Map<string, Map<Id, T>>();
  for (const observation of observations) {
    const key = `${observation.indicatorId}|${observation.period}`;
    const table = tables.get(key) ?? new Map<Id, T>();
    tables.set(key, table);
    const known = table.get(observation.territoryId);
    if (known === undefined || observation.asOf >= known.asOf) table.set(observation.territoryId, observation);
  }
  const hiddenIn = new Map<string, Map<Id, SuppressionReason>>();
  for (const [key, table] of tables) hiddenIn.set(key, suppressionPattern([...table.values()], parentOf, threshold, options));
  return observations.map((observation) => {
    const pattern = hiddenIn.get(`${observation.indicatorId}|${observation.period}`);
    if (pattern?.has(observation.territoryId) || disclosesSmallGroup(observation, threshold)) {
      return { ...observation, numerator: null, denominator: null, value: null, suppressed: true };
    }
    return { ...observation, suppressed: false };
  });
}
