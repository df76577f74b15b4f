import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { staffRoute } from "../../routes/roots.js";

// The pages of this area load when first visited, so the first page stays small.
const TerritoriesPage = lazyRouteComponent(() => import("./TerritoriesPage.js"), "TerritoriesPage");

export const territoryRoutes = [
  createRoute({ getParentRoute: () => staffRoute, path: "gebiete", component: TerritoriesPage }),
] as const;
