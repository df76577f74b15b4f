// zod/mini keeps the list's URL check out of the first page's weight.
import * as z from "zod/mini";

/** The filters of the body list, kept in the URL so a filtered list can be bookmarked and shared. */
export const BodiesSearchSchema = z.object({
  art: z.optional(z.string().check(z.maxLength(40))),
  gebiet: z.optional(z.uuid()),
});

/** A new decision can start from the meeting it was taken in. */
export const NewDecisionSearchSchema = z.object({ sitzung: z.optional(z.uuid()) });
