import { IdSchema } from "@praeventionskette/domain";
import { z } from "zod";
import { adoptDefaults, youthOfficeAggregate, youthOfficeFilter } from "../repositories/youth-office.js";
import { authenticatedProcedure, router } from "../trpc/init.js";
import { crudProcedures } from "./crud.js";

export const youthOfficeRouter = router({
  ...crudProcedures(youthOfficeAggregate, youthOfficeFilter),
  /**
   * Copies the platform's default life phases, transitions and fields of action into the youth
   * office's own configuration, to adapt them there; what it already has (by code) is kept.
   */
  adoptDefaults: authenticatedProcedure
    .input(z.object({ id: IdSchema }))
    .mutation(({ ctx, input }) => adoptDefaults(ctx.db, input.id, ctx.access)),
});
