import type { Id } from "../shared/id.js";
import type { ObservationInput } from "./observation.js";
import type { Polarity } from "./polarity.js";
import { comparePeriods } from "./period.js";

/** The fields that place an observation in a time series; stored and public observations have them. */
export type SeriesPoint = Pick<ObservationInput, "indicatorId" | "territoryId" | "period" | "asOf">;

/**
 * Zeitreihe: the observations of one indicator in one territory, ordered by period. When a
 * period was reported more than once (a source revised its figures), only the observation
 * with the latest as-of date is kept, so a chart gets one point per period. Works on stored
 * and on public observations alike.
 *
 * @example
 * seriesFor(observations, s1.id, coesfeld.id).map((o) => o.period); // ["2019", "2020", "2021"]
 */
export function seriesFor<T extends SeriesPoint>(
  observations: readonly T[],
  indicatorId: Id,
  territoryId: Id,
): T[] {
  const byPeriod = new Map<string, T>();
  for (const observation of observations) {
    if (observation.indicatorId !== indicatorId || observation.territoryId !== territoryId) continue;
    const known = byPeriod.get(observation.period);
    if (known === undefined || observation.asOf > known.asOf) byPeriod.set(observation.period, observation);
  }
  return [...byPeriod.values()].sort((a, b) => comparePeriods(a.period, b.period));
}

/**
 * The observation of the latest period for an indicator and territory, or `undefined` when
 * there is none.
 *
 * @example
 * latestObservation(observations, s1.id, coesfeld.id)?.period; // "2021"
 */
export function latestObservation<T extends SeriesPoint>(
  observations: readonly T[],
  indicatorId: Id,
  territoryId: Id,
): T | undefined {
  return seriesFor(observations, indicatorId, territoryId).at(-1);
}

/** How a value compares to a reference value (e.g. the county or the state average). */
export type ReferenceComparison = "better" | "worse" | "same" | "notComparable";

/**
 * Compares a value to a reference (the county, NRW, the previous year) in the indicator's
 * desirable direction. Missing values are not comparable; for a neutral indicator only equality
 * can be stated. `tolerance` treats small differences, e.g. from rounding, as the same.
 *
 * @example
 * compareToReference(6.5, 40.0, "lowerIsBetter"); // "better" (Kreis Coesfeld vs Gelsenkirchen)
 * compareToReference(39.3, 16.8, "higherIsBetter"); // "better"
 */
export function compareToReference(
  value: number | null,
  referenceValue: number | null,
  polarity: Polarity,
  tolerance = 0,
): ReferenceComparison {
  if (value === null || referenceValue === null || !Number.isFinite(value) || !Number.isFinite(referenceValue)) {
    return "notComparable";
  }
  const difference = value - referenceValue;
  if (Math.abs(difference) <= tolerance) return "same";
  if (polarity === "neutral") return "notComparable";
  const higher = difference > 0;
  return higher === (polarity === "higherIsBetter") ? "better" : "worse";
}
