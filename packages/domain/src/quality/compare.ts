import type { QualityAssessmentInput } from "./assessment.js";
import { fulfilmentPoints, type Fulfilment } from "./fulfilment.js";
import { maturityScore } from "./maturity.js";
import { PrerequisiteSchema, type Prerequisite } from "./prerequisite.js";
import { QualityStationSchema, type QualityStation } from "./station.js";

/** A self-assessment item whose fulfilment changed between two assessments. */
export type AssessmentItemChange = (
  | {
      /** A prerequisite a–g of the checklist. */
      kind: "prerequisite";
      /** Which prerequisite. */
      item: Prerequisite;
    }
  | {
      /** A station of the quality cycle. */
      kind: "station";
      /** Which station. */
      item: QualityStation;
    }
) & {
  /** Fulfilment in the earlier assessment. */
  from: Fulfilment;
  /** Fulfilment in the later assessment. */
  to: Fulfilment;
};

/** The result of {@link compareAssessments}. */
export type AssessmentComparison = {
  /** Items with a higher fulfilment in the later assessment, prerequisites a–g first. */
  improved: AssessmentItemChange[];
  /** Items with a lower fulfilment in the later assessment. */
  worsened: AssessmentItemChange[];
  /** Change of the overall maturity score (later minus earlier). */
  scoreChange: number;
};

/**
 * Compares two self-assessments, e.g. of the same municipality a year apart, item by item.
 * Throws a `RangeError` when the "earlier" one was assessed after the "later" one, since
 * swapped arguments would turn every improvement into a setback.
 *
 * @example
 * compareAssessments(assessment2023, assessment2024).improved;
 * // [{ kind: "prerequisite", item: "e", from: "inPreparation", to: "partly" }]
 */
export function compareAssessments(
  earlier: QualityAssessmentInput,
  later: QualityAssessmentInput,
): AssessmentComparison {
  if (earlier.assessedOn > later.assessedOn) {
    throw new RangeError(
      `Die frühere Selbstbewertung (${earlier.assessedOn}) liegt nach der späteren (${later.assessedOn}).`,
    );
  }
  const changes: AssessmentItemChange[] = [
    ...PrerequisiteSchema.options.map((item) => ({
      kind: "prerequisite" as const,
      item,
      from: earlier.prerequisites[item].fulfilment,
      to: later.prerequisites[item].fulfilment,
    })),
    ...QualityStationSchema.options.map((item) => ({
      kind: "station" as const,
      item,
      from: earlier.stations[item].fulfilment,
      to: later.stations[item].fulfilment,
    })),
  ];
  const delta = (change: AssessmentItemChange): number => fulfilmentPoints[change.to] - fulfilmentPoints[change.from];
  return {
    improved: changes.filter((change) => delta(change) > 0),
    worsened: changes.filter((change) => delta(change) < 0),
    scoreChange: maturityScore(later).score - maturityScore(earlier).score,
  };
}
