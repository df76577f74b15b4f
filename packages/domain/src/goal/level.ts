import { z } from "zod";
import type { EnumLabels } from "../shared/label.js";

/**
 * Level in the goal cascade (Zielkaskade), from the top: Leitziel (guiding goal, derived from
 * the Leitbild), strategisches Ziel, Handlungsziel (SMART action goal) and Maßnahme (measure).
 *
 * @example
 * GoalLevelSchema.parse("action");
 */
export const GoalLevelSchema = z.enum(["guiding", "strategic", "action", "measure"]);
/** Level in the goal cascade. */
export type GoalLevel = z.infer<typeof GoalLevelSchema>;

/** German and English labels of the goal levels. */
export const goalLevelLabels: EnumLabels<GoalLevel> = {
  guiding: { de: "Leitziel", en: "Guiding goal" },
  strategic: { de: "Strategisches Ziel", en: "Strategic goal" },
  action: { de: "Handlungsziel", en: "Action goal" },
  measure: { de: "Maßnahme", en: "Measure" },
};

const parentLevels: Readonly<Record<GoalLevel, GoalLevel | null>> = {
  guiding: null,
  strategic: "guiding",
  action: "strategic",
  measure: "action",
};

/**
 * The level a goal's parent must have: the level directly above, `null` for a guiding goal
 * (Leitziel), which hangs below the Leitbild itself.
 *
 * @example
 * expectedParentLevel("measure"); // "action"
 * expectedParentLevel("guiding"); // null
 */
export function expectedParentLevel(level: GoalLevel): GoalLevel | null {
  return parentLevels[level];
}
