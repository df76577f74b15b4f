import { type LeitbildVersionInput, leitbildStatusLabels } from "@praeventionskette/domain";
import { useQuery } from "@tanstack/react-query";
import { useRouteContext } from "@tanstack/react-router";
import { useLabels } from "../../lib/labels.js";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.js";

/** A stored Leitbild version as the API answers it. */
export type StoredLeitbildVersion = RouterOutputs["leitbild"]["get"];

/**
 * The territories whose Leitbild the person works on: those of their role assignments (the
 * county for the county's coordinator). Empty for the platform administration, which sees all.
 */
export function useOwnTerritoryIds(): string[] {
  const { me } = useRouteContext({ from: "/staff" });
  return [...new Set(me.assignments.flatMap((assignment) => (assignment.territoryId ? [assignment.territoryId] : [])))];
}

/** The versions of one territory (or all readable ones), in version order. */
export function useLeitbildVersions(territoryId?: string) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.leitbild.list.queryOptions({ limit: 200, ...(territoryId ? { territoryId } : {}) }),
    select: (page) => [...page.items].sort((a, b) => a.territoryId.localeCompare(b.territoryId) || a.versionNumber - b.versionNumber),
  });
}

/** The version in force among one territory's versions: the adopted one (there is at most one). */
export function versionInForce<T extends Pick<LeitbildVersionInput, "status" | "territoryId">>(versions: readonly T[], territoryId: string): T | null {
  return versions.find((version) => version.territoryId === territoryId && version.status === "adopted") ?? null;
}

/** The status label from the domain (Entwurf, Beschlossen, Abgelöst) in the interface language. */
export function useStatusLabel() {
  const { label } = useLabels();
  return (status: LeitbildVersionInput["status"]) => label(leitbildStatusLabels, status);
}
