import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { staffRoute } from "../../routes/roots.js";
import { BodiesSearchSchema, NewDecisionSearchSchema } from "./bodies-search.js";

// The pages of this area load when first visited, so the first page stays small.
const BodiesPage = lazyRouteComponent(() => import("./BodiesPage.js"), "BodiesPage");
const BodyEditPage = lazyRouteComponent(() => import("./BodyEditPage.js"), "BodyEditPage");
const MeetingEditPage = lazyRouteComponent(() => import("./MeetingEditPage.js"), "MeetingEditPage");
const DecisionEditPage = lazyRouteComponent(() => import("./DecisionEditPage.js"), "DecisionEditPage");

export const bodyRoutes = [
  createRoute({ getParentRoute: () => staffRoute, path: "gremien", validateSearch: BodiesSearchSchema, component: BodiesPage }),
  createRoute({ getParentRoute: () => staffRoute, path: "gremien/neu", component: BodyEditPage }),
  createRoute({ getParentRoute: () => staffRoute, path: "gremien/$bodyId", component: BodyEditPage }),
  createRoute({ getParentRoute: () => staffRoute, path: "gremien/$bodyId/sitzungen/neu", component: MeetingEditPage }),
  createRoute({ getParentRoute: () => staffRoute, path: "gremien/$bodyId/sitzungen/$meetingId", component: MeetingEditPage }),
  createRoute({ getParentRoute: () => staffRoute, path: "gremien/$bodyId/beschluesse/neu", validateSearch: NewDecisionSearchSchema, component: DecisionEditPage }),
  createRoute({ getParentRoute: () => staffRoute, path: "gremien/$bodyId/beschluesse/$decisionId", component: DecisionEditPage }),
] as const;
