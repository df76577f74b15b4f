import { IdSchema } from "@praeventionskette/domain";
import { z } from "zod";
import { offerAggregate, searchOffers } from "../repositories/offer.js";
import { publicProcedure, router } from "../trpc/init.js";
import { crudProcedures } from "./crud.js";

const OfferSearchInputSchema = z.object({
  text: z.string().trim().max(200).optional(),
  ageMonths: z.number().int().min(-9).max(12 * 27).optional(),
  lifePhaseId: IdSchema.optional(),
  transitionId: IdSchema.optional(),
  territoryId: IdSchema.optional(),
  fieldOfActionId: IdSchema.optional(),
  providerId: IdSchema.optional(),
  language: z.string().regex(/^[a-z]{2}$/, "Sprache als ISO-639-1-Code angeben, z. B. „de“ oder „tr“.").optional(),
  freeOfCharge: z.boolean().optional(),
  /** Planners also see offers that are not (yet, or no longer) published. */
  includeUnpublished: z.boolean().default(false),
  limit: z.number().int().min(1).max(200).default(20),
  offset: z.number().int().min(0).max(1_000_000).default(0),
});

export const offerRouter = router({
  ...crudProcedures(offerAggregate),
  /** Full-text search in German with filters; by default only offers published today. */
  search: publicProcedure.input(OfferSearchInputSchema.prefault({})).query(({ ctx, input }) => {
    const { includeUnpublished, ...search } = input;
    return searchOffers(ctx.db, { ...search, publishedOn: includeUnpublished ? undefined : ctx.today() }, ctx.access);
  }),
});
