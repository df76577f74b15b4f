import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { staffRoute } from "../../routes/roots.js";
import { ActorsSearchSchema } from "./actors-search.js";

// The pages of this area load when first visited, so the first page stays small.
const ActorsPage = lazyRouteComponent(() => import("./ActorsPage.js"), "ActorsPage");
const ActorEditPage = lazyRouteComponent(() => import("./ActorEditPage.js"), "ActorEditPage");

export const actorRoutes = [
  createRoute({ getParentRoute: () => staffRoute, path: "akteure", validateSearch: ActorsSearchSchema, component: ActorsPage }),
  createRoute({ getParentRoute: () => staffRoute, path: "akteure/neu", component: ActorEditPage }),
  createRoute({ getParentRoute: () => staffRoute, path: "akteure/$actorId", component: ActorEditPage }),
] as const;
