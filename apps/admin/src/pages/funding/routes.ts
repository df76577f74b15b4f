import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { staffRoute } from "../../routes/roots.js";

// The pages of this area load when first visited, so the first page stays small.
const FundingPage = lazyRouteComponent(() => import("./FundingPage.js"), "FundingPage");

export const fundingRoutes = [
  createRoute({ getParentRoute: () => staffRoute, path: "foerderung", component: FundingPage }),
] as const;
