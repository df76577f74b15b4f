import type { RuntimeConfig } from "@praeventionskette/ui";
import type { QueryClient } from "@tanstack/react-query";
import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent } from "@tanstack/react-router";
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
// page brings d3, most pages the domain's labels and with them zod).
const IndicatorPage = lazyRouteComponent(() => import("./pages/IndicatorPage.js"), "IndicatorPage");
const ProfilePage = lazyRouteComponent(() => import("./pages/ProfilePage.js"), "ProfilePage");
const ComparisonPage = lazyRouteComponent(() => import("./pages/ComparisonPage.js"), "ComparisonPage");
const NeedSupplyPage = lazyRouteComponent(() => import("./pages/NeedSupplyPage.js"), "NeedSupplyPage");
const GoalsPage = lazyRouteComponent(() => import("./pages/GoalsPage.js"), "GoalsPage");
const CoveragePage = lazyRouteComponent(() => import("./pages/CoveragePage.js"), "CoveragePage");
const GovernancePage = lazyRouteComponent(() => import("./pages/GovernancePage.js"), "GovernancePage");
const SelfAssessmentPage = lazyRouteComponent(() => import("./pages/SelfAssessmentPage.js"), "SelfAssessmentPage");
const ReportPage = lazyRouteComponent(() => import("./pages/ReportPage.js"), "ReportPage");

/** Which parts a map shows: the towns of a county or the social areas of its towns. */
export type Level = "gemeinden" | "sozialraeume";

// Search parameters are checked by hand rather than with zod: a schema library on the first
// page would cost more than these few lines, and the first page has a size budget.
const text = (value: unknown): string | undefined => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined);
const year = (value: unknown): number | undefined => {
  const number = typeof value === "number" ? value : typeof value === "string" ? Number(value) : Number.NaN;
  return Number.isInteger(number) ? number : undefined;
};
const level = (value: unknown): Level | undefined => (value === "gemeinden" || value === "sozialraeume" ? value : undefined);
type Search = Record<string, unknown>;
const territorySearch = (search: Search): { gebiet?: string } => ({ gebiet: text(search.gebiet) });

const rootRoute = createRootRouteWithContext<RouterContext>()({ component: ReportingLayout, notFoundComponent: NotFoundPage });
const startRoute = createRoute({ getParentRoute: () => rootRoute, path: "/", component: StartPage });
const indicatorRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "indikatoren/$indicatorId",
  validateSearch: (search: Search): { ebene?: Level; zeitraum?: string; gebiet?: string } => ({ ebene: level(search.ebene), zeitraum: text(search.zeitraum), gebiet: text(search.gebiet) }),
  component: IndicatorPage,
});
const profileRoute = createRoute({ getParentRoute: () => rootRoute, path: "profil", validateSearch: territorySearch, component: ProfilePage });
const comparisonRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "vergleich",
  // Several territories as one comma-separated word: `?gebiete=id1,id2`.
  validateSearch: (search: Search): { gebiete?: string } => ({ gebiete: text(search.gebiete) }),
  component: ComparisonPage,
});
const needSupplyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "bedarf",
  validateSearch: (search: Search): { gebiet?: string; indikator?: string; phase?: string; zeitraum?: string } => ({
    gebiet: text(search.gebiet),
    indikator: text(search.indikator),
    phase: text(search.phase),
    zeitraum: text(search.zeitraum),
  }),
  component: NeedSupplyPage,
});
const goalsRoute = createRoute({ getParentRoute: () => rootRoute, path: "ziele", validateSearch: territorySearch, component: GoalsPage });
const coverageRoute = createRoute({ getParentRoute: () => rootRoute, path: "abdeckung", validateSearch: territorySearch, component: CoveragePage });
const governanceRoute = createRoute({ getParentRoute: () => rootRoute, path: "gremien", validateSearch: territorySearch, component: GovernancePage });
const selfAssessmentRoute = createRoute({ getParentRoute: () => rootRoute, path: "selbstbewertung", component: SelfAssessmentPage });
const reportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "bericht",
  validateSearch: (search: Search): { gebiet?: string; jahr?: number } => ({ gebiet: text(search.gebiet), jahr: year(search.jahr) }),
  component: ReportPage,
});

const routeTree = rootRoute.addChildren([
  startRoute,
  indicatorRoute,
  profileRoute,
  comparisonRoute,
  needSupplyRoute,
  goalsRoute,
  coverageRoute,
  governanceRoute,
  selfAssessmentRoute,
  reportRoute,
]);

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
