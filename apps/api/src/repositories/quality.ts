import { type QualityAssessmentInput, QualityAssessmentInputSchema } from "@praeventionskette/domain";
import type { Aggregate } from "./aggregate.js";

/** Qualitäts-Selbstbewertung along the ISA quality framework. */
export const qualityAssessmentAggregate: Aggregate<QualityAssessmentInput> = {
  table: "quality_assessment",
  label: "Selbstbewertung",
  input: QualityAssessmentInputSchema,
  columns: (assessment) => ({ territory_id: assessment.territoryId, assessed_on: assessment.assessedOn }),
  references: (assessment) => [{ table: "territory", ids: [assessment.territoryId], path: "territoryId", what: "Gebiet" }],
};
