import type { RuntimeConfig } from "@praeventionskette/ui";
import type { QueryClient } from "@tanstack/react-query";
import { createRootRouteWithContext, createRoute, createRouter, Outlet, redirect } from "@tanstack/react-router";
import { z } from "zod";
import { AdminLayout } from "./layout/AdminLayout.js";
import { PublicLayout } from "./layout/PublicLayout.js";
import type { Api } from "./lib/trpc.js";
import { NotFoundPage } from "./pages/NotFoundPage.js";
import { OfferEditPage } from "./pages/offers/OfferEditPage.js";
import { OffersPage, OffersSearchSchema } from "./pages/offers/OffersPage.js";
import { PasswordResetPage } from "./pages/PasswordResetPage.js";
import { SignInPage } from "./pages/SignInPage.js";
import { StartPage } from "./pages/StartPage.js";
import { TerritoriesPage } from "./pages/TerritoriesPage.js";

/** What every route can reach: the query cache, the API and the runtime configuration. */
export interface RouterContext {
  queryClient: QueryClient;
  api: Api;
  config: RuntimeConfig;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({ component: Outlet, notFoundComponent: NotFoundPage });

const publicRoute = createRoute({ getParentRoute: () => rootRoute, id: "public", component: PublicLayout });
const signInRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: "anmelden",
  validateSearch: z.object({ weiter: z.string().optional() }),
  component: SignInPage,
});
const passwordResetRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: "passwort-neu",
  validateSearch: z.object({ token: z.string().optional() }),
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
const territoriesRoute = createRoute({ getParentRoute: () => staffRoute, path: "gebiete", component: TerritoriesPage });

const routeTree = rootRoute.addChildren([
  publicRoute.addChildren([signInRoute, passwordResetRoute]),
  staffRoute.addChildren([startRoute, offersRoute, newOfferRoute, offerRoute, territoriesRoute]),
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
