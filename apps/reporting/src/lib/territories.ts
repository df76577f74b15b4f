import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { type RouterOutputs, useTRPC } from "./trpc.js";

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

const PAGE = 200;

/**
 * Every territory the reader may see (the Land, counties, towns and social areas), read in
 * pages of 200 — a county's tree is one page, a state's a few dozen, cached for the session.
 */
export function useTerritoryTree() {
  const trpc = useTRPC();
  const first = useQuery({ ...trpc.territory.list.queryOptions({ limit: PAGE }), staleTime: 10 * 60_000 });
  const tree = useMemo<TerritoryTree | undefined>(() => {
    if (!first.data) return undefined;
    const all = [...first.data.items].sort((a, b) => a.name.localeCompare(b.name, "de"));
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
  }, [first.data]);
  return { tree, isPending: first.isPending, error: first.error };
}
