import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { staffRoute } from "../../routes/roots.js";
import { IndicatorSearchSchema, IndicatorsSearchSchema } from "./indicators-search.js";

// The pages of this area load when first visited, so the first page stays small.
const IndicatorsPage = lazyRouteComponent(() => import("./IndicatorsPage.js"), "IndicatorsPage");
const IndicatorPage = lazyRouteComponent(() => import("./IndicatorPage.js"), "IndicatorPage");
const ObservationImportPage = lazyRouteComponent(() => import("./ObservationImportPage.js"), "ObservationImportPage");

export const indicatorRoutes = [
  createRoute({ getParentRoute: () => staffRoute, path: "indikatoren", validateSearch: IndicatorsSearchSchema, component: IndicatorsPage }),
  createRoute({ getParentRoute: () => staffRoute, path: "indikatoren/import", component: ObservationImportPage }),
  createRoute({ getParentRoute: () => staffRoute, path: "indikatoren/$indicatorId", validateSearch: IndicatorSearchSchema, component: IndicatorPage }),
] as const;
