// zod/mini, as for the offer list: the URL check stays light.
import * as z from "zod/mini";

/** The statuses a proposal can have, as the API names them. */
export const PROPOSAL_STATUSES = ["pending", "approved", "rejected", "withdrawn"] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/**
 * The filters of the proposal list, kept in the URL: `status` (absent: the person's default,
 * `alle`: every status) and `anbieter` (a provider).
 */
export const ProposalsSearchSchema = z.object({
  status: z.optional(z.enum([...PROPOSAL_STATUSES, "alle"])),
  anbieter: z.optional(z.uuid()),
});
