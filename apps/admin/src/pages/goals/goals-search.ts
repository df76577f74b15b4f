// zod/mini keeps the URL checks out of the first page's weight.
import * as z from "zod/mini";

const id = z.optional(z.uuid());

/** The cascade's view in the URL, so that a territory's cascade (or its open warnings) can be linked. */
export const GoalsSearchSchema = z.object({
  gebiet: id,
  /** Only the goals the domain's checks warn about. */
  hinweise: z.optional(z.boolean()),
});

/** Where a new goal goes: the territory, its parent and its level. */
export const NewGoalSearchSchema = z.object({
  gebiet: id,
  oben: id,
  ebene: z.optional(z.enum(["guiding", "strategic", "action", "measure"])),
});
