import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { staffRoute } from "../../routes/roots.js";

// The pages of this area load when first visited, so the first page stays small.
const BodiesPage = lazyRouteComponent(() => import("./BodiesPage.js"), "BodiesPage");

export const bodyRoutes = [
  createRoute({ getParentRoute: () => staffRoute, path: "gremien", component: BodiesPage }),
] as const;
