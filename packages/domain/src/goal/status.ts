import { z } from "zod";
import type { EnumLabels } from "../shared/label.js";

/**
 * Working status of a goal or measure, set by the people responsible (not computed; compare
 * the indicator-based progress status of `assessProgress`).
 *
 * @example
 * GoalStatusSchema.parse("inProgress");
 */
export const GoalStatusSchema = z.enum(["planned", "inProgress", "achieved", "discontinued"]);
/** Working status of a goal: planned, in progress, achieved or discontinued. */
export type GoalStatus = z.infer<typeof GoalStatusSchema>;

/** German and English labels of the goal statuses. */
export const goalStatusLabels: EnumLabels<GoalStatus> = {
  planned: { de: "Geplant", en: "Planned" },
  inProgress: { de: "In Umsetzung", en: "In progress" },
  achieved: { de: "Erreicht", en: "Achieved" },
  discontinued: { de: "Eingestellt", en: "Discontinued" },
};
