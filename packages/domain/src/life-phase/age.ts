import { monthsBetween } from "../shared/date.js";
import type { IsoDate } from "../shared/date.js";
import type { LifePhaseInput } from "./life-phase.js";

/** The parts of a life phase that age matching needs. */
export type AgeBand = Pick<LifePhaseInput, "minAgeMonths" | "maxAgeMonths" | "order">;

/**
 * Age in completed months on `today`; negative before an expected birth date, rounded down
 * like ages after birth, so that the month before birth is −1 and age bands stay seamless.
 *
 * @example
 * ageInMonths("2024-03-15", "2025-03-14"); // 11
 * ageInMonths("2025-06-15", "2025-06-01"); // -1 (birth expected in two weeks)
 */
export function ageInMonths(birthDate: IsoDate, today: IsoDate): number {
  if (today >= birthDate) return monthsBetween(birthDate, today);
  const monthsUntilBirth = monthsBetween(today, birthDate);
  const sameDay = today.slice(8) === birthDate.slice(8);
  return sameDay ? -monthsUntilBirth : -monthsUntilBirth - 1;
}

/**
 * All life phases whose band `[minAgeMonths, maxAgeMonths)` contains the age, sorted by
 * their `order`. Several phases can match where bands overlap.
 *
 * @example
 * lifePhasesForAge(defaultLifePhases, 6).map((p) => p.code); // ["schwangerschaft", "fruehe-kindheit"]
 */
export function lifePhasesForAge<T extends AgeBand>(phases: readonly T[], ageMonths: number): T[] {
  return phases
    .filter((p) => p.minAgeMonths <= ageMonths && ageMonths < p.maxAgeMonths)
    .sort((a, b) => a.order - b.order);
}

/**
 * The life phases of a child born (or expected) on `birthDate`, as of `today`.
 *
 * @example
 * lifePhasesForBirthDate(defaultLifePhases, "2020-08-01", "2025-01-15").map((p) => p.code); // ["kita-alter"]
 */
export function lifePhasesForBirthDate<T extends AgeBand>(
  phases: readonly T[],
  birthDate: IsoDate,
  today: IsoDate,
): T[] {
  return lifePhasesForAge(phases, ageInMonths(birthDate, today));
}
