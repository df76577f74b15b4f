import { useQuery } from "@tanstack/react-query";
import { type RouterOutputs, useTRPC, useTRPCClient } from "../../lib/trpc.js";

/** The API answers at most 200 entries a request; lists that must be complete are read page by page. */
export const PAGE_LIMIT = 200;

/**
 * Reads every page of a list procedure, for views that must show all entries at once (a whole
 * cascade, a whole grid of values).
 *
 * @example
 * await readAllPages((offset) => client.goal.list.query({ territoryId, limit: PAGE_LIMIT, offset }));
 */
export async function readAllPages<T>(readPage: (offset: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const items: T[] = [];
  for (;;) {
    const page = await readPage(items.length);
    items.push(...page.items);
    if (page.items.length === 0 || items.length >= page.total) return items;
  }
}

/** A stored indicator definition as the API answers it. */
export type StoredIndicator = RouterOutputs["indicator"]["get"];
/** A stored observation as the API answers it to this reader (suppressed outside their own territories). */
export type StoredObservation = RouterOutputs["observation"]["list"]["items"][number];

/** Every indicator definition. */
export function useAllIndicators() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  return useQuery({
    queryKey: [...trpc.indicator.list.queryKey(), "allPages"],
    queryFn: () => readAllPages((offset) => client.indicator.list.query({ limit: PAGE_LIMIT, offset })),
  });
}

/** Every value of one indicator, in every territory and period the reader may see. */
export function useObservationsOf(indicatorId: string) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  return useQuery({
    queryKey: [...trpc.observation.list.queryKey({ indicatorId }), "allPages"],
    queryFn: () => readAllPages((offset) => client.observation.list.query({ indicatorId, limit: PAGE_LIMIT, offset })),
  });
}

/** Every territory, for naming and ordering the rows of a grid. */
export function useAllTerritories() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  return useQuery({
    queryKey: [...trpc.territory.list.queryKey(), "allPages"],
    queryFn: () => readAllPages((offset) => client.territory.list.query({ limit: PAGE_LIMIT, offset })),
  });
}

/**
 * Which values public views suppress (small cells, and the cells that would let them be worked
 * out), as the server computes it for the public series; empty for internal indicators, which
 * are never published.
 */
export function usePublicSuppression(indicatorId: string, isPublic: boolean) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.observation.publicSeries.queryOptions({ indicatorId }),
    enabled: isPublic,
    select: (series) => ({ threshold: series.threshold, suppressed: new Set(series.observations.filter((observation) => observation.suppressed).map((observation) => observation.id)) }),
  });
}
