import { z } from "zod";
import { IsoDateSchema } from "../shared/date.js";
import { IdSchema } from "../shared/id.js";

/**
 * Ratsbeschluss: the reference to the political decision that adopted a document, as printed in
 * the council information system (committee, date of the session, paper number such as
 * "SV-9-1217"). `decisionId` links the decision record of the governance module when it exists.
 *
 * @example
 * CouncilDecisionReferenceSchema.parse({
 *   body: "Kreistag Coesfeld",
 *   date: "2018-12-19",
 *   paperNumber: "SV-9-1217",
 *   decisionId: null,
 * });
 */
export const CouncilDecisionReferenceSchema = z.object({
  body: z.string().trim().min(1, "Bitte das beschließende Gremium angeben.").max(200),
  date: IsoDateSchema,
  paperNumber: z
    .string()
    .trim()
    .min(1, "Bitte die Nummer der Sitzungsvorlage angeben (z. B. SV-9-1217).")
    .max(50),
  decisionId: IdSchema.nullable(),
});
/** Reference to the council decision that adopted a document. */
export type CouncilDecisionReference = z.infer<typeof CouncilDecisionReferenceSchema>;
