import type { Id } from "../shared/id.js";
import type { ParentOf } from "./hierarchy-suppression.js";
import { assertThreshold } from "./small-cell.js";
import { buildTree } from "./territory-tree.js";

/** One cell of a published table as anybody can read it: a count, or suppressed. */
export interface PublishedCell {
  /** The territory of the cell. */
  territoryId: Id;
  /** The published count; `null` when suppressed or not published as a count. */
  numerator: number | null;
  /** Whether the cell is shown as "gesperrt". */
  suppressed: boolean;
}

/** What an attacker knows besides the table (worst case: the denominators of hidden cells). */
export interface DisclosureAuditOptions {
  /**
   * Denominators the attacker knows, e.g. population from official statistics; with them a
   * hidden count of a share (numerator within denominator) is bounded above.
   */
  denominators?: ReadonlyMap<Id, number>;
  /**
   * The attacker assumes every suppressed count is a small one, `1 … threshold − 1`: true of a
   * table with primary suppression only, which is how the demo's hidden B6 towns were pinned
   * ("two hidden towns, 4 school leavers, so 2 each"). With secondary suppression the assumption
   * may be false; a disclosure found under it is real only where it matches the true count.
   */
  suppressedAreSmall?: boolean;
}

/**
 * A suppressed count an attacker can recover: `exact` when every solution of the table's
 * equations and bounds gives the same count, `smallTotal` when the hidden cells of one group
 * add up (or their complements add up) to less than the threshold, so each is known to be small.
 */
export interface Disclosure {
  /** The suppressed cell that is disclosed. */
  territoryId: Id;
  /** How it is disclosed. */
  kind: "exact" | "smallTotal";
  /** The smallest and largest count the attacker finds possible. */
  lower: number;
  /** See `lower`; `Infinity` when unbounded. */
  upper: number;
}

const PRIME = 1_000_003;

function inverse(a: number): number {
  // Fermat: a^(p−2) mod p; products stay below 2^53 because p < 2^20.
  let result = 1;
  let base = ((a % PRIME) + PRIME) % PRIME;
  for (let e = PRIME - 2; e > 0; e = Math.floor(e / 2)) {
    if (e % 2 === 1) result = (result * base) % PRIME;
    base = (base * base) % PRIME;
  }
  return result;
}

/**
 * The unknowns whose value the equations alone fix: `x` is fixed exactly when the unit vector
 * of `x` lies in the row space, i.e. in reduced row echelon form its column is a pivot whose
 * row has no other entry. The matrix has a +1 and a −1 per column at most (a network matrix),
 * so it is totally unimodular and its rank modulo a prime equals its rank over the rationals.
 */
function linearlyFixed(rows: number[][], columns: number): Set<number> {
  const m = rows.map((row) => row.map((v) => ((v % PRIME) + PRIME) % PRIME));
  const pivotRowOf = new Map<number, number>();
  let r = 0;
  for (let c = 0; c < columns && r < m.length; c++) {
    const p = m.findIndex((row, i) => i >= r && row[c] !== 0);
    if (p < 0) continue;
    [m[r], m[p]] = [m[p] as number[], m[r] as number[]];
    const pivot = m[r] as number[];
    const inv = inverse(pivot[c] as number);
    for (let k = 0; k < columns; k++) pivot[k] = ((pivot[k] as number) * inv) % PRIME;
    for (let i = 0; i < m.length; i++) {
      const row = m[i] as number[];
      const factor = row[c] as number;
      if (i === r || factor === 0) continue;
      for (let k = 0; k < columns; k++) row[k] = (((row[k] as number) - factor * (pivot[k] as number)) % PRIME + PRIME) % PRIME;
    }
    pivotRowOf.set(c, r);
    r++;
  }
  const fixed = new Set<number>();
  for (const [c, row] of pivotRowOf) {
    if ((m[row] as number[]).every((v, k) => k === c || v === 0)) fixed.add(c);
  }
  return fixed;
}

/**
 * Differenzbildungsangriff (differencing attack) on a published table of one indicator and
 * period, for tests and audits of every public output. The attacker knows the published
 * counts, that every parent is the sum of its direct children in the territory hierarchy,
 * that counts are whole and non-negative, and optionally the denominators of hidden cells (a
 * hidden share is then at most its denominator). It finds a hidden count
 * - fixed by the equations alone (exact linear algebra over the whole table), or
 * - fixed by equations and bounds together (interval propagation to a fixed point), or
 * - bounded by a small total: in a group whose parent is known, the hidden children add up to
 *   less than the threshold (or, with denominators, their complements do).
 *
 * Returns one disclosure per cell and kind; empty when the table is safe against these attacks.
 * Independent of the suppression algorithm, so that it can check it.
 *
 * @example
 * findDisclosures(
 *   [{ territoryId: "kreis", numerator: 40, suppressed: false }, { territoryId: "olfen", numerator: null, suppressed: true },
 *    { territoryId: "senden", numerator: 9, suppressed: false }, { territoryId: "duelmen", numerator: 29, suppressed: false }],
 *   (id) => (id === "kreis" ? null : "kreis"),
 *   3,
 * ); // [{ territoryId: "olfen", kind: "exact", lower: 2, upper: 2 }]
 */
