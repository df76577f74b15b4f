// zod/mini keeps the list's URL check out of the first page's weight.
import * as z from "zod/mini";

/** The filters of the actor list, kept in the URL so a filtered list can be bookmarked and shared. */
export const ActorsSearchSchema = z.object({
  art: z.optional(z.string().check(z.maxLength(40))),
  gebiet: z.optional(z.uuid()),
  seite: z.optional(z.int().check(z.minimum(1))),
});
