import { type Access, systemAccess } from "../auth/access.js";
import type { DatabaseHandle } from "../db/client.js";
import { createInnerContext } from "../trpc/context.js";
import { createCaller } from "../trpc/router.js";

/**
 * A caller of the real router on a test database, with a fixed date. Without `access` it acts
 * with full rights, for tests about behaviour rather than permissions.
 */
export function callerFor(handle: DatabaseHandle, options: { today?: string; suppressionThreshold?: number; access?: Access } = {}) {
  const today = options.today ?? "2026-11-23";
  return createCaller(
    createInnerContext({
      db: handle.db,
      config: { suppressionThreshold: options.suppressionThreshold ?? 3 },
      access: options.access ?? systemAccess(today, "Testlauf"),
      today: () => today,
    }),
  );
}
