import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { staffRoute } from "../../routes/roots.js";
import { OffersSearchSchema } from "./offers-search.js";

// The pages of this area load when first visited, so the first page stays small.
const OffersPage = lazyRouteComponent(() => import("./OffersPage.js"), "OffersPage");
const OfferEditPage = lazyRouteComponent(() => import("./OfferEditPage.js"), "OfferEditPage");
const OfferImportPage = lazyRouteComponent(() => import("./OfferImportPage.js"), "OfferImportPage");

export const offerRoutes = [
  createRoute({ getParentRoute: () => staffRoute, path: "angebote", validateSearch: OffersSearchSchema, component: OffersPage }),
  createRoute({ getParentRoute: () => staffRoute, path: "angebote/neu", component: OfferEditPage }),
  createRoute({ getParentRoute: () => staffRoute, path: "angebote/import", component: OfferImportPage }),
  createRoute({ getParentRoute: () => staffRoute, path: "angebote/$offerId", component: OfferEditPage }),
] as const;
