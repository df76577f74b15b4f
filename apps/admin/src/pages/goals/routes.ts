import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { staffRoute } from "../../routes/roots.js";
import { GoalsSearchSchema, NewGoalSearchSchema } from "./goals-search.js";

// The pages of this area load when first visited, so the first page stays small.
const GoalsPage = lazyRouteComponent(() => import("./GoalsPage.js"), "GoalsPage");
const GoalEditPage = lazyRouteComponent(() => import("./GoalEditPage.js"), "GoalEditPage");

export const goalRoutes = [
  createRoute({ getParentRoute: () => staffRoute, path: "ziele", validateSearch: GoalsSearchSchema, component: GoalsPage }),
  createRoute({ getParentRoute: () => staffRoute, path: "ziele/neu", validateSearch: NewGoalSearchSchema, component: GoalEditPage }),
  createRoute({ getParentRoute: () => staffRoute, path: "ziele/$goalId", component: GoalEditPage }),
] as const;
