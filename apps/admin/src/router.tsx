import type { RuntimeConfig } from "@praeventionskette/ui";
import type { QueryClient } from "@tanstack/react-query";
import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent, Outlet, redirect } from "@tanstack/react-router";
import * as z from "zod/mini";
import { AdminLayout } from "./layout/AdminLayout.js";
import { PublicLayout } from "./layout/PublicLayout.js";
import type { Api } from "./lib/trpc.js";
import { NotFoundPage } from "./pages/NotFoundPage.js";
import { OffersSearchSchema } from "./pages/offers/offers-search.js";
import { PasswordResetPage } from "./pages/PasswordResetPage.js";
import { ProposalsSearchSchema } from "./pages/proposals/proposals-search.js";
import { SignInPage } from "./pages/SignInPage.js";
import { StartPage } from "./pages/StartPage.js";

/** What every route can reach: the query cache, the API and the runtime configuration. */
export interface RouterContext {
  queryClient: QueryClient;
  api: Api;
  config: RuntimeConfig;
}

// Pages beyond sign-in and start load when first visited, so the first page stays small.
const OffersPage = lazyRouteComponent(() => import("./pages/offers/OffersPage.js"), "OffersPage");
const OfferEditPage = lazyRouteComponent(() => import("./pages/offers/OfferEditPage.js"), "OfferEditPage");
const ProposalsPage = lazyRouteComponent(() => import("./pages/proposals/ProposalsPage.js"), "ProposalsPage");
const ProposalPage = lazyRouteComponent(() => import("./pages/proposals/ProposalPage.js"), "ProposalPage");
const TerritoriesPage = lazyRouteComponent(() => import("./pages/TerritoriesPage.js"), "TerritoriesPage");
const LeitbildPage = lazyRouteComponent(() => import("./pages/leitbild/LeitbildPage.js"), "LeitbildPage");
const LeitbildVersionPage = lazyRouteComponent(() => import("./pages/leitbild/LeitbildVersionPage.js"), "LeitbildVersionPage");
const LeitbildComparePage = lazyRouteComponent(() => import("./pages/leitbild/LeitbildComparePage.js"), "LeitbildComparePage");

const rootRoute = createRootRouteWithContext<RouterContext>()({ component: Outlet, notFoundComponent: NotFoundPage });

const publicRoute = createRoute({ getParentRoute: () => rootRoute, id: "public", component: PublicLayout });
const signInRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: "anmelden",
  validateSearch: z.object({ weiter: z.optional(z.string()) }),
  component: SignInPage,
});
const passwordResetRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: "passwort-neu",
  validateSearch: z.object({ token: z.optional(z.string()) }),
  component: PasswordResetPage,
});

// Every staff page needs a person; without a session the visitor is sent to sign in and back.
const staffRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "staff",
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(context.api.options.account.me.queryOptions());
    if (!me) throw redirect({ to: "/anmelden", search: { weiter: location.href } });
    return { me };
  },
  component: AdminLayout,
});
const startRoute = createRoute({ getParentRoute: () => staffRoute, path: "/", component: StartPage });
const offersRoute = createRoute({ getParentRoute: () => staffRoute, path: "angebote", validateSearch: OffersSearchSchema, component: OffersPage });
const newOfferRoute = createRoute({ getParentRoute: () => staffRoute, path: "angebote/neu", component: OfferEditPage });
const offerRoute = createRoute({ getParentRoute: () => staffRoute, path: "angebote/$offerId", component: OfferEditPage });
const proposalsRoute = createRoute({ getParentRoute: () => staffRoute, path: "vorschlaege", validateSearch: ProposalsSearchSchema, component: ProposalsPage });
const proposalRoute = createRoute({ getParentRoute: () => staffRoute, path: "vorschlaege/$proposalId", component: ProposalPage });
const territoriesRoute = createRoute({ getParentRoute: () => staffRoute, path: "gebiete", component: TerritoriesPage });
const leitbildRoute = createRoute({ getParentRoute: () => staffRoute, path: "leitbild", component: LeitbildPage });
const leitbildCompareRoute = createRoute({ getParentRoute: () => staffRoute, path: "leitbild/vergleich", validateSearch: z.object({ a: z.optional(z.string()), b: z.optional(z.string()) }), component: LeitbildComparePage });
const leitbildVersionRoute = createRoute({ getParentRoute: () => staffRoute, path: "leitbild/$versionId", component: LeitbildVersionPage });

const routeTree = rootRoute.addChildren([
  publicRoute.addChildren([signInRoute, passwordResetRoute]),
  staffRoute.addChildren([startRoute, offersRoute, newOfferRoute, offerRoute, proposalsRoute, proposalRoute, territoriesRoute, leitbildRoute, leitbildCompareRoute, leitbildVersionRoute]),
]);

/** The admin app's router under /admin/ (or wherever the static build is hosted). */
export function createAdminRouter(context: RouterContext) {
  return createRouter({ routeTree, context, basepath: import.meta.env.BASE_URL, defaultPreload: "intent", scrollRestoration: true });
}

export type AdminRouter = ReturnType<typeof createAdminRouter>;

declare module "@tanstack/react-router" {
  interface Register {
    router: AdminRouter;
  }
}
