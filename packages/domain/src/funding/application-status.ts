import { z } from "zod";
import type { EnumLabels } from "../shared/label.js";

/**
 * Antragsstatus: where a funding application stands in its lifecycle: application →
 * approval notice (Zuwendungsbescheid) → spending → proof of use (Verwendungsnachweis) → closed.
 *
 * @example
 * FundingApplicationStatusSchema.parse("proofSubmitted");
 */
export const FundingApplicationStatusSchema = z.enum([
  "draft",
  "submitted",
  "approved",
  "rejected",
  "inProgress",
  "proofSubmitted",
  "closed",
]);
/** The status of a funding application. */
export type FundingApplicationStatus = z.infer<typeof FundingApplicationStatusSchema>;

/** German and English labels of the funding application statuses. */
export const fundingApplicationStatusLabels: EnumLabels<FundingApplicationStatus> = {
  draft: { de: "Entwurf", en: "Draft" },
  submitted: { de: "Eingereicht", en: "Submitted" },
  approved: { de: "Bewilligt", en: "Approved" },
  rejected: { de: "Abgelehnt", en: "Rejected" },
  inProgress: { de: "In Umsetzung", en: "In progress" },
  proofSubmitted: { de: "Verwendungsnachweis eingereicht", en: "Proof of use submitted" },
  closed: { de: "Abgeschlossen", en: "Closed" },
};

const transitions: Readonly<Record<FundingApplicationStatus, readonly FundingApplicationStatus[]>> = {
  draft: ["submitted"],
  submitted: ["approved", "rejected"],
  approved: ["inProgress"],
  inProgress: ["proofSubmitted"],
  proofSubmitted: ["closed"],
  rejected: [],
  closed: [],
};

/**
 * The statuses an application may move to next. The lifecycle runs forward only; a rejection
 * and the closing after the proof of use has been checked are final.
 *
 * @example
 * allowedStatusTransitions("submitted"); // ["approved", "rejected"]
 * allowedStatusTransitions("closed"); // []
 */
export function allowedStatusTransitions(
  status: FundingApplicationStatus,
): readonly FundingApplicationStatus[] {
  return transitions[status];
}

/**
 * Whether an application may move directly from one status to another.
 *
 * @example
 * canTransition("approved", "inProgress"); // true
 * canTransition("draft", "approved"); // false
 */
export function canTransition(from: FundingApplicationStatus, to: FundingApplicationStatus): boolean {
  return transitions[from].includes(to);
}

