import type { IndicatorInput } from "./indicator.js";
import type { Observation, PublicObservation } from "./observation.js";
import { assertThreshold, disclosesSmallGroup } from "./small-cell.js";

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
 * Kleinzahlsperre (primary small-cell suppression): turns an observation into its public form.
 * When its counts would disclose fewer persons than the threshold (`0 < numerator < threshold`,
 * `0 < denominator − numerator < threshold`, or an unknown numerator over a denominator below the
 * threshold; a numerator of 0 in a large group identifies nobody), value,
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
  assertThreshold(threshold);
  if (disclosesSmallGroup(observation, threshold)) {
    return { ...observation, numerator: null, denominator: null, value: null, suppressed: true };
  }
  return { ...observation, suppressed: false };
}
