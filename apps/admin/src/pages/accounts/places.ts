import type { Option } from "@praeventionskette/ui";
import { useQuery } from "@tanstack/react-query";
import { useRouteContext } from "@tanstack/react-router";
import { useTRPC } from "../../lib/trpc.js";

/**
 * Where this person may grant roles, as options: administrators everywhere (the Land, counties,
 * towns), a coordinator its county and the towns in it (the API checks the same); and the
 * organisations there, for provider editors. `placeName` names any territory or organisation.
 */
export function useGrantablePlaces() {
  const trpc = useTRPC();
  const { me } = useRouteContext({ from: "/staff" });
  const queries = [
    useQuery(trpc.territory.list.queryOptions({ kind: "state", limit: 200 })),
    useQuery(trpc.territory.list.queryOptions({ kind: "county", limit: 200 })),
    useQuery(trpc.territory.list.queryOptions({ kind: "countyFreeCity", limit: 200 })),
    useQuery(trpc.territory.list.queryOptions({ kind: "town", limit: 200 })),
  ];
  const actors = useQuery(trpc.actor.list.queryOptions({ limit: 200 }));
  const isAdmin = me.assignments.some((assignment) => assignment.role === "admin");
  const territoryItems = queries.flatMap((query) => query.data?.items ?? []);
  const ready = queries.every((query) => query.isSuccess) && actors.isSuccess;
  const parentOf = new Map(territoryItems.map((territory) => [territory.id, territory.parentId]));
  const coordinated = new Set(me.assignments.filter((a) => a.role === "coordinator" && a.territoryId).map((a) => a.territoryId as string));
  // Inside a coordinated territory: it or one of its ancestors is coordinated.
  const inScope = (id: string | null) => {
    for (let current = id, depth = 0; current && depth < 10; current = parentOf.get(current) ?? null, depth++) if (coordinated.has(current)) return true;
    return false;
  };
  const territories: Option[] = territoryItems
    .filter((territory) => isAdmin || inScope(territory.id))
    .map((territory) => ({ id: territory.id, label: territory.name }));
  const organisations: Option[] = (actors.data?.items ?? [])
    .filter((actor) => isAdmin || inScope(actor.territoryId))
    .map((actor) => ({ id: actor.id, label: actor.name }))
    .sort((a, b) => a.label.localeCompare(b.label, "de"));
  const names = new Map([...territoryItems.map((t) => [t.id, t.name] as const), ...(actors.data?.items ?? []).map((a) => [a.id, a.name] as const)]);
  return { ready, isAdmin, territories, organisations, placeName: (id: string | null) => (id ? (names.get(id) ?? "…") : null) };
}
