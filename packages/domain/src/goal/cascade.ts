import type { Id } from "../shared/id.js";
import type { Goal } from "./goal.js";
import type { GoalLevel } from "./level.js";
import { expectedParentLevel } from "./level.js";

/** A problem found in a goal cascade: the goal concerned and a German explanation. */
export interface GoalCascadeIssue {
  /** The goal whose placement or content is wrong. */
  goalId: Id;
  /** What is wrong, in German, so that the person responsible can fix it. */
  message: string;
}

/** The fields of a goal the cascade checks look at. */
export type CascadeGoal = Pick<Goal, "id" | "level" | "parentId" | "target" | "indicatorIds">;

/**
 * Walks up from `startId` and reports whether `searchedId` is reached. Stops at missing parents
 * and at cycles already present in the data, so it terminates on any input.
 */
function reachesUpwards(
  parentOf: ReadonlyMap<Id, Id | null>,
  startId: Id,
  searchedId: Id,
): boolean {
  const seen = new Set<Id>();
  let current: Id | null | undefined = startId;
  while (current !== null && current !== undefined && !seen.has(current)) {
    if (current === searchedId) return true;
    seen.add(current);
    current = parentOf.get(current);
  }
  return false;
}

/**
 * Whether giving goal `goalId` the parent `newParentId` would close a loop in the cascade,
 * i.e. the new parent is the goal itself or one of its descendants. Use it before saving a
 * move in the editor.
 *
 * @example
 * wouldCreateCycle(goals, strategicId, measureBelowIt); // true
 * wouldCreateCycle(goals, strategicId, null); // false
 */
export function wouldCreateCycle(
  goals: readonly Pick<Goal, "id" | "parentId">[],
  goalId: Id,
  newParentId: Id | null,
): boolean {
  if (newParentId === null) return false;
  const parentOf = new Map<Id, Id | null>(goals.map((g) => [g.id, g.parentId]));
  parentOf.set(goalId, newParentId);
  return reachesUpwards(parentOf, newParentId, goalId);
}

/**
 * Checks a territory's whole goal cascade and lists every problem: duplicate ids, missing or
 * wrongly placed parents (each goal hangs directly below the next higher level), cycles, and
 * action goals (Handlungsziele) that are not measurable (SMART: target value, target date and at
 * least one indicator). An empty list means the cascade is consistent.
 *
 * @example
 * validateGoalCascade([{ id: a, level: "strategic", parentId: null, target: null, indicatorIds: [] }]);
 * // [{ goalId: a, message: "Ein strategisches Ziel braucht ein übergeordnetes Leitziel." }]
 */
export function validateGoalCascade(goals: readonly CascadeGoal[]): GoalCascadeIssue[] {
  const issues: GoalCascadeIssue[] = [];
  const byId = new Map<Id, CascadeGoal>();
  for (const goal of goals) {
    if (byId.has(goal.id)) {
      issues.push({ goalId: goal.id, message: "Diese Ziel-Kennung kommt mehrfach vor." });
    } else {
      byId.set(goal.id, goal);
    }
  }
  const parentOf = new Map<Id, Id | null>([...byId.values()].map((g) => [g.id, g.parentId]));

  for (const goal of byId.values()) {
    const levelName = inSentence[goal.level];
    const expected = expectedParentLevel(goal.level);
    if (expected === null) {
      if (goal.parentId !== null) {
        issues.push({
          goalId: goal.id,
          message: "Ein Leitziel steht an der Spitze der Zielkaskade und hat kein übergeordnetes Ziel.",
        });
      }
    } else if (goal.parentId === null) {
      issues.push({
        goalId: goal.id,
        message: `${articleFor(goal.level)} ${levelName} braucht ein übergeordnetes ${inSentence[expected]}.`,
      });
    } else {
      const parent = byId.get(goal.parentId);
      if (parent === undefined) {
        issues.push({
          goalId: goal.id,
          message: "Das übergeordnete Ziel existiert nicht (mehr). Bitte ein vorhandenes Ziel zuordnen.",
        });
      } else if (parent.level !== expected) {
        issues.push({
          goalId: goal.id,
          message: `${articleFor(goal.level)} ${levelName} gehört unter ein ${inSentence[expected]}, nicht unter ${parentArticle(parent.level)} ${inSentence[parent.level]}.`,
        });
      }
    }
    if (goal.parentId !== null && reachesUpwards(parentOf, goal.parentId, goal.id)) {
      issues.push({
        goalId: goal.id,
        message: "Die Zielkaskade enthält einen Kreis: Dieses Ziel ist über seine übergeordneten Ziele sich selbst untergeordnet.",
      });
    }
    if (goal.level === "action") {
      if (goal.target === null) {
        issues.push({ goalId: goal.id, message: "Ein Handlungsziel braucht einen Zielwert und ein Zieldatum." });
      }
      if (goal.indicatorIds.length === 0) {
        issues.push({
          goalId: goal.id,
          message: "Ein Handlungsziel braucht mindestens eine Kennzahl, an der es gemessen wird.",
        });
      }
    }
  }
  return issues;
}

// German grammar inside a sentence: "Eine Maßnahme", "ein strategisches Ziel".
const inSentence: Readonly<Record<GoalLevel, string>> = {
  guiding: "Leitziel",
  strategic: "strategisches Ziel",
  action: "Handlungsziel",
  measure: "Maßnahme",
};
function articleFor(level: GoalLevel): string {
  return level === "measure" ? "Eine" : "Ein";
}
function parentArticle(level: GoalLevel): string {
  return level === "measure" ? "eine" : "ein";
}
