import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import * as z from "zod/mini";
import { staffRoute } from "../../routes/roots.js";

// The pages of this area load when first visited, so the first page stays small.
const TerritoriesPage = lazyRouteComponent(() => import("./TerritoriesPage.js"), "TerritoriesPage");
const BoundaryUploadPage = lazyRouteComponent(() => import("./BoundaryUploadPage.js"), "BoundaryUploadPage");

/** The territory whose boundaries are shown or uploaded, in the URL so that the view can be linked. */
const TerritorySearchSchema = z.object({ gebiet: z.optional(z.uuid()) });

export const territoryRoutes = [
  createRoute({ getParentRoute: () => staffRoute, path: "gebiete", validateSearch: TerritorySearchSchema, component: TerritoriesPage }),
  createRoute({ getParentRoute: () => staffRoute, path: "gebiete/grenzen", validateSearch: TerritorySearchSchema, component: BoundaryUploadPage }),
] as const;
