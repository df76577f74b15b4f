import { IdSchema } from "@praeventionskette/domain";
import { z } from "zod";
import { cascadeProgress, goalAggregate, goalFilter, goalProgress } from "../repositories/goal.js";
import { publicProcedure, router } from "../trpc/init.js";
import { crudProcedures } from "./crud.js";

export const goalRouter = router({
  ...crudProcedures(goalAggregate, goalFilter),
  /** A goal's progress from its baseline towards its target, on its indicator's public series. */
  progress: publicProcedure
    .input(z.object({ id: IdSchema }))
    .query(({ ctx, input }) => goalProgress(ctx.db, input.id, ctx.access, ctx.config.suppressionThreshold)),
  /** The progress of every goal of a territory's cascade (Zielkaskade). */
  cascadeProgress: publicProcedure
    .input(z.object({ territoryId: IdSchema }))
    .query(({ ctx, input }) => cascadeProgress(ctx.db, input.territoryId, ctx.access, ctx.config.suppressionThreshold)),
});
