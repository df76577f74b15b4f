import { IsoDateSchema, lifePhasesForAge, lifePhasesForBirthDate } from "@praeventionskette/domain";
import { z } from "zod";
import { allRecords } from "../repositories/aggregate.js";
import { lifePhaseAggregate } from "../repositories/life-phase.js";
import { publicProcedure, router } from "../trpc/init.js";
import { crudProcedures } from "./crud.js";

async function activePhases(ctx: { db: Parameters<typeof allRecords>[0] }) {
  return (await allRecords(ctx.db, lifePhaseAggregate)).filter((phase) => phase.archivedAt === null);
}

export const lifePhaseRouter = router({
  ...crudProcedures(lifePhaseAggregate),
  /** The life phases a child of this age (in months; negative during pregnancy) is in. */
  forAge: publicProcedure
    .input(z.object({ ageMonths: z.number().int().min(-10).max(12 * 27) }))
    .query(async ({ ctx, input }) => lifePhasesForAge(await activePhases(ctx), input.ageMonths)),
  /** The life phases for a birth date (or an expected one), as of today. */
  forBirthDate: publicProcedure
    .input(z.object({ birthDate: IsoDateSchema }))
    .query(async ({ ctx, input }) => lifePhasesForBirthDate(await activePhases(ctx), input.birthDate, ctx.today())),
});
