import { IdSchema, PageRequestSchema } from "@praeventionskette/domain";
import { z } from "zod";
import {
  type Aggregate,
  createRecord,
  deleteRecord,
  getRecord,
  type ListFilter,
  listRecords,
  setArchived,
  updateRecord,
} from "../repositories/aggregate.js";
import { authenticatedProcedure, publicProcedure } from "../trpc/init.js";

/** Paging shared by every list procedure (the domain's convention), plus archived records on request. */
export const PageInputSchema = PageRequestSchema.extend({
  includeArchived: z.boolean().default(false),
});

/** A record named with the version a change is based on. */
export const VersionedIdSchema = z.object({ id: IdSchema, expectedVersion: z.number().int().min(1) });

/**
 * The standard procedures of an aggregate: list (filtered, paginated), get, create, update
 * (optimistic locking), archive, restore and delete. Inputs come from the domain schema.
 */
export function crudProcedures<T, F = Record<string, never>>(aggregate: Aggregate<T>, filter?: ListFilter<F>) {
  const ListInputSchema = filter ? PageInputSchema.extend(filter.schema.shape) : PageInputSchema;
  return {
    list: publicProcedure.input(ListInputSchema.prefault({})).query(({ ctx, input }) => {
      const { limit, offset, includeArchived, ...filters } = input as z.infer<typeof PageInputSchema> & F;
      return listRecords(ctx.db, aggregate, { limit, offset, includeArchived }, ctx.access, (query) =>
        filter ? filter.apply(query, filters as F) : query,
      );
    }),
    get: publicProcedure.input(z.object({ id: IdSchema })).query(({ ctx, input }) => getRecord(ctx.db, aggregate, input.id, ctx.access)),
    create: authenticatedProcedure.input(aggregate.input).mutation(({ ctx, input }) => createRecord(ctx.db, aggregate, input as T, ctx.access)),
    update: authenticatedProcedure
      .input(VersionedIdSchema.extend({ data: aggregate.input }))
      .mutation(({ ctx, input }) =>
        updateRecord(ctx.db, aggregate, { id: input.id, expectedVersion: input.expectedVersion, input: input.data as T }, ctx.access),
      ),
    archive: authenticatedProcedure
      .input(VersionedIdSchema)
      .mutation(({ ctx, input }) => setArchived(ctx.db, aggregate, { ...input, archived: true }, ctx.access)),
    restore: authenticatedProcedure
      .input(VersionedIdSchema)
      .mutation(({ ctx, input }) => setArchived(ctx.db, aggregate, { ...input, archived: false }, ctx.access)),
    delete: authenticatedProcedure.input(VersionedIdSchema).mutation(async ({ ctx, input }) => {
      await deleteRecord(ctx.db, aggregate, input, ctx.access);
      return { id: input.id, deleted: true as const };
    }),
  };
}
