import { IdSchema, OfferInputSchema } from "@praeventionskette/domain";
import { z } from "zod";
import {
  approveProposal,
  getProposal,
  listProposals,
  proposalStatuses,
  proposeOffer,
  REJECTION_REASON_LENGTH,
  rejectProposal,
  withdrawProposal,
} from "../repositories/offer-proposal.js";
import { authenticatedProcedure, router } from "../trpc/init.js";

const ProposeInputSchema = z
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

const ListInputSchema = z.object({
  status: z.enum(proposalStatuses).optional(),
  offerId: IdSchema.optional(),
  providerId: IdSchema.optional(),
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).max(1_000_000).default(0),
});

const ReviewInputSchema = z.object({ id: IdSchema, expectedVersion: z.number().int().min(1) });

const RejectInputSchema = ReviewInputSchema.extend({
  reason: z
    .string()
    .trim()
    .min(REJECTION_REASON_LENGTH.min, { error: "Bitte begründen Sie die Ablehnung (mindestens 3 Zeichen)." })
    .max(REJECTION_REASON_LENGTH.max),
});

/**
 * Offer approval: provider editors propose new offers and changes (`create`), reviewers see
 * the diff (`get`) and publish (`approve`) or reject them with a reason; providers may
 * withdraw their pending proposals. Only approved versions reach the public `offer` table.
 */
export const offerProposalRouter = router({
  create: authenticatedProcedure.input(ProposeInputSchema).mutation(({ ctx, input }) => proposeOffer(ctx.db, input, ctx.access)),
  list: authenticatedProcedure.input(ListInputSchema.prefault({})).query(({ ctx, input }) => listProposals(ctx.db, input, ctx.access)),
  get: authenticatedProcedure.input(z.object({ id: IdSchema })).query(({ ctx, input }) => getProposal(ctx.db, input.id, ctx.access)),
  approve: authenticatedProcedure.input(ReviewInputSchema).mutation(({ ctx, input }) => approveProposal(ctx.db, input, ctx.access)),
  reject: authenticatedProcedure.input(RejectInputSchema).mutation(({ ctx, input }) => rejectProposal(ctx.db, input, ctx.access)),
  withdraw: authenticatedProcedure.input(ReviewInputSchema).mutation(({ ctx, input }) => withdrawProposal(ctx.db, input, ctx.access)),
});
