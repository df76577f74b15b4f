import { useQuery } from "@tanstack/react-query";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.js";

export type LifePhase = RouterOutputs["lifePhase"]["list"]["items"][number];
export type Transition = RouterOutputs["transition"]["list"]["items"][number];
export type FieldOfAction = RouterOutputs["fieldOfAction"]["list"]["items"][number];

/**
 * The configuration a youth office owns (`youthOfficeId`), or the platform defaults (`null`):
 * life phases and transitions in their order, fields of action by name.
 */
export function useConfiguration(youthOfficeId: string | null) {
  const trpc = useTRPC();
  const owner = { youthOfficeId, limit: 200 } as const;
  const phases = useQuery(trpc.lifePhase.list.queryOptions(owner));
  const transitions = useQuery(trpc.transition.list.queryOptions(owner));
  const fields = useQuery(trpc.fieldOfAction.list.queryOptions(owner));
  const byOrder = <T extends { order: number }>(items: T[]) => [...items].sort((a, b) => a.order - b.order);
  return {
    isPending: phases.isPending || transitions.isPending || fields.isPending,
    error: phases.error ?? transitions.error ?? fields.error,
    phases: byOrder(phases.data?.items ?? []),
    transitions: byOrder(transitions.data?.items ?? []),
    fields: [...(fields.data?.items ?? [])].sort((a, b) => a.name.de.localeCompare(b.name.de, "de")),
  };
}
