import { z } from "zod";
import { IsoDateSchema } from "../shared/date.js";
import { IdSchema } from "../shared/id.js";
import type { EnumLabels } from "../shared/label.js";

/**
 * Outcome of a decision (Beschluss): adopted, rejected, deferred, or taken note of
 * (Kenntnisnahme, e.g. a report of the administration).
 *
 * @example
 * DecisionOutcomeSchema.parse("adopted");
 */
export const DecisionOutcomeSchema = z.enum(["adopted", "rejected", "deferred", "noted"]);
/** Outcome of a decision. */
export type DecisionOutcome = z.infer<typeof DecisionOutcomeSchema>;

/** German and English labels of the decision outcomes. */
export const decisionOutcomeLabels: EnumLabels<DecisionOutcome> = {
  adopted: { de: "Beschlossen", en: "Adopted" },
  rejected: { de: "Abgelehnt", en: "Rejected" },
  deferred: { de: "Vertagt", en: "Deferred" },
  noted: { de: "Zur Kenntnis genommen", en: "Noted" },
};

/**
 * Kind of record a decision is about.
 *
 * @example
 * DecisionSubjectTypeSchema.parse("leitbildVersion");
 */
export const DecisionSubjectTypeSchema = z.enum([
  "leitbildVersion",
  "goal",
  "offer",
  "fundingApplication",
  "indicator",
  "other",
]);
/** Kind of record a decision is about. */
export type DecisionSubjectType = z.infer<typeof DecisionSubjectTypeSchema>;

/** German and English labels of the decision subject types. */
export const decisionSubjectTypeLabels: EnumLabels<DecisionSubjectType> = {
  leitbildVersion: { de: "Leitbildfassung", en: "Leitbild version" },
  goal: { de: "Ziel", en: "Goal" },
  offer: { de: "Angebot", en: "Offer" },
  fundingApplication: { de: "Förderantrag", en: "Funding application" },
  indicator: { de: "Kennzahl", en: "Indicator" },
  other: { de: "Sonstiges", en: "Other" },
};

/**
 * A record a decision is about, e.g. the Leitbild version adopted with it.
 *
 * @example
 * DecisionSubjectSchema.parse({ type: "goal", id: "3f2504e0-4f89-41d3-9a0c-0305e82c3301" });
 */
export const DecisionSubjectSchema = z.object({
  type: DecisionSubjectTypeSchema,
  id: IdSchema,
});
/** A record a decision is about. */
export type DecisionSubject = z.infer<typeof DecisionSubjectSchema>;

const decisionFields = z.object({
  bodyId: IdSchema,
  meetingId: IdSchema.nullable(),
  date: IsoDateSchema,
  paperNumber: z.string().trim().min(1).max(50).nullable(),
  title: z.string().trim().min(1, "Bitte einen Titel für den Beschluss angeben.").max(300),
  text: z.string().trim().max(10000),
  outcome: DecisionOutcomeSchema,
  subjects: z.array(DecisionSubjectSchema).max(100),
});

function checkDecision(decision: z.infer<typeof decisionFields>, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  decision.subjects.forEach((subject, index) => {
    const key = `${subject.type}:${subject.id}`;
    if (seen.has(key)) {
      ctx.addIssue({
        code: "custom",
        path: ["subjects", index],
        message: "Dieser Gegenstand ist dem Beschluss bereits zugeordnet.",
      });
    }
    seen.add(key);
  });
}

/**
 * Beschluss: a decision of a body, with the paper number of the council information system
 * (Sitzungsvorlage, e.g. "SV-9-1217") and the records it concerns. What a user submits (no id).
 *
 * @example
 * DecisionInputSchema.parse({
 *   bodyId: "6fa459ea-ee8a-4ca4-894e-db77e160355e",
 *   meetingId: null,
 *   date: "2018-12-19",
 *   paperNumber: "SV-9-1217",
 *   title: "Kommunale Präventionsketten: Leitbild und strategische Ziele",
 *   text: "Dem vorliegenden Präventionsleitbild und den strategischen Zielen wird zugestimmt.",
 *   outcome: "adopted",
 *   subjects: [],
 * });
 */
export const DecisionInputSchema = decisionFields.superRefine(checkDecision);
/** A decision as submitted (no id). */
export type DecisionInput = z.infer<typeof DecisionInputSchema>;

/**
 * A stored decision (Beschluss) with its id.
 *
 * @example
 * DecisionSchema.parse({ ...decisionInput, id: "9b2e1c7a-3d4f-4e5a-8b6c-7d8e9f0a1b2c" });
 */
export const DecisionSchema = decisionFields.extend({ id: IdSchema }).superRefine(checkDecision);
/** A stored decision. */
export type Decision = z.infer<typeof DecisionSchema>;
