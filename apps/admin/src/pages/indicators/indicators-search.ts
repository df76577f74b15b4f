// zod/mini keeps the URL checks out of the first page's weight.
import * as z from "zod/mini";

/** The indicator list's filters in the URL, so a filtered list can be linked. */
export const IndicatorsSearchSchema = z.object({
  q: z.optional(z.string().check(z.maxLength(200))),
  sichtbarkeit: z.optional(z.enum(["public", "internal"])),
});

/** Which territories the grid of values shows, in the URL. */
export const IndicatorSearchSchema = z.object({
  ebene: z.optional(z.enum(["state", "county", "countyFreeCity", "town", "socialArea"])),
});
