import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { staffRoute } from "../../routes/roots.js";

// The pages of this area load when first visited, so the first page stays small.
const ConfigurationPage = lazyRouteComponent(() => import("./ConfigurationPage.js"), "ConfigurationPage");

export const configurationRoutes = [
  createRoute({ getParentRoute: () => staffRoute, path: "konfiguration", component: ConfigurationPage }),
] as const;
