import { goalStatusLabels } from "@praeventionskette/domain";
import { formatDate } from "../../lib/format.js";
import { useLabels } from "../../lib/labels.js";
import { type StoredGoal, useActors } from "./goal-data.js";
import { useAllIndicators } from "../indicators/indicator-data.js";
import { useAreaTexts } from "../../lib/area-texts.js";
import { goalsDe, goalsEn } from "./texts.js";

const decimal = (value: number, language: string) => new Intl.NumberFormat(language === "de" ? "de-DE" : "en-GB", { maximumFractionDigits: 2 }).format(value);

/** The facts of a goal in one line each: status, indicators, baseline, target and who is responsible. */
export function GoalSummary({ goal }: { goal: StoredGoal }) {
  const { t, i18n } = useAreaTexts("goals", goalsDe, goalsEn);
  const { label, name } = useLabels();
  const indicators = useAllIndicators();
  const actors = useActors();
  const indicatorNames = goal.indicatorIds.map((id) => {
    const indicator = indicators.data?.find((candidate) => candidate.id === id);
    return indicator ? `${indicator.code} ${name(indicator.name)}` : "…";
  });
  const actorNames = goal.responsibleActorIds.map((id) => actors.data?.find((actor) => actor.id === id)?.name ?? "…");
  return (
    <dl className="goal-facts">
      <div>
        <dt>{t("goals.status")}</dt>
        <dd>{label(goalStatusLabels, goal.status)}</dd>
      </div>
      {indicatorNames.length > 0 && (
        <div>
          <dt>{t("goals.indicators")}</dt>
          <dd>{indicatorNames.join("; ")}</dd>
        </div>
      )}
      {goal.baseline && (
        <div>
          <dt>{t("goals.baseline")}</dt>
          <dd>{t("goals.valueAt", { value: decimal(goal.baseline.value, i18n.language), date: formatDate(goal.baseline.date, i18n.language) })}</dd>
        </div>
      )}
      {goal.target && (
        <div>
          <dt>{t("goals.target")}</dt>
          <dd>{t("goals.valueBy", { value: decimal(goal.target.value, i18n.language), date: formatDate(goal.target.date, i18n.language) })}</dd>
        </div>
      )}
      {actorNames.length > 0 && (
        <div className="goal-facts__wide">
          <dt>{t("goals.responsible")}</dt>
          <dd>{actorNames.join(", ")}</dd>
        </div>
      )}
    </dl>
  );
}
