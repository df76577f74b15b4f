import { type RawBuilder, sql } from "kysely";

/** A jsonb parameter; serialised here so PGlite and node-postgres treat it alike. */
export function jsonb(value: unknown): RawBuilder<string> {
  return sql<string>`${JSON.stringify(value)}::jsonb`;
}

/**
 * A typed array parameter built from single parameters, because the two drivers serialise
 * JavaScript arrays differently.
 */
export function sqlArray(values: readonly string[], type: "uuid" | "text"): RawBuilder<string[]> {
  if (values.length === 0) return sql<string[]>`'{}'::${sql.raw(type)}[]`;
  return sql<string[]>`array[${sql.join(values)}]::${sql.raw(type)}[]`;
}
