import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { staffRoute } from "../../routes/roots.js";

// The pages of this area load when first visited, so the first page stays small.
const GoalsPage = lazyRouteComponent(() => import("./GoalsPage.js"), "GoalsPage");

export const goalRoutes = [
  createRoute({ getParentRoute: () => staffRoute, path: "ziele", component: GoalsPage }),
] as const;
