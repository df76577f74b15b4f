import { z } from "zod";
import { IsoDateSchema } from "../shared/date.js";
import { IdSchema } from "../shared/id.js";
import { FulfilmentSchema } from "./fulfilment.js";
import { PrerequisiteSchema } from "./prerequisite.js";
import { QualityStationSchema } from "./station.js";

/**
 * One answered item of the self-assessment: how far it is in place, and a note on why or
 * what is missing.
 *
 * @example
 * AssessmentItemSchema.parse({ fulfilment: "partly", note: "Monitoring bisher nur auf Gemeindeebene." });
 */
export const AssessmentItemSchema = z.object({
  fulfilment: FulfilmentSchema,
  note: z.string().trim().max(2000),
});
/** One answered item of the self-assessment. */
export type AssessmentItem = z.infer<typeof AssessmentItemSchema>;

// zod 4 records over an enum are exhaustive: every prerequisite and station must be answered.
const qualityAssessmentFields = z.object({
  territoryId: IdSchema,
  assessedOn: IsoDateSchema,
  prerequisites: z.record(PrerequisiteSchema, AssessmentItemSchema),
  stations: z.record(QualityStationSchema, AssessmentItemSchema),
  assessedBy: z.string().trim().min(1).max(200),
});

/**
 * Selbstbewertung: a municipality's self-assessment on a given day: all seven prerequisites
 * (a–g) of the checklist and all four stations of the ISA quality cycle, each with a degree of
 * fulfilment and a note. `assessedBy` names the group that assessed, e.g. "Planungsgruppe".
 *
 * @example
 * const item = { fulfilment: "fully", note: "" } as const;
 * QualityAssessmentInputSchema.parse({
 *   territoryId: "5d0c8a4e-1f3b-4b7e-8a61-3c2e4f5a6b7c",
 *   assessedOn: "2024-11-20",
 *   prerequisites: { a: item, b: item, c: item, d: item, e: item, f: item, g: item },
 *   stations: { leitbild: item, strategicSteering: item, implementation: item, reflection: item },
 *   assessedBy: "Planungsgruppe",
 * });
 */
export const QualityAssessmentInputSchema = qualityAssessmentFields;
/** What a user submits to create or replace a self-assessment. */
export type QualityAssessmentInput = z.infer<typeof QualityAssessmentInputSchema>;

/** A stored self-assessment: {@link QualityAssessmentInputSchema} with its id. */
export const QualityAssessmentSchema = qualityAssessmentFields.extend({ id: IdSchema });
/** A stored self-assessment. */
export type QualityAssessment = z.infer<typeof QualityAssessmentSchema>;
