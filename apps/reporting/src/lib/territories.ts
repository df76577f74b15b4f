import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { type RouterOutputs, useTRPC, useTRPCClient } from "./trpc.js";

/** A territory as the territory list gives it. */
export type Territory = RouterOutputs["territory"]["list"]["items"][number];

/** The territory tree with the look-ups the pages need. */
export interface TerritoryTree {
  all: Territory[];
  byId: Map<string, Territory>;
  childrenOf: (id: string) => Territory[];
  /** Everything above a territory, nearest first. */
  ancestorsOf: (id: string) => Territory[];
  /** The county (or county-free city) a territory lies in, or the territory itself when it is one. */
  countyOf: (id: string) => Territory | undefined;
  /** The territory a page shows when none is chosen: the first county. */
  defaultTerritory: Territory | undefined;
}

/** The largest page the list procedures give. */
const PAGE = 200;

/**
 * Every territory the reader may see (the Land, counties, towns and social areas). The list
 * comes in pages of 200: the first page says how many there are, the rest are read at once, so a
 * state's tree (a few thousand) is complete too; cached for the session.
 */
export function useTerritoryTree() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const list = useQuery({
    queryKey: [...trpc.territory.list.queryKey({ limit: PAGE }), "all pages"],
    staleTime: 10 * 60_000,
    queryFn: async () => {
      const first = await client.territory.list.query({ limit: PAGE, offset: 0 });
      const offsets: number[] = [];
      for (let offset = PAGE; offset < first.total; offset += PAGE) offsets.push(offset);
      const rest = await Promise.all(offsets.map((offset) => client.territory.list.query({ limit: PAGE, offset })));
      return [...first.items, ...rest.flatMap((page) => page.items)];
    },
  });
  const tree = useMemo<TerritoryTree | undefined>(() => {
    if (!list.data) return undefined;
    const all = [...list.data].sort((a, b) => a.name.localeCompare(b.name, "de"));
    const byId = new Map(all.map((t) => [t.id, t]));
    const children = new Map<string, Territory[]>();
    for (const t of all) if (t.parentId) children.set(t.parentId, [...(children.get(t.parentId) ?? []), t]);
    const ancestorsOf = (id: string) => {
      const result: Territory[] = [];
      for (let current = byId.get(id)?.parentId; current && result.length < 10; current = byId.get(current)?.parentId) {
        const parent = byId.get(current);
        if (!parent) break;
        result.push(parent);
      }
      return result;
    };
    const countyOf = (id: string) => {
      const own = byId.get(id);
      if (own?.kind === "county") return own;
      return ancestorsOf(id).find((t) => t.kind === "county");
    };
    return { all, byId, childrenOf: (id) => children.get(id) ?? [], ancestorsOf, countyOf, defaultTerritory: all.find((t) => t.kind === "county") };
  }, [list.data]);
  return { tree, isPending: list.isPending, error: list.error };
}
