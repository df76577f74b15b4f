import { buildGoalTree, expectedParentLevel, type GoalLevel, goalLevelLabels, type GoalTreeNode, validateGoalCascade } from "@praeventionskette/domain";
import { Checkbox, Notice, PageHeader, Select } from "@praeventionskette/ui";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { useMemo } from "react";
import { useLabels } from "../../lib/labels.js";
import { useCascadeTerritories } from "./cascade-territories.js";
import { type StoredGoal, useCascade } from "./goal-data.js";
import { GoalSummary } from "./GoalSummary.js";
import "./goals.css";
import { useAreaTexts } from "../../lib/area-texts.js";
import { goalsDe, goalsEn } from "./texts.js";

const CHILD_LEVEL: Record<GoalLevel, GoalLevel | null> = { guiding: "strategic", strategic: "action", action: "measure", measure: null };

/** The level below, if any: what "add below" creates. */
export function childLevelOf(level: GoalLevel): GoalLevel | null {
  return CHILD_LEVEL[level];
}

/**
 * `/ziele`: a territory's goal cascade as a tree from the guiding goal (Leitziel) down to the
 * measures, with the domain's warnings at the goals they concern; filters in the URL.
 */
export function GoalsPage() {
  const { t } = useAreaTexts("goals", goalsDe, goalsEn);
  const search = useSearch({ from: "/staff/ziele" });
  const navigate = useNavigate({ from: "/ziele" });
  const territories = useCascadeTerritories();
  const territoryId = search.gebiet ?? territories.options[0]?.id;
  const cascade = useCascade(territoryId);

  const goals = useMemo(() => cascade.data ?? [], [cascade.data]);
  const issuesByGoal = useMemo(() => {
    const byGoal = new Map<string, string[]>();
    for (const issue of validateGoalCascade(goals)) byGoal.set(issue.goalId, [...(byGoal.get(issue.goalId) ?? []), issue.message]);
    return byGoal;
  }, [goals]);
  const tree = useMemo(() => buildGoalTree(goals), [goals]);
  const flagged = goals.filter((goal) => issuesByGoal.has(goal.id));

  return (
    <>
      <PageHeader
        title={t("goals.title")}
        lead={t("goals.lead")}
        actions={territoryId && <Link className="ui-button ui-button--primary" to="/ziele/neu" search={{ gebiet: territoryId, ebene: "guiding" }}>{t("goals.addGuiding")}</Link>}
      />
      <div className="filters">
        {territories.options.length > 1 && <Select label={t("goals.territory")} value={territoryId ?? null} onChange={(id) => void navigate({ search: (previous) => ({ ...previous, gebiet: id ?? undefined }) })} options={territories.options} />}
        <Checkbox isSelected={search.hinweise ?? false} onChange={(only) => void navigate({ search: (previous) => ({ ...previous, hinweise: only || undefined }) })}>{t("goals.onlyWarnings")}</Checkbox>
      </div>
      {(cascade.isPending || territories.isPending) && <p role="status">{t("app.loading")}</p>}
      {cascade.isError && <Notice tone="error">{cascade.error.message}</Notice>}
      {cascade.data && (
        <>
          {flagged.length > 0 ? <Notice tone="warning">{t("goals.warningsSummary", { count: flagged.length })}</Notice> : goals.length > 0 && <Notice tone="success">{t("goals.consistent")}</Notice>}
          {goals.length === 0 && <p>{t("goals.empty")}</p>}
          {search.hinweise ? (
            <ul className="goal-list">
              {flagged.map((goal) => (
                <li key={goal.id}>
                  <GoalCard goal={goal} headingLevel={2} issues={issuesByGoal.get(goal.id) ?? []} goals={goals} />
                </li>
              ))}
            </ul>
          ) : (
            <GoalBranch nodes={tree} depth={0} issuesByGoal={issuesByGoal} goals={goals} />
          )}
        </>
      )}
    </>
  );
}

function GoalBranch({ nodes, depth, issuesByGoal, goals }: { nodes: GoalTreeNode<StoredGoal>[]; depth: number; issuesByGoal: Map<string, string[]>; goals: StoredGoal[] }) {
  if (nodes.length === 0) return null;
  return (
    <ul className={depth === 0 ? "goal-tree" : undefined}>
      {nodes.map((node) => (
        <li key={node.goal.id}>
          <GoalCard goal={node.goal} headingLevel={Math.min(2 + depth, 6)} issues={issuesByGoal.get(node.goal.id) ?? []} goals={goals} />
          <GoalBranch nodes={node.children} depth={depth + 1} issuesByGoal={issuesByGoal} goals={goals} />
        </li>
      ))}
    </ul>
  );
}

/** One goal of the cascade: level, title, the figures it is measured by, its warnings, and adding below it. */
function GoalCard({ goal, headingLevel, issues, goals }: { goal: StoredGoal; headingLevel: number; issues: string[]; goals: StoredGoal[] }) {
  const { t } = useAreaTexts("goals", goalsDe, goalsEn);
  const { label } = useLabels();
  const Heading = `h${headingLevel}` as "h2";
  const below = childLevelOf(goal.level);
  // A misplaced goal says where it belongs, so the warning can be acted on from the tree.
  const parentLevel = expectedParentLevel(goal.level);
  const parent = goals.find((other) => other.id === goal.parentId);
  return (
    <article className={`goal-card goal-card--${goal.level}${issues.length > 0 ? " goal-card--warning" : ""}`} aria-labelledby={`goal-${goal.id}`}>
      <p className="goal-card__level">{label(goalLevelLabels, goal.level)}</p>
      <Heading id={`goal-${goal.id}`} className="goal-card__title">
        <Link to="/ziele/$goalId" params={{ goalId: goal.id }}>{goal.title}</Link>
      </Heading>
      <GoalSummary goal={goal} />
      {issues.length > 0 && (
        <div className="goal-card__warnings">
          <p className="goal-card__warnings-title">{t("goals.warningsOf", { count: issues.length })}</p>
          <ul>
            {issues.map((issue) => <li key={issue}>{issue}</li>)}
          </ul>
          {parentLevel && parent && parent.level !== parentLevel && <p className="muted">{t("goals.misplacedHint")}</p>}
        </div>
      )}
      {below && (
        <Link className="goal-card__add" to="/ziele/neu" search={{ gebiet: goal.territoryId, oben: goal.id, ebene: below }} aria-label={t("goals.addBelowNamed", { level: label(goalLevelLabels, below), title: goal.title })}>
          {t("goals.addBelow", { level: label(goalLevelLabels, below) })}
        </Link>
      )}
    </article>
  );
}
