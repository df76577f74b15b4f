/**
 * PostgreSQL text-search queries as the offer index evaluates them: the tsquery PostgreSQL
 * printed (`to_tsquery('german', …)::text`) parsed back into a tree, and `ts_rank` recomputed
 * the way PostgreSQL computes it, so that the index matches and orders exactly like SQL.
 */

/** One lexeme of a query: `'hebamm':*` is a prefix, `'hebamm'` the exact lexeme. */
export interface QueryOperand {
  kind: "operand";
  lexeme: string;
  prefix: boolean;
}

/** A parsed query: lexemes combined by AND and OR (the only operators the offer search writes). */
export type QueryNode = QueryOperand | { kind: "and" | "or"; children: QueryNode[] };

/**
 * Parses PostgreSQL's printed tsquery; null for an empty query (stop words only), undefined for
 * anything the index does not evaluate (NOT, phrases, weight restrictions): SQL answers those.
 *
 * @example
 * parseTsquery("( 'hebamm':* | 'famili' ) & 'berat':*"); // and(or(hebamm*, famili), berat*)
 */
export function parseTsquery(text: string): QueryNode | null | undefined {
  const tokens = tokenize(text);
  if (tokens === undefined) return undefined;
  if (tokens.length === 0) return null;
  let at = 0;
  const primary = (): QueryNode | undefined => {
    const token = tokens[at++];
    if (token === "(") {
      const inner = or();
      return tokens[at++] === ")" ? inner : undefined;
    }
    return typeof token === "object" ? token : undefined;
  };
  const chain = (kind: "and" | "or", operator: string, next: () => QueryNode | undefined) => (): QueryNode | undefined => {
    const first = next();
    if (!first) return undefined;
    const children = [first];
    while (tokens[at] === operator) {
      at += 1;
      const child = next();
      if (!child) return undefined;
      children.push(child);
    }
    return children.length === 1 ? first : { kind, children };
  };
  const and = chain("and", "&", primary);
  const or = chain("or", "|", and);
  const tree = or();
  return tree && at === tokens.length ? tree : undefined;
}

type Token = "(" | ")" | "&" | "|" | QueryOperand;

function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (char === " ") {
      i += 1;
    } else if (char === "(" || char === ")" || char === "&" || char === "|") {
      tokens.push(char);
      i += 1;
    } else if (char === "'") {
      let lexeme = "";
      i += 1;
      for (;;) {
        if (i >= text.length) return undefined;
        const c = text[i] as string;
        // PostgreSQL doubles quotes and backslashes inside a printed lexeme.
        if ((c === "'" || c === "\\") && text[i + 1] === c) {
          lexeme += c;
          i += 2;
        } else if (c === "'") {
          i += 1;
          break;
        } else {
          lexeme += c;
          i += 1;
        }
      }
      let prefix = false;
      if (text.startsWith(":*", i)) {
        prefix = true;
        i += 2;
      }
      // A weight restriction (`:A`) or any other suffix: not what the offer search writes.
      if (i < text.length && text[i] !== " " && text[i] !== ")") return undefined;
      tokens.push({ kind: "operand", lexeme, prefix });
    } else {
      return undefined;
    }
  }
  return tokens;
}

/** Every operand of a query, left to right. */
export function operandsOf(node: QueryNode): QueryOperand[] {
  return node.kind === "operand" ? [node] : node.children.flatMap(operandsOf);
}

/** Whether a lexeme satisfies an operand: equal, or starting with it for a prefix. */
export const operandMatches = (operand: QueryOperand, lexeme: string): boolean => (operand.prefix ? lexeme.startsWith(operand.lexeme) : lexeme === operand.lexeme);

const f = Math.fround;
// PostgreSQL's default weights for D, C, B and A, as float4.
const WEIGHTS: Record<string, number> = {
  D: f(0.1),
  C: f(0.2),
  B: f(0.4),
  A: f(1.0),
};

/**
 * The operands `ts_rank` ranks by: sorted by lexeme and each lexeme once (PostgreSQL's
 * SortAndUniqItems); undefined when one lexeme appears both as a prefix and exactly, where
 * PostgreSQL's choice between them is not defined.
 */
export function rankOperands(node: QueryNode): QueryOperand[] | undefined {
  const byLexeme = new Map<string, QueryOperand>();
  for (const operand of operandsOf(node)) {
    const seen = byLexeme.get(operand.lexeme);
    if (seen && seen.prefix !== operand.prefix) return undefined;
    byLexeme.set(operand.lexeme, operand);
  }
  return [...byLexeme.values()].sort((a, b) => (a.lexeme < b.lexeme ? -1 : a.lexeme > b.lexeme ? 1 : 0));
}

/**
 * What one vector entry adds to `ts_rank` for each query lexeme it matches, given the weight
 * letters of its positions (none: one position of weight D, as PostgreSQL's POSNULL): the terms
 * of PostgreSQL's calc_rank_or in float4 arithmetic step by step like the C code.
 */
export function rankContribution(weights: string): number {
  const letters = weights.length === 0 ? "D" : weights;
  let resj = 0;
  let wjm = -1;
  let jm = 0;
  for (let j = 0; j < letters.length; j++) {
    const w = WEIGHTS[letters[j] as string] ?? (WEIGHTS.D as number);
    resj = f(resj + f(w / ((j + 1) * (j + 1))));
    if (w > wjm) {
      wjm = w;
      jm = j;
    }
  }
  return f(f(wjm + resj) - f(wjm / ((jm + 1) * (jm + 1)))) / 1.64493406685;
}

/**
 * `ts_rank(vector, query)` for a query whose top is an OR or a single lexeme (calc_rank_or,
 * default weights, no normalisation). The vector's entries are `lexeme[from..to)` (numbers into a
 * lexicon) with their `contribution`s; `matching[o][lexeme]` says whether operand o (in
 * `rankOperands` order) matches a lexeme. Operand by operand, entry by entry in the vector's
 * order, in float4 like PostgreSQL, so that equal ranks tie exactly as they do in SQL.
 */
export function rankOr(matching: readonly Uint8Array[], lexeme: Int32Array, contribution: Float64Array, from: number, to: number): number {
  let res = 0;
  for (const table of matching) for (let k = from; k < to; k++) if (table[lexeme[k]!] === 1) res = f(res + contribution[k]!);
  if (matching.length > 0) res = f(res / matching.length);
  return res < 0 ? f(1e-20) : res;
}
