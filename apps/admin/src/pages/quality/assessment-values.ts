import { type AssessmentItem, PrerequisiteSchema, type QualityAssessmentInput, QualityStationSchema } from "@praeventionskette/domain";

/** The assessment form's values: the checklist as the domain has it, the date possibly still incomplete. */
export type AssessmentFormValues = Omit<QualityAssessmentInput, "assessedOn"> & { assessedOn: string | null };

const notYet = (): AssessmentItem => ({ fulfilment: "no", note: "" });

/**
 * A new self-assessment: from an earlier one (same territory and answers, dated `today`, to be
 * updated), or with every item "not in place".
 */
export function newAssessmentValues(today: string, earlier: QualityAssessmentInput | null): AssessmentFormValues {
  if (earlier) {
    return { territoryId: earlier.territoryId, assessedOn: today, assessedBy: earlier.assessedBy, prerequisites: structuredClone(earlier.prerequisites), stations: structuredClone(earlier.stations) };
  }
  return {
    territoryId: "",
    assessedOn: today,
    assessedBy: "",
    prerequisites: Object.fromEntries(PrerequisiteSchema.options.map((key) => [key, notYet()])) as QualityAssessmentInput["prerequisites"],
    stations: Object.fromEntries(QualityStationSchema.options.map((key) => [key, notYet()])) as QualityAssessmentInput["stations"],
  };
}

/** The form's values of a stored assessment. */
export function assessmentValues(assessment: QualityAssessmentInput): AssessmentFormValues {
  return { territoryId: assessment.territoryId, assessedOn: assessment.assessedOn, assessedBy: assessment.assessedBy, prerequisites: structuredClone(assessment.prerequisites), stations: structuredClone(assessment.stations) };
}

/** What the form sends (an incomplete date as "", for the API to refuse at the field). */
export function assessmentInputOf(values: AssessmentFormValues): QualityAssessmentInput {
  return { ...values, assessedOn: values.assessedOn ?? "" };
}
