import { z } from "zod";
import { IsoDateSchema } from "../shared/date.js";
import { IdSchema } from "../shared/id.js";
import { GoalLevelSchema } from "./level.js";
import { GoalStatusSchema } from "./status.js";

/**
 * A value of a goal's indicator at a date: the baseline (Ausgangswert) or the target
 * (Zielwert with Zieldatum).
 *
 * @example
 * GoalValueSchema.parse({ value: 39.3, date: "2019-03-01" });
 */
export const GoalValueSchema = z.object({
  value: z.number().refine(Number.isFinite, "Bitte eine Zahl angeben."),
  date: IsoDateSchema,
});
/** A value at a date (baseline or target of a goal). */
export type GoalValue = z.infer<typeof GoalValueSchema>;

const goalFields = z.object({
  territoryId: IdSchema,
  level: GoalLevelSchema,
  parentId: IdSchema.nullable(),
  title: z.string().trim().min(1, "Bitte einen Titel für das Ziel angeben.").max(300),
  description: z.string().trim().max(5000),
  responsibleActorIds: z.array(IdSchema),
  indicatorIds: z.array(IdSchema),
  baseline: GoalValueSchema.nullable(),
  target: GoalValueSchema.nullable(),
  status: GoalStatusSchema,
  lifePhaseIds: z.array(IdSchema),
  fieldOfActionIds: z.array(IdSchema),
});

type GoalFields = z.infer<typeof goalFields> & { id?: string };

function checkGoal(goal: GoalFields, ctx: z.RefinementCtx): void {
  if (goal.level === "guiding" && goal.parentId !== null) {
    ctx.addIssue({
      code: "custom",
      path: ["parentId"],
      message: "Ein Leitziel steht an der Spitze der Zielkaskade und hat kein übergeordnetes Ziel.",
    });
  }
  if (goal.level !== "guiding" && goal.parentId === null) {
    ctx.addIssue({
      code: "custom",
      path: ["parentId"],
      message: "Bitte das übergeordnete Ziel angeben; nur ein Leitziel steht ohne übergeordnetes Ziel.",
    });
  }
  if (goal.id !== undefined && goal.parentId === goal.id) {
    ctx.addIssue({
      code: "custom",
      path: ["parentId"],
      message: "Ein Ziel kann nicht sein eigenes übergeordnetes Ziel sein.",
    });
  }
  // SMART: an action goal without target and indicator cannot be checked for achievement.
  if (goal.level === "action") {
    if (goal.target === null) {
      ctx.addIssue({
        code: "custom",
        path: ["target"],
        message: "Ein Handlungsziel braucht einen Zielwert und ein Zieldatum.",
      });
    }
    if (goal.indicatorIds.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["indicatorIds"],
        message: "Ein Handlungsziel braucht mindestens eine Kennzahl, an der es gemessen wird.",
      });
    }
  }
  if (goal.baseline !== null && goal.target !== null && goal.target.date <= goal.baseline.date) {
    ctx.addIssue({
      code: "custom",
      path: ["target", "date"],
      message: "Das Zieldatum muss nach dem Datum des Ausgangswerts liegen.",
    });
  }
}

/**
 * Ziel: one node of the goal cascade (Leitziel → strategisches Ziel → Handlungsziel →
 * Maßnahme), with the actors responsible for it (Verantwortungsgemeinschaft), the indicators it
 * is measured by, baseline and target. What a user submits (no id).
 *
 * @example
 * GoalInputSchema.parse({
 *   territoryId: "0b7f4c1e-6a0a-4c8e-9a55-2f1d2f0c9e11",
 *   level: "action",
 *   parentId: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
 *   title: "Betreuungsquote U3 auf 45 % steigern",
 *   description: "",
 *   responsibleActorIds: [],
 *   indicatorIds: ["9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d"],
 *   baseline: { value: 39.3, date: "2019-03-01" },
 *   target: { value: 45, date: "2025-03-01" },
 *   status: "inProgress",
 *   lifePhaseIds: [],
 *   fieldOfActionIds: [],
 * });
 */
export const GoalInputSchema = goalFields.superRefine(checkGoal);
/** A goal as submitted (no id). */
export type GoalInput = z.infer<typeof GoalInputSchema>;

/**
 * A stored goal of the cascade with its id.
 *
 * @example
 * GoalSchema.parse({ ...goalInput, id: "3f2504e0-4f89-41d3-9a0c-0305e82c3301" });
 */
export const GoalSchema = goalFields.extend({ id: IdSchema }).superRefine(checkGoal);
/** A stored goal. */
export type Goal = z.infer<typeof GoalSchema>;
