import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import * as z from "zod/mini";
import { staffRoute } from "../../routes/roots.js";

// The pages of this area load when first visited, so the first page stays small.
const AuditPage = lazyRouteComponent(() => import("./AuditPage.js"), "AuditPage");

/** The audit trail's filters (who, what, kind of record, record, period) and page, in the URL. */
export const AuditSearchSchema = z.object({
  wer: z.optional(z.string()),
  was: z.optional(z.string()),
  art: z.optional(z.string()),
  datensatz: z.optional(z.string()),
  von: z.optional(z.string()),
  bis: z.optional(z.string()),
  seite: z.optional(z.number()),
});

export const auditRoutes = [
  createRoute({ getParentRoute: () => staffRoute, path: "protokoll", validateSearch: AuditSearchSchema, component: AuditPage }),
] as const;

/** The audit trail's search parameters. */
export type AuditSearch = z.infer<typeof AuditSearchSchema>;
