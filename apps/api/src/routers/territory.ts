import { IdSchema, IsoDateSchema } from "@praeventionskette/domain";
import { z } from "zod";
import { boundariesOf } from "../repositories/boundary.js";
import { BoundaryImportInputSchema, importBoundaries, previewBoundaryImport } from "../repositories/boundary-import.js";
import { territoryAggregate, territoryFilter } from "../repositories/territory.js";
import { authenticatedProcedure, publicProcedure, router } from "../trpc/init.js";
import { crudProcedures } from "./crud.js";

export const territoryRouter = router({
  ...crudProcedures(territoryAggregate, territoryFilter),
  /**
   * The children of a territory valid on a date (default today) with their boundaries valid
   * then, simplified for display: a GeoJSON FeatureCollection plus the source notes to show.
   */
  boundaries: publicProcedure
    .input(z.object({ parentId: IdSchema, date: IsoDateSchema.optional() }))
    .query(({ ctx, input }) => boundariesOf(ctx.db, { parentId: input.parentId, date: input.date ?? ctx.today() })),
  /** Which features of an uploaded FeatureCollection match which territories; writes nothing. */
  previewBoundaryImport: authenticatedProcedure
    .input(BoundaryImportInputSchema)
    .mutation(({ ctx, input }) => previewBoundaryImport(ctx.db, input)),
  /** Imports the boundaries of an upload, all or nothing. */
  importBoundaries: authenticatedProcedure
    .input(BoundaryImportInputSchema)
    .mutation(({ ctx, input }) => importBoundaries(ctx.db, input, ctx.access)),
});
