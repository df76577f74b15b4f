import { IdSchema, IsoDateSchema, lifePhasesForAge, lifePhasesForBirthDate } from "@praeventionskette/domain";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../db/types.js";
import { type AnySelect, listRecords } from "../repositories/aggregate.js";
import { lifePhaseAggregate, lifePhaseFilter } from "../repositories/life-phase.js";
import type { Access } from "../auth/access.js";
import { publicProcedure, router } from "../trpc/init.js";
import { crudProcedures } from "./crud.js";

/** The phases in force for the territory, or the platform defaults without one. */
async function phasesInForce(db: Kysely<Database>, access: Access, territoryId: string | undefined) {
  const where = (query: AnySelect) => lifePhaseFilter.apply(query, territoryId ? { territoryId } : { youthOfficeId: null });
  return (await listRecords(db, lifePhaseAggregate, { limit: 200, offset: 0, includeArchived: false }, access, where)).items;
}

const territoryInput = { territoryId: IdSchema.optional() };

export const lifePhaseRouter = router({
  ...crudProcedures(lifePhaseAggregate, lifePhaseFilter),
  /** The life phases a child of this age (in months; negative during pregnancy) is in, where the territory's youth office says so. */
  forAge: publicProcedure
    .input(z.object({ ageMonths: z.number().int().min(-10).max(12 * 27), ...territoryInput }))
    .query(async ({ ctx, input }) => lifePhasesForAge(await phasesInForce(ctx.db, ctx.access, input.territoryId), input.ageMonths)),
  /** The life phases for a birth date (or an expected one), as of today. */
  forBirthDate: publicProcedure
    .input(z.object({ birthDate: IsoDateSchema, ...territoryInput }))
    .query(async ({ ctx, input }) =>
      lifePhasesForBirthDate(await phasesInForce(ctx.db, ctx.access, input.territoryId), input.birthDate, ctx.today()),
    ),
});
