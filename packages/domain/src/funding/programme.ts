import { z } from "zod";
import { IsoDateSchema } from "../shared/date.js";
import { IdSchema } from "../shared/id.js";
import { OwnerSchema } from "../shared/owner.js";
import { FinancingTypeSchema } from "./financing-type.js";

const fundingProgrammeFields = z.object({
  name: z.string().trim().min(1).max(200),
  funder: z.string().trim().min(1).max(200),
  description: z.string().trim().max(5000),
  fundingRate: z
    .number()
    .positive({ message: "Die Förderquote muss größer als 0 sein." })
    .max(1, { message: "Die Förderquote darf höchstens 1 (100 %) betragen." }),
  maxGrantCents: z.number().int().nonnegative().nullable(),
  applicationDeadline: IsoDateSchema.nullable(),
  financingType: FinancingTypeSchema,
  /** The youth office of a local programme; `null` for a programme open to all (e.g. the state's). */
  youthOfficeId: OwnerSchema,
});

function checkFundingProgramme(
  programme: z.infer<typeof fundingProgrammeFields>,
  ctx: z.RefinementCtx,
): void {
  if (programme.financingType === "fixedAmount" && programme.maxGrantCents === null) {
    ctx.addIssue({
      code: "custom",
      path: ["maxGrantCents"],
      message: "Bei einer Festbetragsfinanzierung muss der Höchstbetrag der Zuwendung (der Festbetrag) angegeben sein.",
    });
  }
}

/**
 * Förderprogramm: a funding programme a municipality can apply to, e.g. the state's
 * gap-closing project grants for prevention chains: 80 % of eligible costs, at most 35,000 €,
 * fixed-amount financing, deadline 15 April 2018. `fundingRate` is a fraction (0.8 = 80 %).
 *
 * @example
 * FundingProgrammeInputSchema.parse({
 *   name: "Lückenschluss-Projekte kinderstark",
 *   funder: "Land NRW – MKJFGFI",
 *   description: "",
 *   fundingRate: 0.8,
 *   maxGrantCents: 3_500_000,
 *   applicationDeadline: "2018-04-15",
 *   financingType: "fixedAmount",
 * });
 */
export const FundingProgrammeInputSchema = fundingProgrammeFields.superRefine(checkFundingProgramme);
/** What a user submits to create or replace a funding programme. */
export type FundingProgrammeInput = z.infer<typeof FundingProgrammeInputSchema>;

/** A stored funding programme: {@link FundingProgrammeInputSchema} with its id. */
export const FundingProgrammeSchema = fundingProgrammeFields
  .extend({ id: IdSchema })
  .superRefine(checkFundingProgramme);
/** A stored funding programme. */
export type FundingProgramme = z.infer<typeof FundingProgrammeSchema>;
