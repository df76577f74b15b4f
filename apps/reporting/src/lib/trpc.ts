// The one file of the reporting app that knows the API's types (enforced by the lint rule).
import type { AppRouter, RouterInputs, RouterOutputs } from "@praeventionskette/api/client";
import { apiLinkOptions } from "@praeventionskette/ui";
import type { QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCContext, createTRPCOptionsProxy } from "@trpc/tanstack-react-query";

export type { RouterInputs, RouterOutputs };

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/** The typed client for the API at `apiUrl` (empty: this origin) and its query options for route loaders. */
export function createApi(apiUrl: string, queryClient: QueryClient) {
  const client = createTRPCClient<AppRouter>({ links: [httpBatchLink(apiLinkOptions(apiUrl))] });
  return { client, options: createTRPCOptionsProxy<AppRouter>({ client, queryClient }) };
}

/** The API as route loaders use it. */
export type Api = ReturnType<typeof createApi>;
/** The signed-in person, or null for an anonymous visitor. */
export type Me = RouterOutputs["account"]["me"];
