import { z } from "zod";
import type { EnumLabels } from "../shared/label.js";
import { IdSchema } from "../shared/id.js";
import { PageRequestSchema } from "../shared/page.js";
import { OfferInputSchema } from "./offer.js";

/**
 * Where a proposal of a provider stands: waiting for review, published, rejected with a
 * reason, or withdrawn by its provider.
 *
 * @example
 * ProposalStatusSchema.parse("pending");
 */
export const ProposalStatusSchema = z.enum(["pending", "approved", "rejected", "withdrawn"]);
/** The status of an offer proposal. */
export type ProposalStatus = z.infer<typeof ProposalStatusSchema>;

/** German and English names of the proposal statuses. */
export const proposalStatusLabels: EnumLabels<ProposalStatus> = {
  pending: { de: "Offen", en: "Pending" },
  approved: { de: "Freigegeben", en: "Approved" },
  rejected: { de: "Abgelehnt", en: "Rejected" },
  withdrawn: { de: "Zurückgezogen", en: "Withdrawn" },
};

/** Shortest and longest reason a reviewer gives for a rejection. */
export const REJECTION_REASON_LENGTH = { min: 3, max: 2000 } as const;

/**
 * Angebotsvorschlag: a provider proposes a new offer (`offerId` null) or a change to one, based
 * on the version it saw, for review by the town or county.
 *
 * @example
 * OfferProposalInputSchema.parse({ offerId, expectedVersion: 3, data: offer });
 */
export const OfferProposalInputSchema = z
  .object({
    /** The offer to change; null (or absent) proposes a new offer. */
    offerId: IdSchema.nullable().default(null),
    /** The version of the offer the change is based on; required with `offerId`. */
    expectedVersion: z.number().int().min(1).nullable().default(null),
    data: OfferInputSchema,
  })
  .superRefine((input, ctx) => {
    if (input.offerId !== null && input.expectedVersion === null) {
      ctx.addIssue({ code: "custom", path: ["expectedVersion"], message: "Geben Sie die Version des Angebots an, auf der die Änderung beruht." });
    }
    if (input.offerId === null && input.expectedVersion !== null) {
      ctx.addIssue({ code: "custom", path: ["expectedVersion"], message: "Ein neues Angebot hat noch keine Version." });
    }
  });
/** What a provider submits as a proposal. */
export type OfferProposalInput = z.infer<typeof OfferProposalInputSchema>;

/**
 * The review queue's filters with paging.
 *
 * @example
 * ProposalListRequestSchema.parse({ status: "pending" });
 */
export const ProposalListRequestSchema = PageRequestSchema.extend({
  status: ProposalStatusSchema.optional(),
  offerId: IdSchema.optional(),
  providerId: IdSchema.optional(),
});

/**
 * Rejecting a proposal: the version the reviewer saw and a reason the provider can act on.
 *
 * @example
 * ProposalRejectionSchema.parse({ id, expectedVersion: 1, reason: "Bitte Öffnungszeiten ergänzen." });
 */
export const ProposalRejectionSchema = z.object({
  id: IdSchema,
  expectedVersion: z.number().int().min(1),
  reason: z
    .string()
    .trim()
    .min(REJECTION_REASON_LENGTH.min, { error: "Bitte begründen Sie die Ablehnung (mindestens 3 Zeichen)." })
    .max(REJECTION_REASON_LENGTH.max),
});
