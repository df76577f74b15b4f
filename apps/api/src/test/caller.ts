import type { DatabaseHandle } from "../db/client.js";
import { createInnerContext } from "../trpc/context.js";
import { createCaller } from "../trpc/router.js";

/** A caller of the real router on a test database, with a fixed date. */
export function callerFor(handle: DatabaseHandle, options: { today?: string; suppressionThreshold?: number } = {}) {
  return createCaller(
    createInnerContext({
      db: handle.db,
      config: { suppressionThreshold: options.suppressionThreshold ?? 3 },
      today: () => options.today ?? "2026-11-23",
    }),
  );
}
