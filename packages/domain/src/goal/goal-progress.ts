import type { IndicatorInput } from "../indicator/indicator.js";
import { periodEndYear } from "../indicator/period.js";
import type { GoalInput } from "./goal.js";
import { type DesiredDirection, type ProgressAssessment, type ProgressPoint, assessProgress } from "./progress.js";

/** One value of a goal's indicator series as a public series shows it (`null` when suppressed or missing). */
export interface GoalSeriesValue {
  /** The reporting period, e.g. "2023/24". */
  period: string;
  /** The rate; `null` when the cell is suppressed or has no value. */
  value: number | null;
}

/**
 * The year a goal value (baseline or target) counts as: the calendar year of its date. With
 * {@link periodEndYear} a school-year value 2018/19 and a baseline dated in 2019 meet in 2019.
 *
 * @example
 * goalValueYear({ value: 39.3, date: "2019-07-31" }); // 2019
 */
export function goalValueYear(value: { date: string }): number {
  return Number(value.date.slice(0, 4));
}

/**
 * The desired direction of a goal: the indicator's polarity, or for a neutral indicator the
 * direction from the goal's baseline to its target; `null` when neither says.
 *
 * @example
 * goalDirection({ baseline: { value: 6.5, date: "2021-12-31" }, target: { value: 5.5, date: "2027-12-31" } }, { polarity: "neutral" }); // "decrease"
 */
export function goalDirection(
  goal: Pick<GoalInput, "baseline" | "target">,
  indicator: Pick<IndicatorInput, "polarity">,
): DesiredDirection | null {
  if (indicator.polarity === "higherIsBetter") return "increase";
  if (indicator.polarity === "lowerIsBetter") return "decrease";
  if (goal.baseline && goal.target && goal.target.value !== goal.baseline.value) {
    return goal.target.value > goal.baseline.value ? "increase" : "decrease";
  }
  return null;
}

/**
 * Zielerreichung: rates a goal against its (first) indicator's series with {@link assessProgress},
 * measured from the goal's baseline (value and year of its date) to the latest value of a later
 * year, towards the goal's target. Periods count as the year they end in ({@link periodEndYear}:
 * school year 2023/24 → 2024); suppressed or missing values are left out. A share in per cent
 * has its natural limit at 100 % (or 0 % when lower is better), used only without a target.
 * Without a baseline the first value of the series is the base; without a direction (neutral
 * indicator and no target) the answer is `noData`.
 *
 * @example
 * assessGoalProgress(
 *   { baseline: { value: 39.3, date: "2019-03-01" }, target: { value: 45, date: "2025-03-01" } },
 *   { polarity: "higherIsBetter", factor: "percent" },
 *   [{ period: "2020", value: 40.1 }, { period: "2022", value: 41 }],
 * ).status; // "accelerationNeeded"
 */
export function assessGoalProgress(
  goal: Pick<GoalInput, "baseline" | "target">,
  indicator: Pick<IndicatorInput, "polarity" | "factor">,
  series: readonly GoalSeriesValue[],
): ProgressAssessment {
  const direction = goalDirection(goal, indicator);
  if (direction === null) return { status: "noData", observedRate: null };
  const points: ProgressPoint[] = series.flatMap((s) => (s.value === null ? [] : [{ year: periodEndYear(s.period), value: s.value }]));
  const limit = indicator.factor === "percent" ? (direction === "increase" ? 100 : 0) : undefined;
  return assessProgress({
    series: points,
    desiredDirection: direction,
    ...(goal.baseline ? { baseline: { year: goalValueYear(goal.baseline), value: goal.baseline.value } } : {}),
    ...(goal.target ? { target: { year: goalValueYear(goal.target), value: goal.target.value } } : {}),
    ...(limit === undefined ? {} : { limit }),
  });
}
