import { createRoute, createRouter } from "@tanstack/react-router";
import * as z from "zod/mini";
import { accountRoutes } from "./pages/accounts/routes.js";
import { actorRoutes } from "./pages/actors/routes.js";
import { auditRoutes } from "./pages/audit/routes.js";
import { bodyRoutes } from "./pages/bodies/routes.js";
import { configurationRoutes } from "./pages/configuration/routes.js";
import { fundingRoutes } from "./pages/funding/routes.js";
import { goalRoutes } from "./pages/goals/routes.js";
import { indicatorRoutes } from "./pages/indicators/routes.js";
import { leitbildRoutes } from "./pages/leitbild/routes.js";
import { offerRoutes } from "./pages/offers/routes.js";
import { PasswordResetPage } from "./pages/PasswordResetPage.js";
import { proposalRoutes } from "./pages/proposals/routes.js";
import { qualityRoutes } from "./pages/quality/routes.js";
import { SignInPage } from "./pages/SignInPage.js";
import { StartPage } from "./pages/StartPage.js";
import { territoryRoutes } from "./pages/territories/routes.js";
import { publicRoute, rootRoute, type RouterContext, staffRoute } from "./routes/roots.js";

export type { RouterContext } from "./routes/roots.js";

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
const startRoute = createRoute({ getParentRoute: () => staffRoute, path: "/", component: StartPage });

// Each area of the app declares its own routes (pages/<area>/routes.ts); the tree only lists them.
const routeTree = rootRoute.addChildren([
  publicRoute.addChildren([signInRoute, passwordResetRoute]),
  staffRoute.addChildren([
    startRoute,
    ...offerRoutes,
    ...proposalRoutes,
    ...territoryRoutes,
    ...leitbildRoutes,
    ...goalRoutes,
    ...indicatorRoutes,
    ...actorRoutes,
    ...bodyRoutes,
    ...fundingRoutes,
    ...qualityRoutes,
    ...configurationRoutes,
    ...accountRoutes,
    ...auditRoutes,
  ]),
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
