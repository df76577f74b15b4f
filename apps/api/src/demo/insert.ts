import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../db/types.js";
import { systemAccess } from "../auth/access.js";
import { type Aggregate, createRecord, type Stored, updateRecord } from "../repositories/aggregate.js";

/** Demo records are written like any others, audit trail included, under a name that says so. */
export const seeder = systemAccess(new Date().toISOString().slice(0, 10), "Demodaten");

function nameOf(input: unknown): string {
  if (typeof input !== "object" || input === null) return "";
  const record = input as Record<string, unknown>;
  const name = record.title ?? record.name ?? record.code ?? record.period;
  return typeof name === "string" ? ` „${name}“` : "";
}

/** Parses with the domain schema and says which demo record broke it. */
function parse<T>(aggregate: Aggregate<T>, input: T): T {
  const result = aggregate.input.safeParse(input);
  if (!result.success) {
    throw new Error(`Demodaten: ${aggregate.label}${nameOf(input)} ist ungültig:\n${z.prettifyError(result.error)}`, {
      cause: result.error,
    });
  }
  return result.data;
}

/**
 * Stores one demo record the way the API would: parsed by the domain schema first (so the demo
 * data proves itself against it), then written with reference and rule checks.
 */
export async function insert<T>(db: Kysely<Database>, aggregate: Aggregate<T>, input: T): Promise<Stored<T>> {
  return createRecord(db, aggregate, parse(aggregate, input), seeder);
}

/** Replaces a demo record stored earlier in the seed (e.g. a Leitbild draft that is then adopted). */
export async function update<T>(db: Kysely<Database>, aggregate: Aggregate<T>, stored: Stored<T>, input: T): Promise<Stored<T>> {
  return updateRecord(db, aggregate, { id: stored.id, expectedVersion: stored.version, input: parse(aggregate, input) }, seeder);
}
