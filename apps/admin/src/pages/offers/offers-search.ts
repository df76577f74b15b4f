// zod/mini keeps the list's URL check out of the first page's weight.
import * as z from "zod/mini";

const id = z.optional(z.uuid());

/** The filters of the offer list, kept in the URL so a filtered list can be bookmarked and shared. */
export const OffersSearchSchema = z.object({
  q: z.optional(z.string().check(z.maxLength(200))),
  gebiet: id,
  handlungsfeld: id,
  lebensphase: id,
  anbieter: id,
  sprache: z.optional(z.string().check(z.regex(/^[a-z]{2}$/))),
  seite: z.optional(z.int().check(z.minimum(1))),
});
