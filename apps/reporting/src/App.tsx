import { type QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import type { i18n } from "i18next";
import { I18nextProvider } from "react-i18next";
import { type Api, TRPCProvider } from "./lib/trpc.js";
import type { ReportingRouter } from "./router.js";

/** Providers around the router: texts, the query cache and the typed API. */
export function App({ i18n, queryClient, api, router }: { i18n: i18n; queryClient: QueryClient; api: Api; router: ReportingRouter }) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={api.client} queryClient={queryClient}>
          <RouterProvider router={router} />
        </TRPCProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
