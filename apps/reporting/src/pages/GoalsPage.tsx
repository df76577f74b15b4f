import { goalLevelLabels } from "@praeventionskette/domain";
import { Notice, PageHeader } from "@praeventionskette/ui";
import { useQuery } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { GoalStatus } from "../components/GoalStatus.js";
import { TerritorySelect } from "../components/TerritorySelect.js";
import { formatDate, formatNumber, formatValue } from "../lib/format.js";
import { useLabels } from "../lib/labels.js";
import { useTerritoryTree } from "../lib/territories.js";
import { type RouterOutputs, useTRPC } from "../lib/trpc.js";

type Progress = RouterOutputs["goal"]["cascadeProgress"][number];

/** The latest value of a goal's series that is not suppressed. */
export function latestValue(progress: Progress) {
  return [...progress.series].reverse().find((point) => point.value !== null && !point.suppressed) ?? null;
}

/** A goal's baseline, latest value or target in its indicator's unit ("6,8 %"); the number alone for a goal without an indicator. */
export function goalValue(progress: Progress, value: number, language: string): string {
  return progress.indicator ? formatValue(value, progress.indicator.unit, language) : formatNumber(value, language);
}

function GoalFigures({ progress }: { progress: Progress }) {
  const { t, i18n } = useTranslation();
  const { name } = useLabels();
  const latest = latestValue(progress);
  const number = (value: number) => goalValue(progress, value, i18n.language);
  return (
    <>
      {progress.indicator && <p className="muted">{t("goals.measuredBy", { indicator: `${progress.indicator.code} ${name(progress.indicator.name)}` })}</p>}
      <dl className="goal-figures">
        <div><dt>{t("goals.baseline")}</dt><dd>{progress.baseline ? t("goals.valueAt", { value: number(progress.baseline.value), date: formatDate(progress.baseline.date, i18n.language) }) : "–"}</dd></div>
        <div><dt>{t("goals.latest")}</dt><dd>{latest && latest.value !== null ? t("goals.valueIn", { value: number(latest.value), period: latest.period }) : "–"}</dd></div>
        <div><dt>{t("goals.target")}</dt><dd>{progress.target ? t("goals.valueAt", { value: number(progress.target.value), date: formatDate(progress.target.date, i18n.language) }) : "–"}</dd></div>
      </dl>
    </>
  );
}

/**
 * Die Zielkaskade: guiding goal, strategic goals, action goals and measures as nested lists,
 * each measurable goal with baseline, latest value, target and its progress status.
 */
export function GoalCascade({ progress, parents }: { progress: Progress[]; parents: Map<string, string | null> }) {
  const { label } = useLabels();
  const ids = new Set(progress.map((p) => p.goalId));
  const childrenOf = (parentId: string | null) => progress.filter((p) => {
    const parent = parents.get(p.goalId) ?? null;
    return parentId === null ? parent === null || !ids.has(parent) : parent === parentId;
  });
  const branch = (parentId: string | null, depth: number) => {
    const children = childrenOf(parentId);
    if (children.length === 0) return null;
    return (
      <ul className={depth === 0 ? "cascade" : undefined}>
        {children.map((p) => (
          <li key={p.goalId} className={`goal goal--${p.level}`}>
            <div className="goal__body">
              <p className="goal__level">{label(goalLevelLabels, p.level)}</p>
              <p className="goal__title">{p.title}</p>
              {(p.indicator || p.baseline || p.target) && <GoalFigures progress={p} />}
              {/* A measure reports its own performance, not a population indicator: no status to give. */}
              {(p.indicator !== null || p.level !== "measure") && <GoalStatus status={p.assessment.status} measured={p.indicator !== null} />}
            </div>
            {branch(p.goalId, depth + 1)}
          </li>
        ))}
      </ul>
    );
  };
  return branch(null, 0);
}

/** Zielerreichung: the territory's goal cascade with progress. */
export function GoalsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const search = useSearch({ from: "/ziele" });
  const navigate = useNavigate({ from: "/ziele" });
  const { tree } = useTerritoryTree();
  const territoryId = search.gebiet ?? tree?.defaultTerritory?.id;
  const progress = useQuery({ ...trpc.goal.cascadeProgress.queryOptions({ territoryId: territoryId ?? "" }), enabled: Boolean(territoryId) });
  const goals = useQuery({ ...trpc.goal.list.queryOptions({ territoryId: territoryId ?? "", limit: 200 }), enabled: Boolean(territoryId) });
  const parents = new Map((goals.data?.items ?? []).map((goal) => [goal.id, goal.parentId]));
  return (
    <>
      <PageHeader title={t("goals.title")} lead={t("goals.lead")} />
      {tree && territoryId && (
        <div className="controls no-print">
          <TerritorySelect tree={tree} value={territoryId} onChange={(id) => void navigate({ search: { gebiet: id } })} />
        </div>
      )}
      {(progress.isPending || goals.isPending) && <p role="status">{t("app.loading")}</p>}
      {progress.isError && <Notice tone="error">{progress.error.message}</Notice>}
      {progress.data && goals.data && (progress.data.length === 0 ? <p>{t("goals.none")}</p> : <GoalCascade progress={progress.data} parents={parents} />)}
      <p className="muted method-note">{t("goals.method")}</p>
    </>
  );
}
