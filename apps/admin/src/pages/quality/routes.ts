import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { staffRoute } from "../../routes/roots.js";
import { NewAssessmentSearchSchema, QualitySearchSchema } from "./quality-search.js";

// The pages of this area load when first visited, so the first page stays small.
const QualityPage = lazyRouteComponent(() => import("./QualityPage.js"), "QualityPage");
const AssessmentEditPage = lazyRouteComponent(() => import("./AssessmentEditPage.js"), "AssessmentEditPage");

export const qualityRoutes = [
  createRoute({ getParentRoute: () => staffRoute, path: "qualitaet", validateSearch: QualitySearchSchema, component: QualityPage }),
  createRoute({ getParentRoute: () => staffRoute, path: "qualitaet/neu", validateSearch: NewAssessmentSearchSchema, component: AssessmentEditPage }),
  createRoute({ getParentRoute: () => staffRoute, path: "qualitaet/$assessmentId", component: AssessmentEditPage }),
] as const;
