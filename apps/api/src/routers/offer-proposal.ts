import { IdSchema, OfferProposalInputSchema, ProposalListRequestSchema, ProposalRejectionSchema } from "@praeventionskette/domain";
import { z } from "zod";
import {
  approveProposal,
  getProposal,
  listProposals,
  proposeOffer,
  rejectProposal,
  withdrawProposal,
} from "../repositories/offer-proposal.js";
import { authenticatedProcedure, router } from "../trpc/init.js";

const ReviewInputSchema = z.object({ id: IdSchema, expectedVersion: z.number().int().min(1) });

/**
 * Offer approval: provider editors propose new offers and changes (`create`), reviewers see
 * the diff (`get`) and publish (`approve`) or reject them with a reason; providers may
 * withdraw their pending proposals. Only approved versions reach the public `offer` table.
 */
export const offerProposalRouter = router({
  create: authenticatedProcedure.input(OfferProposalInputSchema).mutation(({ ctx, input }) => proposeOffer(ctx.db, input, ctx.access)),
  list: authenticatedProcedure.input(ProposalListRequestSchema.prefault({})).query(({ ctx, input }) => listProposals(ctx.db, input, ctx.access)),
  get: authenticatedProcedure.input(z.object({ id: IdSchema })).query(({ ctx, input }) => getProposal(ctx.db, input.id, ctx.access)),
  approve: authenticatedProcedure.input(ReviewInputSchema).mutation(({ ctx, input }) => approveProposal(ctx.db, input, ctx.access)),
  reject: authenticatedProcedure.input(ProposalRejectionSchema).mutation(({ ctx, input }) => rejectProposal(ctx.db, input, ctx.access)),
  withdraw: authenticatedProcedure.input(ReviewInputSchema).mutation(({ ctx, input }) => withdrawProposal(ctx.db, input, ctx.access)),
});
