import { IsoDateSchema } from "@praeventionskette/domain";
import { z } from "zod";
import { ForbiddenError, UnauthenticatedError } from "../errors.js";
import { listAudit } from "../repositories/audit.js";
import { authenticatedProcedure, router } from "../trpc/init.js";

export const auditRouter = router({
  /** The audit trail, newest first; administrators only. */
  list: authenticatedProcedure
    .input(
      z
        .object({
          table: z.string().max(50).optional(),
          recordId: z.string().max(100).optional(),
          userId: z.string().max(100).optional(),
          action: z.string().max(30).optional(),
          from: IsoDateSchema.optional(),
          to: IsoDateSchema.optional(),
          limit: z.number().int().min(1).max(500).default(100),
          offset: z.number().int().min(0).max(10_000_000).default(0),
        })
        .prefault({}),
    )
    .query(({ ctx, input }) => {
      if (!ctx.access.principal && !ctx.access.writable.all) throw new UnauthenticatedError();
      if (!ctx.access.writable.all) throw new ForbiddenError("Den Änderungsverlauf sehen nur Administratorinnen und Administratoren.");
      return listAudit(ctx.db, input);
    }),
});
