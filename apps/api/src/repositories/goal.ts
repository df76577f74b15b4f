import { type GoalInput, GoalInputSchema, GoalLevelSchema, IdSchema, validateGoalCascade } from "@praeventionskette/domain";
import { z } from "zod";
import { RuleViolationError } from "../errors.js";
import { type Aggregate, allRecords, type ListFilter } from "./aggregate.js";

const unsavedId = "00000000-0000-4000-8000-000000000000";

/** Zielkaskade: guiding goal → strategic goals → action goals → measures. */
export const goalAggregate: Aggregate<GoalInput> = {
  table: "goal",
  label: "Ziel",
  input: GoalInputSchema,
  columns: (goal) => ({ territory_id: goal.territoryId, parent_id: goal.parentId, level: goal.level }),
  territoriesOf: async (_db, goal) => [goal.territoryId],
  references: (goal) => [
    { table: "territory", ids: [goal.territoryId], path: "territoryId", what: "Gebiet" },
    { table: "goal", ids: goal.parentId ? [goal.parentId] : [], path: "parentId", what: "Übergeordnetes Ziel" },
    { table: "actor", ids: goal.responsibleActorIds, path: "responsibleActorIds", what: "Verantwortlicher Akteur" },
    { table: "indicator", ids: goal.indicatorIds, path: "indicatorIds", what: "Indikator" },
    { table: "life_phase", ids: goal.lifePhaseIds, path: "lifePhaseIds", what: "Lebensphase" },
    { table: "field_of_action", ids: goal.fieldOfActionIds, path: "fieldOfActionIds", what: "Handlungsfeld" },
  ],
  async check(db, change) {
    const id = change.id ?? unsavedId;
    const others = (await allRecords(db, goalAggregate)).filter((goal) => goal.id !== change.id);
    // A changed level can break the goals below it, so their issues count as well.
    const affected = new Set([id, ...others.filter((goal) => goal.parentId === id).map((goal) => goal.id)]);
    const issue = validateGoalCascade([...others, { ...change.input, id }]).find((i) => affected.has(i.goalId));
    if (issue) throw new RuleViolationError(issue.message, ["parentId"]);
  },
};

/** Filters for goal lists. */
export const goalFilter: ListFilter<{ level?: string; parentId?: string; territoryId?: string }> = {
  schema: z.object({ level: GoalLevelSchema.optional(), parentId: IdSchema.optional(), territoryId: IdSchema.optional() }),
  apply: (query, filter) => {
    let q = query;
    if (filter.level) q = q.where("level", "=", filter.level);
    if (filter.parentId) q = q.where("parent_id", "=", filter.parentId);
    if (filter.territoryId) q = q.where("territory_id", "=", filter.territoryId);
    return q;
  },
};
