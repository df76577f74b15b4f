import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { staffRoute } from "../../routes/roots.js";

// The pages of this area load when first visited, so the first page stays small.
const AuditPage = lazyRouteComponent(() => import("./AuditPage.js"), "AuditPage");

export const auditRoutes = [
  createRoute({ getParentRoute: () => staffRoute, path: "protokoll", component: AuditPage }),
] as const;
