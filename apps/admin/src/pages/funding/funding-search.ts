// zod/mini keeps the list's URL check out of the first page's weight.
import * as z from "zod/mini";

/** The filters of the application list, kept in the URL so a filtered list can be bookmarked and shared. */
export const FundingSearchSchema = z.object({
  programm: z.optional(z.uuid()),
  status: z.optional(z.string().check(z.maxLength(20))),
  gebiet: z.optional(z.uuid()),
});

/** A new application can start in a chosen programme. */
export const NewApplicationSearchSchema = z.object({ programm: z.optional(z.uuid()) });
