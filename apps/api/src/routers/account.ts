import { IdSchema } from "@praeventionskette/domain";
import { z } from "zod";
import { PasswordSchema } from "../auth/password-policy.js";
import { RoleAssignmentInputSchema } from "../auth/roles.js";
import { assignRole, createAccount, listAccounts, revokeRole } from "../repositories/account.js";
import { authenticatedProcedure, publicProcedure, router } from "../trpc/init.js";

export const accountRouter = router({
  /** Who is signed in, with their roles; null for anonymous visitors. */
  me: publicProcedure.query(({ ctx }) => ctx.access.principal),
  list: authenticatedProcedure.query(({ ctx }) => listAccounts(ctx.db, ctx.access)),
  create: authenticatedProcedure
    .input(
      z.object({
        name: z.string().trim().min(1).max(200),
        email: z.email().max(254),
        /** Null for people who sign in only through single sign-on. */
        password: PasswordSchema.nullable(),
        assignments: z.array(RoleAssignmentInputSchema).max(50),
      }),
    )
    .mutation(({ ctx, input }) => createAccount(ctx.db, input, ctx.access)),
  assignRole: authenticatedProcedure
    .input(z.object({ userId: z.string().min(1).max(100), assignment: RoleAssignmentInputSchema }))
    .mutation(({ ctx, input }) => assignRole(ctx.db, input, ctx.access)),
  revokeRole: authenticatedProcedure
    .input(z.object({ assignmentId: IdSchema }))
    .mutation(async ({ ctx, input }) => {
      await revokeRole(ctx.db, input, ctx.access);
      return { assignmentId: input.assignmentId, revoked: true as const };
    }),
});
