import { type QualityAssessmentInput, QualityAssessmentInputSchema } from "@praeventionskette/domain";
import type { Aggregate } from "./aggregate.js";
import { territoryIdIn } from "./scopes.js";

/** Qualitäts-Selbstbewertung along the ISA quality framework. */
export const qualityAssessmentAggregate: Aggregate<QualityAssessmentInput> = {
  table: "quality_assessment",
  label: "Selbstbewertung",
  input: QualityAssessmentInputSchema,
  columns: (assessment) => ({ territory_id: assessment.territoryId, assessed_on: assessment.assessedOn }),
  territoriesOf: async (_db, assessment) => [assessment.territoryId],
  inTerritories: territoryIdIn,
  publicRows: null,
  references: (assessment) => [{ table: "territory", ids: [assessment.territoryId], path: "territoryId", what: "Gebiet" }],
};
