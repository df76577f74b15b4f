import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import * as z from "zod/mini";
import { staffRoute } from "../../routes/roots.js";

// The pages of this area load when first visited, so the first page stays small.
const LeitbildPage = lazyRouteComponent(() => import("./LeitbildPage.js"), "LeitbildPage");
const LeitbildVersionPage = lazyRouteComponent(() => import("./LeitbildVersionPage.js"), "LeitbildVersionPage");
const LeitbildComparePage = lazyRouteComponent(() => import("./LeitbildComparePage.js"), "LeitbildComparePage");

export const leitbildRoutes = [
  createRoute({ getParentRoute: () => staffRoute, path: "leitbild", component: LeitbildPage }),
  createRoute({ getParentRoute: () => staffRoute, path: "leitbild/vergleich", validateSearch: z.object({ a: z.optional(z.string()), b: z.optional(z.string()) }), component: LeitbildComparePage }),
  createRoute({ getParentRoute: () => staffRoute, path: "leitbild/$versionId", component: LeitbildVersionPage }),
] as const;
