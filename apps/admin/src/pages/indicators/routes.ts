import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { staffRoute } from "../../routes/roots.js";

// The pages of this area load when first visited, so the first page stays small.
const IndicatorsPage = lazyRouteComponent(() => import("./IndicatorsPage.js"), "IndicatorsPage");

export const indicatorRoutes = [
  createRoute({ getParentRoute: () => staffRoute, path: "indikatoren", component: IndicatorsPage }),
] as const;
