import { IdSchema } from "@praeventionskette/domain";
import { z } from "zod";
import { coverageOf } from "../repositories/coverage-answer.js";
import { publicProcedure, router } from "../trpc/init.js";

export const coverageRouter = router({
  /** The offer map of a county (by town) or a town (by social area): offers counted per cell, gaps and likely duplicates. */
  analyse: publicProcedure
    .input(z.object({ territoryId: IdSchema }))
    .query(({ ctx, input }) => coverageOf(ctx.db, { territoryId: input.territoryId, today: ctx.today() }, ctx.access)),
});
