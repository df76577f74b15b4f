import { QueryCache, QueryClient } from "@tanstack/react-query";

/**
 * How an app's tRPC client reaches the API: `${apiUrl}/trpc` (empty `apiUrl`: the app's own
 * origin), batched, with the session cookie sent along. Each app passes it to `httpBatchLink`
 * in its `src/lib/trpc.ts`, the one place that knows the server's types.
 *
 * @example
 * createTRPCClient<AppRouter>({ links: [httpBatchLink(apiLinkOptions(config.apiUrl))] });
 */
export function apiLinkOptions(apiUrl: string) {
  return {
    url: `${apiUrl.replace(/\/$/, "")}/trpc`,
    // Large batches make long URLs; 20 reads in one request is plenty for a page.
    maxItems: 20,
    fetch: (url: URL | RequestInfo, options?: RequestInit) => fetch(url, { ...options, credentials: "include" }),
  };
}

/**
 * One query cache per app: reads stay fresh for 30 s (lists do not change by the second), are
 * not retried on answers that would not change (4xx), and report failures to `onError`.
 */
export function createQueryClient(onError?: (error: unknown) => void): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: (error) => onError?.(error) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => failures < 2 && !isClientError(error),
      },
    },
  });
}

function isClientError(error: unknown): boolean {
  const status = (error as { data?: { httpStatus?: number } } | null)?.data?.httpStatus;
  return typeof status === "number" && status >= 400 && status < 500;
}
