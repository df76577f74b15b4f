import { IdSchema } from "@praeventionskette/domain";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { observationAggregate, observationFilter, publicSeries } from "../repositories/observation.js";
import { publicProcedure, router } from "../trpc/init.js";
import { crudProcedures } from "./crud.js";

export const observationRouter = router({
  ...crudProcedures(observationAggregate, observationFilter),
  /** A public indicator's values with small cells suppressed on the server. */
  publicSeries: publicProcedure
    .input(z.object({ indicatorId: IdSchema, territoryIds: z.array(IdSchema).max(500).optional() }))
    .query(async ({ ctx, input }) => {
      const series = await publicSeries(ctx.db, { ...input, platformThreshold: ctx.config.suppressionThreshold });
      if (!series) throw new TRPCError({ code: "NOT_FOUND", message: "Einen öffentlichen Indikator mit dieser ID gibt es nicht." });
      return series;
    }),
});
