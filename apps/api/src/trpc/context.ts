import type { Kysely } from "kysely";
import type { Database } from "../db/types.js";

/** Settings the procedures need, taken from the validated environment. */
export interface PlatformConfig {
  /** Counts below this are suppressed in every public indicator output. */
  suppressionThreshold: number;
}

/**
 * Everything a procedure may use. Built apart from the HTTP adapter so that tests call the
 * router directly with `createCaller(createInnerContext(...))`.
 */
// A type alias rather than an interface: the Hono adapter wants an index-signature-compatible object.
export type Context = {
  db: Kysely<Database>;
  config: PlatformConfig;
  /** Today's date; injected so that tests can fix the clock. */
  today: () => string;
};

export function createInnerContext(options: {
  db: Kysely<Database>;
  config: PlatformConfig;
  today?: () => string;
}): Context {
  return {
    db: options.db,
    config: options.config,
    today: options.today ?? (() => new Date().toISOString().slice(0, 10)),
  };
}
