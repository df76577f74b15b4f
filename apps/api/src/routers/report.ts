import { IdSchema, PeriodSchema } from "@praeventionskette/domain";
import { z } from "zod";
import { committeeBundle } from "../repositories/committee-bundle.js";
import { indicatorValues, needVsSupply } from "../repositories/report.js";
import { publicProcedure, router } from "../trpc/init.js";

export const reportRouter = router({
  /** An indicator's values for the children of a territory in one period, with the parent's and the Land's reference values. */
  indicatorValues: publicProcedure
    .input(z.object({ indicatorId: IdSchema, territoryId: IdSchema, period: PeriodSchema.optional() }))
    .query(({ ctx, input }) => indicatorValues(ctx.db, input, ctx.access, ctx.config.suppressionThreshold)),
  /** Need (an indicator) beside supply (offers of a life phase, per 1,000 children) for each child territory. */
  needVsSupply: publicProcedure
    .input(z.object({ territoryId: IdSchema, needIndicatorId: IdSchema, lifePhaseId: IdSchema, period: PeriodSchema.optional() }))
    .query(({ ctx, input }) => needVsSupply(ctx.db, input, ctx.access, ctx.config.suppressionThreshold, ctx.today())),
  /** What a youth welfare committee reads about a territory and a year. */
  committeeBundle: publicProcedure
    .input(
      z.object({
        territoryId: IdSchema,
        year: z.number().int().min(1975).max(2100),
        /** The key indicators; by default those the territory's goals are measured by. */
        indicatorIds: z.array(IdSchema).min(1).max(20).optional(),
      }),
    )
    .query(({ ctx, input }) => committeeBundle(ctx.db, input, ctx.access, ctx.config.suppressionThreshold, ctx.today())),
});
