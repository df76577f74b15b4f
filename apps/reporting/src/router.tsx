import type { RuntimeConfig } from "@praeventionskette/ui";
import type { QueryClient } from "@tanstack/react-query";
import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent } from "@tanstack/react-router";
import * as z from "zod/mini";
import { ReportingLayout } from "./layout/ReportingLayout.js";
import type { Api } from "./lib/trpc.js";
import { NotFoundPage } from "./pages/NotFoundPage.js";
import { StartPage } from "./pages/StartPage.js";

/** What every route can reach: the query cache, the API and the runtime configuration. */
export interface RouterContext {
  queryClient: QueryClient;
  api: Api;
  config: RuntimeConfig;
}

// Pages beyond the start page load when first visited, so the first page stays small (the map
// page brings d3).
const IndicatorPage = lazyRouteComponent(() => import("./pages/IndicatorPage.js"), "IndicatorPage");
const GoalsPage = lazyRouteComponent(() => import("./pages/GoalsPage.js"), "GoalsPage");
const CoveragePage = lazyRouteComponent(() => import("./pages/CoveragePage.js"), "CoveragePage");
const ReportPage = lazyRouteComponent(() => import("./pages/ReportPage.js"), "ReportPage");

/** Which parts a map shows: the towns of a county or the social areas of its towns. */
export const LevelSchema = z.enum(["gemeinden", "sozialraeume"]);
export type Level = z.infer<typeof LevelSchema>;

const TerritorySearch = z.object({ gebiet: z.optional(z.string()) });

const rootRoute = createRootRouteWithContext<RouterContext>()({ component: ReportingLayout, notFoundComponent: NotFoundPage });
const startRoute = createRoute({ getParentRoute: () => rootRoute, path: "/", component: StartPage });
const indicatorRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "indikatoren/$indicatorId",
  validateSearch: z.object({ ebene: z.optional(LevelSchema), zeitraum: z.optional(z.string()), gebiet: z.optional(z.string()) }),
  component: IndicatorPage,
});
const goalsRoute = createRoute({ getParentRoute: () => rootRoute, path: "ziele", validateSearch: TerritorySearch, component: GoalsPage });
const coverageRoute = createRoute({ getParentRoute: () => rootRoute, path: "abdeckung", validateSearch: TerritorySearch, component: CoveragePage });
const reportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "bericht",
  validateSearch: z.object({ gebiet: z.optional(z.string()), jahr: z.optional(z.coerce.number()) }),
  component: ReportPage,
});

const routeTree = rootRoute.addChildren([startRoute, indicatorRoute, goalsRoute, coverageRoute, reportRoute]);

/** The reporting app's router under /reporting/ (or wherever the static build is hosted). */
export function createReportingRouter(context: RouterContext) {
  return createRouter({
    routeTree,
    context,
    basepath: import.meta.env.BASE_URL,
    defaultPreload: "intent",
    scrollRestoration: true,
    // Every search parameter is a plain word or number, so links read `?zeitraum=2022&jahr=2024`
    // (the default JSON encoding would write `zeitraum=%222022%22`) and hand-written links work.
    parseSearch: (searchText) => Object.fromEntries(new URLSearchParams(searchText)),
    stringifySearch: (search) => {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(search)) if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
      const text = params.toString();
      return text ? `?${text}` : "";
    },
  });
}

export type ReportingRouter = ReturnType<typeof createReportingRouter>;

declare module "@tanstack/react-router" {
  interface Register {
    router: ReportingRouter;
  }
}
