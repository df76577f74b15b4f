import type { LeitbildStatement } from "@praeventionskette/domain";

/** How a piece of text or a statement differs between the earlier and the later version. */
export type ChangeKind = "unchanged" | "changed" | "added" | "removed";

/** A run of words that both versions share, or that only one of them has. */
export interface TextPart {
  kind: "same" | "added" | "removed";
  text: string;
}

/** One row of the side-by-side comparison: a statement of either version, or both. */
export interface StatementRow {
  kind: ChangeKind;
  before: LeitbildStatement | null;
  after: LeitbildStatement | null;
}

/** Words with the spaces after them, so that joined parts give the text back exactly. */
function tokens(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

/**
 * The word-level differences of two texts (longest common subsequence of words), as runs to
 * show with <del> and <ins>.
 *
 * @example
 * diffWords("Wir schaffen Zugänge", "Wir öffnen Zugänge");
 * // [{ kind: "same", text: "Wir " }, { kind: "removed", text: "schaffen " }, { kind: "added", text: "öffnen " }, { kind: "same", text: "Zugänge" }]
 */
export function diffWords(before: string, after: string): TextPart[] {
  const a = tokens(before);
  const b = tokens(after);
  // Trailing spaces should not make an otherwise equal word differ.
  const same = (x: string | undefined, y: string | undefined) => x !== undefined && y !== undefined && x.trimEnd() === y.trimEnd();
  const lengths: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] = same(a[i], b[j]) ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const parts: TextPart[] = [];
  const push = (kind: TextPart["kind"], text: string) => {
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && same(a[i], b[j])) {
      push("same", b[j]!);
      i++;
      j++;
    } else if (i < a.length && (j >= b.length || lengths[i + 1]![j]! >= lengths[i]![j + 1]!)) {
      push("removed", a[i]!);
      i++;
    } else {
      push("added", b[j]!);
      j++;
    }
  }
  return parts;
}

const normalised = (text: string) => text.trim().toLocaleLowerCase("de");

/**
 * Pairs the statements of two versions: by their title first, then a renamed statement by its
 * unchanged text. Rows follow the later version's order; a removed statement stands where it
 * stood in the earlier version.
 *
 * @example
 * compareStatements([{ title: "Vielfalt fördern", text: "A" }], [{ title: "Vielfalt fördern", text: "B" }, { title: "Beteiligung leben", text: "C" }]);
 * // [{ kind: "changed", … }, { kind: "added", … }]
 */
export function compareStatements(before: readonly LeitbildStatement[], after: readonly LeitbildStatement[]): StatementRow[] {
  const partnerOf = new Map<number, number>();
  const taken = new Set<number>();
  const pair = (matches: (a: LeitbildStatement, b: LeitbildStatement) => boolean) => {
    after.forEach((statement, j) => {
      if (partnerOf.has(j)) return;
      const i = before.findIndex((candidate, index) => !taken.has(index) && matches(candidate, statement));
      if (i < 0) return;
      partnerOf.set(j, i);
      taken.add(i);
    });
  };
  pair((a, b) => normalised(a.title) === normalised(b.title));
  pair((a, b) => normalised(a.text) !== "" && normalised(a.text) === normalised(b.text));

  const removed = before.map((statement, i) => ({ statement, i })).filter(({ i }) => !taken.has(i));
  const rows: StatementRow[] = [];
  const flushRemovedBefore = (limit: number) => {
    while (removed.length > 0 && removed[0]!.i < limit) rows.push({ kind: "removed", before: removed.shift()!.statement, after: null });
  };
  after.forEach((statement, j) => {
    const i = partnerOf.get(j);
    if (i === undefined) {
      rows.push({ kind: "added", before: null, after: statement });
      return;
    }
    flushRemovedBefore(i);
    const earlier = before[i]!;
    const unchanged = earlier.title.trim() === statement.title.trim() && earlier.text.trim() === statement.text.trim();
    rows.push({ kind: unchanged ? "unchanged" : "changed", before: earlier, after: statement });
  });
  flushRemovedBefore(Number.POSITIVE_INFINITY);
  return rows;
}

/** How many statements changed in which way, for the summary above the comparison. */
export function countChanges(rows: readonly StatementRow[]): Record<ChangeKind, number> {
  const counts: Record<ChangeKind, number> = { unchanged: 0, changed: 0, added: 0, removed: 0 };
  for (const row of rows) counts[row.kind] += 1;
  return counts;
}
