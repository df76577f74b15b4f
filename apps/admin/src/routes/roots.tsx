import type { RuntimeConfig } from "@praeventionskette/ui";
import type { QueryClient } from "@tanstack/react-query";
import { createRootRouteWithContext, createRoute, Outlet, redirect } from "@tanstack/react-router";
import { AdminLayout } from "../layout/AdminLayout.js";
import { PublicLayout } from "../layout/PublicLayout.js";
import type { Api } from "../lib/trpc.js";
import { NotFoundPage } from "../pages/NotFoundPage.js";

/** What every route can reach: the query cache, the API and the runtime configuration. */
export interface RouterContext {
  queryClient: QueryClient;
  api: Api;
  config: RuntimeConfig;
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({ component: Outlet, notFoundComponent: NotFoundPage });

/** Pages for visitors without a session: sign-in and password reset. */
export const publicRoute = createRoute({ getParentRoute: () => rootRoute, id: "public", component: PublicLayout });

// Every staff page needs a person; without a session the visitor is sent to sign in and back.
export const staffRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "staff",
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(context.api.options.account.me.queryOptions());
    if (!me) throw redirect({ to: "/anmelden", search: { weiter: location.href } });
    return { me };
  },
  component: AdminLayout,
});
