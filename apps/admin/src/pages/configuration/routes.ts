import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import * as z from "zod/mini";
import { staffRoute } from "../../routes/roots.js";

// The pages of this area load when first visited, so the first page stays small.
const ConfigurationPage = lazyRouteComponent(() => import("./ConfigurationPage.js"), "ConfigurationPage");
const LifePhaseEditPage = lazyRouteComponent(() => import("./LifePhaseEditPage.js"), "LifePhaseEditPage");
const FieldOfActionEditPage = lazyRouteComponent(() => import("./FieldOfActionEditPage.js"), "FieldOfActionEditPage");

/** The youth office whose configuration is shown, in the URL so that the page can be linked. */
export const ConfigurationSearchSchema = z.object({ jugendamt: z.optional(z.uuid()) });

export const configurationRoutes = [
  createRoute({ getParentRoute: () => staffRoute, path: "konfiguration", validateSearch: ConfigurationSearchSchema, component: ConfigurationPage }),
  createRoute({ getParentRoute: () => staffRoute, path: "konfiguration/lebensphasen/$id", component: LifePhaseEditPage }),
  createRoute({ getParentRoute: () => staffRoute, path: "konfiguration/handlungsfelder/$id", component: FieldOfActionEditPage }),
] as const;
