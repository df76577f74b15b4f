// The one file of the portal that knows the API's types (enforced by the lint rule). The portal
// calls the API on the server only; browsers receive rendered pages and page data.
import type { AppRouter, RouterInputs, RouterOutputs } from "@praeventionskette/api/client";
import { createTRPCClient, httpBatchLink } from "@trpc/client";

/** The API as the portal's server uses it: over HTTP, or in the same process through `fetchImpl`. */
export function createPortalApi(apiUrl: string, fetchImpl: typeof fetch) {
  return createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: `${apiUrl.replace(/\/$/, "")}/trpc`, fetch: fetchImpl, maxItems: 10 })] });
}

export type PortalApi = ReturnType<typeof createPortalApi>;
export type SearchInput = Exclude<RouterInputs["offer"]["search"], void | undefined>;
/** A search as result cards: what the portal's result list and map show (see the API's `offer.searchCards`). */
export type SearchResult = RouterOutputs["offer"]["searchCards"];
export type OfferResult = SearchResult["items"][number];
export type OfferDetail = RouterOutputs["offer"]["get"];
export type LifePhase = RouterOutputs["lifePhase"]["list"]["items"][number];
export type Transition = RouterOutputs["transition"]["list"]["items"][number];
export type TerritoryBoundaries = RouterOutputs["territory"]["boundaries"];
