import { type DecisionSubjectType, goalLevelLabels, labelOf, type Locale } from "@praeventionskette/domain";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../lib/trpc.js";

/** What a decision can be linked to in the form: Leitbild versions, goals and measures, funding applications, indicators. */
export const LINKABLE_SUBJECT_TYPES = ["leitbildVersion", "goal", "fundingApplication", "indicator"] as const satisfies readonly DecisionSubjectType[];

/** The records a decision can be linked to, per type, named for the person choosing. */
export function useSubjectOptions(locale: Locale): Record<DecisionSubjectType, { id: string; label: string }[]> {
  const trpc = useTRPC();
  const leitbild = useQuery(trpc.leitbild.list.queryOptions({ limit: 200 }));
  const goals = useQuery(trpc.goal.list.queryOptions({ limit: 200 }));
  const applications = useQuery(trpc.fundingApplication.list.queryOptions({ limit: 200 }));
  const indicators = useQuery(trpc.indicator.list.queryOptions({ limit: 200 }));
  const version = locale === "de" ? "Fassung" : "version";
  return {
    leitbildVersion: (leitbild.data?.items ?? []).map((item) => ({ id: item.id, label: `${item.title} – ${version} ${item.versionNumber}` })),
    goal: (goals.data?.items ?? []).map((goal) => ({ id: goal.id, label: `${labelOf(goalLevelLabels, goal.level, locale)}: ${goal.title}` })),
    fundingApplication: (applications.data?.items ?? []).map((application) => ({ id: application.id, label: application.title })),
    indicator: (indicators.data?.items ?? []).map((indicator) => ({ id: indicator.id, label: indicator.name[locale] })),
    offer: [],
    other: [],
  };
}
