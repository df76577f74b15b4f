import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { staffRoute } from "../../routes/roots.js";

// The pages of this area load when first visited, so the first page stays small.
const QualityPage = lazyRouteComponent(() => import("./QualityPage.js"), "QualityPage");

export const qualityRoutes = [
  createRoute({ getParentRoute: () => staffRoute, path: "qualitaet", component: QualityPage }),
] as const;