export function findDisclosures(
  cells: readonly PublishedCell[],
  parentOf: ParentOf,
  threshold: number,
  options: DisclosureAuditOptions = {},
): Disclosure[] {
  assertThreshold(threshold);
  const nodes = buildTree(
    cells.map((c) => ({ territoryId: c.territoryId, numerator: c.suppressed ? null : c.numerator, denominator: null })),
    parentOf,
  );
  const suppressed = new Set(cells.filter((c) => c.suppressed).map((c) => c.territoryId));
  const value = new Map<Id, number>();
  for (const c of cells) if (!c.suppressed && c.numerator !== null) value.set(c.territoryId, c.numerator);
  const unknowns = [...nodes.keys()].filter((id) => !value.has(id)).sort();
  const column = new Map(unknowns.map((id, i) => [id, i]));

  // Each group: Σ a·x over its unknowns = c, with a = +1 for the parent and −1 for children.
  const equations: { terms: { id: Id; a: number }[]; c: number }[] = [];
  for (const node of nodes.values()) {
    if (node.children.length === 0) continue;
    const terms: { id: Id; a: number }[] = [];
    let c = 0;
    for (const [id, a] of [[node.id, 1], ...node.children.map((child) => [child, -1] as const)] as [Id, number][]) {
      const known = value.get(id);
      if (known === undefined) terms.push({ id, a });
      else c -= a * known;
    }
    if (terms.length > 0) equations.push({ terms, c });
  }

  const small = options.suppressedAreSmall ?? false;
  const lower = new Map<Id, number>(unknowns.map((id) => [id, small && suppressed.has(id) ? 1 : 0]));
  const upper = new Map<Id, number>(
    unknowns.map((id) => [id, suppressed.has(id) ? Math.min(options.denominators?.get(id) ?? Infinity, small ? threshold - 1 : Infinity) : Infinity]),
  );
  const fixed = linearlyFixed(
    equations.map((e) => {
      const row = new Array<number>(unknowns.length).fill(0);
      for (const t of e.terms) row[column.get(t.id) as number] = t.a;
      return row;
    }),
    unknowns.length,
  );

  const limit = 100 * (equations.length + 1);
  for (let pass = 0, changed = true; changed && pass < limit; pass++) {
    changed = false;
    for (const { terms, c } of equations) {
      for (const target of terms) {
        let min = 0;
        let max = 0;
        for (const t of terms) {
          if (t === target) continue;
          const lo = lower.get(t.id) as number;
          const hi = upper.get(t.id) as number;
          min += t.a > 0 ? lo : -hi;
          max += t.a > 0 ? hi : -lo;
        }
        const [from, to] = target.a > 0 ? [c - max, c - min] : [min - c, max - c];
        const lo = Math.max(lower.get(target.id) as number, Math.ceil(from));
        const hi = Math.min(upper.get(target.id) as number, Math.floor(to));
        if (lo !== lower.get(target.id) || hi !== upper.get(target.id)) {
          lower.set(target.id, lo);
          upper.set(target.id, hi);
          changed = true;
        }
      }
    }
  }

  const disclosures: Disclosure[] = [];
  const bounds = (id: Id) => ({ lower: lower.get(id) as number, upper: upper.get(id) as number });
  for (const id of unknowns) {
    if (!suppressed.has(id)) continue;
    const { lower: lo, upper: hi } = bounds(id);
    if ((!small && fixed.has(column.get(id) as number)) || lo === hi) disclosures.push({ territoryId: id, kind: "exact", lower: lo, upper: hi });
  }
  const exact = (id: Id): number | undefined => value.get(id) ?? (lower.get(id) === upper.get(id) ? lower.get(id) : undefined);
  for (const node of nodes.values()) {
    const parentValue = exact(node.id);
    if (node.children.length === 0 || parentValue === undefined) continue;
    const open = node.children.filter((id) => exact(id) === undefined);
    const hiddenOpen = open.filter((id) => suppressed.has(id));
    if (hiddenOpen.length === 0) continue;
    const total = parentValue - node.children.reduce((sum, id) => sum + (exact(id) ?? 0), 0);
    const denominators = open.map((id) => options.denominators?.get(id));
    const complement =
      hiddenOpen.length === open.length && denominators.every((d) => d !== undefined)
        ? denominators.reduce((sum: number, d) => sum + (d ?? 0), 0) - total
        : Infinity;
    if (!small && (total < threshold || (options.denominators !== undefined && complement < threshold))) {
      for (const id of hiddenOpen) disclosures.push({ territoryId: id, kind: "smallTotal", ...bounds(id) });
    }
  }
  return disclosures;
}
