import type { IndicatorInput } from "./indicator.js";
import type { Observation, PublicObservation } from "./observation.js";

/**
 * The platform's default minimum cell size: counts of fewer than 3 persons are never shown in
 * public views or exports (SGB VIII §64(3), DSGVO). An indicator may raise or lower it through
 * its `suppressionThreshold`.
 */
export const DEFAULT_SUPPRESSION_THRESHOLD = 3;

/**
 * The threshold that applies to an indicator: its own, or the platform default.
 *
 * @example
 * suppressionThresholdFor({ suppressionThreshold: 5 }); // 5
 * suppressionThresholdFor({ suppressionThreshold: null }); // 3
 */
export function suppressionThresholdFor(
  indicator: Pick<IndicatorInput, "suppressionThreshold">,
  platformDefault: number = DEFAULT_SUPPRESSION_THRESHOLD,
): number {
  return indicator.suppressionThreshold ?? platformDefault;
}

/**
 * Whether an observation's known counts would disclose a small group. A cell is suppressed when
 * - `0 < numerator < threshold`: few persons are counted, or
 * - `0 < denominator − numerator < threshold`: complement disclosure, e.g. 48 of 49 children
 *   reveals the one who is not counted, or
 * - the numerator is unknown and `denominator < threshold`: any rate over so few persons
 *   discloses them.
 *
 * A numerator of 0 alone is not suppressed (in a large group "none" identifies nobody); in a
 * small group the complement rule catches it. Together the rules suppress every cell whose
 * denominator is below the threshold.
 */
function disclosesSmallGroup(observation: Observation, threshold: number): boolean {
  const { numerator, denominator } = observation;
  const isSmall = (count: number): boolean => count > 0 && count < threshold;
  if (numerator !== null && isSmall(numerator)) return true;
  if (numerator !== null && denominator !== null) return isSmall(denominator - numerator);
  return numerator === null && denominator !== null && isSmall(denominator);
}

/**
 * Kleinzahlsperre (small-cell suppression): turns an observation into its public form. When
 * its counts would disclose fewer persons than the threshold (see the rules above), value,
 * numerator and denominator all become `null` and `suppressed` is true, because any one of them
 * together with public population figures would let the count be recomputed. Otherwise the
 * observation is kept, counts included, with `suppressed: false`. Observations without counts
 * (rates published by their source) pass unchanged: their cell sizes are not known here.
 *
 * Throws a `RangeError` unless the threshold is a positive integer.
 *
 * @example
 * suppressSmallCells({ ...observation, numerator: 2, denominator: 140, value: 1.43 }, 3);
 * // { ...observation, numerator: null, denominator: null, value: null, suppressed: true }
 */
export function suppressSmallCells(
  observation: Observation,
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
): PublicObservation {
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new RangeError(`Die Sperrgrenze muss eine positive ganze Zahl sein (erhalten: ${threshold}).`);
  }
  if (disclosesSmallGroup(observation, threshold)) {
    return { ...observation, numerator: null, denominator: null, value: null, suppressed: true };
  }
  return { ...observation, suppressed: false };
}
