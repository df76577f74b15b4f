import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { staffRoute } from "../../routes/roots.js";
import { ProposalsSearchSchema } from "./proposals-search.js";

// The pages of this area load when first visited, so the first page stays small.
const ProposalsPage = lazyRouteComponent(() => import("./ProposalsPage.js"), "ProposalsPage");
const ProposalPage = lazyRouteComponent(() => import("./ProposalPage.js"), "ProposalPage");

export const proposalRoutes = [
  createRoute({ getParentRoute: () => staffRoute, path: "vorschlaege", validateSearch: ProposalsSearchSchema, component: ProposalsPage }),
  createRoute({ getParentRoute: () => staffRoute, path: "vorschlaege/$proposalId", component: ProposalPage }),
] as const;
