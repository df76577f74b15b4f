import type { Id } from "../shared/id.js";
import type { Goal } from "./goal.js";

/** A goal with its sub-goals, as shown in the cascade view. */
export interface GoalTreeNode<T extends Pick<Goal, "id" | "parentId"> = Goal> {
  /** The goal of this node. */
  goal: T;
  /** The goals directly below it, in input order. */
  children: GoalTreeNode<T>[];
}

/**
 * Builds the nested cascade from a flat list. Roots are the goals without parent and the goals
 * whose parent is missing from the list (so an incomplete export still shows everything).
 * Every goal appears exactly once: a goal caught in a cycle becomes a root with the loop cut,
 * so a faulty cascade can still be displayed and repaired (see `validateGoalCascade`).
 * Children keep the order of the input.
 *
 * @example
 * buildGoalTree([leitziel, strategicGoal]);
 * // [{ goal: leitziel, children: [{ goal: strategicGoal, children: [] }] }]
 */
export function buildGoalTree<T extends Pick<Goal, "id" | "parentId">>(
  goals: readonly T[],
): GoalTreeNode<T>[] {
  const ids = new Set<Id>(goals.map((g) => g.id));
  const childrenOf = new Map<Id, T[]>();
  for (const goal of goals) {
    if (goal.parentId === null || !ids.has(goal.parentId)) continue;
    const siblings = childrenOf.get(goal.parentId) ?? [];
    siblings.push(goal);
    childrenOf.set(goal.parentId, siblings);
  }

  const placed = new Set<T>();
  const placedIds = new Set<Id>();
  const build = (goal: T): GoalTreeNode<T> => {
    placed.add(goal);
    placedIds.add(goal.id);
    const children: GoalTreeNode<T>[] = [];
    for (const child of childrenOf.get(goal.id) ?? []) {
      if (!placed.has(child) && !placedIds.has(child.id)) children.push(build(child));
    }
    return { goal, children };
  };

  const roots: GoalTreeNode<T>[] = [];
  for (const goal of goals) {
    if (goal.parentId === null || !ids.has(goal.parentId)) {
      if (!placed.has(goal)) roots.push(build(goal));
    }
  }
  for (const goal of goals) {
    if (!placed.has(goal)) roots.push(build(goal));
  }
  return roots;
}
