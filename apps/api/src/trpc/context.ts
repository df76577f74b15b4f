import type { Kysely } from "kysely";
import { type Access, anonymousAccess } from "../auth/access.js";
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
  /** Who is asking and what they may read and write; anonymous unless signed in. */
  access: Access;
  /** Today's date; injected so that tests can fix the clock. */
  today: () => string;
};

export const todayInBerlin = (): string => new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Berlin" });

export function createInnerContext(options: {
  db: Kysely<Database>;
  config: PlatformConfig;
  access?: Access;
  today?: () => string;
}): Context {
  const today = options.today ?? todayInBerlin;
  return { db: options.db, config: options.config, access: options.access ?? anonymousAccess(today(), options.config.suppressionThreshold), today };
}
