import { useQuery } from "@tanstack/react-query";
import { useRouteContext } from "@tanstack/react-router";
import { type RouterOutputs, useTRPC, useTRPCClient } from "../../lib/trpc.js";
import { PAGE_LIMIT, readAllPages } from "../indicators/indicator-data.js";

/** A stored goal as the API answers it (the domain's fields plus id, version and who saved it last). */
export type StoredGoal = RouterOutputs["goal"]["get"];

/** Every goal of a territory's cascade, in the order they were created. */
export function useCascade(territoryId: string | undefined) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  return useQuery({
    // Under the goal procedures' key, so that invalidating `trpc.goal` after a save refreshes it.
    queryKey: [...trpc.goal.list.queryKey({ territoryId }), "allPages"],
    queryFn: () => readAllPages((offset) => client.goal.list.query({ territoryId, limit: PAGE_LIMIT, offset })),
    enabled: Boolean(territoryId),
  });
}

/**
 * The territories whose cascade the person works on: those of their role assignments (the
 * county for the county's coordinator). Empty for the platform administration, which may pick any.
 */
export function useOwnTerritoryIds(): string[] {
  const { me } = useRouteContext({ from: "/staff" });
  return [...new Set(me.assignments.flatMap((assignment) => (assignment.territoryId ? [assignment.territoryId] : [])))];
}

/** Every actor, for naming the responsible ones and choosing them. */
export function useActors() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  return useQuery({
    queryKey: [...trpc.actor.list.queryKey(), "allPages"],
    queryFn: () => readAllPages((offset) => client.actor.list.query({ limit: PAGE_LIMIT, offset })),
  });
}
