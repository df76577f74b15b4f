import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import * as z from "zod/mini";
import { staffRoute } from "../../routes/roots.js";

// The pages of this area load when first visited, so the first page stays small.
const AccountsPage = lazyRouteComponent(() => import("./AccountsPage.js"), "AccountsPage");
const NewAccountPage = lazyRouteComponent(() => import("./NewAccountPage.js"), "NewAccountPage");
const AccountPage = lazyRouteComponent(() => import("./AccountPage.js"), "AccountPage");

/** The filters of the account list, in the URL so that a filtered list can be linked. */
export const AccountsSearchSchema = z.object({
  suche: z.optional(z.string()),
  rolle: z.optional(z.enum(["admin", "coordinator", "townEditor", "providerEditor", "viewer"])),
});

export const accountRoutes = [
  createRoute({ getParentRoute: () => staffRoute, path: "konten", validateSearch: AccountsSearchSchema, component: AccountsPage }),
  createRoute({ getParentRoute: () => staffRoute, path: "konten/neu", component: NewAccountPage }),
  createRoute({ getParentRoute: () => staffRoute, path: "konten/$userId", component: AccountPage }),
] as const;
