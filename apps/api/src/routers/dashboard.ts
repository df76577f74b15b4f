import { attentionFor } from "../repositories/attention.js";
import { authenticatedProcedure, router } from "../trpc/init.js";

export const dashboardRouter = router({
  /** What needs the signed-in person's attention: the admin app's start page. */
  attention: authenticatedProcedure.query(({ ctx }) => attentionFor(ctx.db, ctx.access)),
});
