import { z } from "zod";
import { ForbiddenError, UnauthenticatedError } from "../errors.js";
import { listFeedback } from "../repositories/feedback.js";
import { authenticatedProcedure, router } from "../trpc/init.js";

export const feedbackRouter = router({
  /** The portal's feedback, newest first: for coordinators and administrators, who answer it. */
  list: authenticatedProcedure
    .input(
      z
        .object({
          limit: z.number().int().min(1).max(500).default(50),
          offset: z.number().int().min(0).max(10_000_000).default(0),
        })
        .prefault({}),
    )
    .query(({ ctx, input }) => {
      const principal = ctx.access.principal;
      if (!principal && !ctx.access.writable.all) throw new UnauthenticatedError();
      const answers = ctx.access.writable.all || (principal?.assignments.some((a) => a.role === "admin" || a.role === "coordinator") ?? false);
      if (!answers) throw new ForbiddenError("Rückmeldungen aus dem Portal sehen die Koordination und die Administration.");
      return listFeedback(ctx.db, input);
    }),
});
