// zod/mini keeps the list's URL check out of the first page's weight.
import * as z from "zod/mini";

/** The filter of the assessment list, kept in the URL so a filtered list can be bookmarked and shared. */
export const QualitySearchSchema = z.object({ gebiet: z.optional(z.uuid()) });

/** A new self-assessment can start from an earlier one (`von`), to update it a year later. */
export const NewAssessmentSearchSchema = z.object({ von: z.optional(z.uuid()) });
