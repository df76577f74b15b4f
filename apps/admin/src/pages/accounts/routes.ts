import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { staffRoute } from "../../routes/roots.js";

// The pages of this area load when first visited, so the first page stays small.
const AccountsPage = lazyRouteComponent(() => import("./AccountsPage.js"), "AccountsPage");

export const accountRoutes = [
  createRoute({ getParentRoute: () => staffRoute, path: "konten", component: AccountsPage }),
] as const;
