import { useQuery } from "@tanstack/react-query";
import { useParams, useSearch } from "@tanstack/react-router";
import { loadState } from "../../forms/load-state.js";
import { useTRPC } from "../../lib/trpc.js";
import { useCascadeTerritories } from "./cascade-territories.js";
import { GoalForm } from "./GoalForm.js";
import "./goals.css";
import { useAreaTexts } from "../../lib/area-texts.js";
import { goalsDe, goalsEn } from "./texts.js";

/** `/ziele/neu` (below a parent, at a level) and `/ziele/:id`: add or edit one goal of the cascade. */
export function GoalEditPage() {
  const { t } = useAreaTexts("goals", goalsDe, goalsEn);
  const trpc = useTRPC();
  const { goalId } = useParams({ strict: false });
  const search = useSearch({ strict: false }) as { gebiet?: string; oben?: string; ebene?: "guiding" | "strategic" | "action" | "measure" };
  const territories = useCascadeTerritories();
  const goal = useQuery({ ...trpc.goal.get.queryOptions({ id: goalId ?? "" }), enabled: Boolean(goalId) });
  if (!goalId) {
    const territoryId = search.gebiet ?? territories.options[0]?.id;
    if (!territoryId) return <p role="status">{t("app.loading")}</p>;
    return <GoalForm stored={null} territoryId={territoryId} start={{ level: search.ebene, parentId: search.oben }} />;
  }
  return loadState({ loading: t("app.loading"), notFound: t("goals.notFound") }, goal) ?? <GoalForm key={goal.data!.id} stored={goal.data!} territoryId={goal.data!.territoryId} start={{}} />;
}
