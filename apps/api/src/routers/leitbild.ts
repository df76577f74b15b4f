import { IdSchema } from "@praeventionskette/domain";
import { adoptLeitbild, leitbildVersionAggregate } from "../repositories/leitbild.js";
import { byTerritoryFilter } from "../repositories/scopes.js";
import { authenticatedProcedure, router } from "../trpc/init.js";
import { crudProcedures, VersionedIdSchema } from "./crud.js";

export const leitbildRouter = router({
  ...crudProcedures(leitbildVersionAggregate, byTerritoryFilter),
  /**
   * Adopts a draft with its council decision (`decisionId`); the version in force until then is
   * superseded in the same transaction. Answers the adopted and the superseded version.
   */
  adopt: authenticatedProcedure
    .input(VersionedIdSchema.extend({ decisionId: IdSchema }))
    .mutation(({ ctx, input }) => adoptLeitbild(ctx.db, input, ctx.access)),
});
