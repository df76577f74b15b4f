import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { staffRoute } from "../../routes/roots.js";

// The pages of this area load when first visited, so the first page stays small.
const ActorsPage = lazyRouteComponent(() => import("./ActorsPage.js"), "ActorsPage");

export const actorRoutes = [
  createRoute({ getParentRoute: () => staffRoute, path: "akteure", component: ActorsPage }),
] as const;
