import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { staffRoute } from "../../routes/roots.js";
import { FundingSearchSchema, NewApplicationSearchSchema } from "./funding-search.js";

// The pages of this area load when first visited, so the first page stays small.
const FundingPage = lazyRouteComponent(() => import("./FundingPage.js"), "FundingPage");
const ApplicationPage = lazyRouteComponent(() => import("./ApplicationPage.js"), "ApplicationPage");
const ProgrammeEditPage = lazyRouteComponent(() => import("./ProgrammeEditPage.js"), "ProgrammeEditPage");

export const fundingRoutes = [
  createRoute({ getParentRoute: () => staffRoute, path: "foerderung", validateSearch: FundingSearchSchema, component: FundingPage }),
  createRoute({ getParentRoute: () => staffRoute, path: "foerderung/antraege/neu", validateSearch: NewApplicationSearchSchema, component: ApplicationPage }),
  createRoute({ getParentRoute: () => staffRoute, path: "foerderung/antraege/$applicationId", component: ApplicationPage }),
  createRoute({ getParentRoute: () => staffRoute, path: "foerderung/programme/neu", component: ProgrammeEditPage }),
  createRoute({ getParentRoute: () => staffRoute, path: "foerderung/programme/$programmeId", component: ProgrammeEditPage }),
] as const;
