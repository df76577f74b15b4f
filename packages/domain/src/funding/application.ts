import { z } from "zod";
import { IsoDateSchema } from "../shared/date.js";
import { IdSchema } from "../shared/id.js";
import { FundingApplicationStatusSchema, type FundingApplicationStatus } from "./application-status.js";

const centsSchema = z.number().int().nonnegative();

/**
 * Zuwendungsbescheid: the approval notice of a funding application, with the granted amount
 * and the funder's reference ("Aktenzeichen").
 *
 * @example
 * FundingApprovalSchema.parse({ noticeDate: "2018-05-14", grantCents: 3_500_000, noticeReference: "48.02-2018-117" });
 */
export const FundingApprovalSchema = z.object({
  noticeDate: IsoDateSchema,
  grantCents: centsSchema,
  noticeReference: z.string().trim().min(1).max(100).nullable(),
  /** Frist für den Verwendungsnachweis: the day the notice sets for the proof of use; absent in records made before it was kept. */
  proofOfUseDueOn: IsoDateSchema.nullable().optional(),
  /** Eligible costs the notice recognises, where it recognises less than applied for; absent or null: as applied for. */
  recognisedCostsCents: centsSchema.nullable().optional(),
});
/** The approval notice of a funding application. */
export type FundingApproval = z.infer<typeof FundingApprovalSchema>;

/**
 * Verwendungsnachweis: the proof of use a grantee submits after spending, with the amount
 * actually spent from the grant.
 *
 * @example
 * ProofOfUseSchema.parse({ submittedOn: "2019-03-31", spentCents: 3_412_950 });
 */
export const ProofOfUseSchema = z.object({
  submittedOn: IsoDateSchema,
  spentCents: centsSchema,
});
/** The proof of use of a funding application. */
export type ProofOfUse = z.infer<typeof ProofOfUseSchema>;

/**
 * Ausgabe: one expenditure of a funded project, recorded while it runs (Mittelverwendung).
 *
 * @example
 * FundingSpendingSchema.parse({ spentOn: "2018-09-30", amountCents: 1_250_000, description: "Honorar Babylotsin, 3. Quartal" });
 */
export const FundingSpendingSchema = z.object({
  spentOn: IsoDateSchema,
  amountCents: z.number().int().positive({ message: "Eine Ausgabe ist ein Betrag über 0 €." }),
  description: z.string().trim().max(500),
});
/** One expenditure of a funded project. */
export type FundingSpending = z.infer<typeof FundingSpendingSchema>;

/**
 * Ablehnungsbescheid: the notice that refuses an application, with the funder's reason.
 *
 * @example
 * FundingRejectionSchema.parse({ noticeDate: "2018-05-14", reason: "Programmmittel ausgeschöpft." });
 */
export const FundingRejectionSchema = z.object({
  noticeDate: IsoDateSchema,
  reason: z.string().trim().max(2000),
});
/** The rejection notice of a funding application. */
export type FundingRejection = z.infer<typeof FundingRejectionSchema>;

/**
 * Abschluss: the proof of use has been checked and the grant settled; `repaymentCents` is what
 * the grantee pays back (Rückforderung), 0 when nothing.
 *
 * @example
 * FundingSettlementSchema.parse({ closedOn: "2019-06-30", repaymentCents: 0 });
 */
export const FundingSettlementSchema = z.object({
  closedOn: IsoDateSchema,
  repaymentCents: centsSchema,
});
/** The settlement that closes a funding application. */
export type FundingSettlement = z.infer<typeof FundingSettlementSchema>;

const fundingApplicationFields = z.object({
  programmeId: IdSchema,
  territoryId: IdSchema,
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(5000),
  eligibleCostsCents: centsSchema,
  requestedGrantCents: centsSchema,
  status: FundingApplicationStatusSchema,
  submittedOn: IsoDateSchema.nullable(),
  approval: FundingApprovalSchema.nullable(),
  proofOfUse: ProofOfUseSchema.nullable(),
  goalIds: z.array(IdSchema),
  /** Expenditures recorded while the project runs; absent in records made before they were kept. */
  spending: z.array(FundingSpendingSchema).max(1000).optional(),
  /** The rejection notice of a rejected application. */
  rejection: FundingRejectionSchema.nullable().optional(),
  /** The settlement of a closed application. */
  settlement: FundingSettlementSchema.nullable().optional(),
});

const approvedStatuses: readonly FundingApplicationStatus[] = ["approved", "inProgress", "proofSubmitted", "closed"];
const provenStatuses: readonly FundingApplicationStatus[] = ["proofSubmitted", "closed"];
const spendingStatuses: readonly FundingApplicationStatus[] = ["inProgress", "proofSubmitted", "closed"];
const germanDate = (iso: string): string => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

function checkFundingApplication(
  application: z.infer<typeof fundingApplicationFields>,
  ctx: z.RefinementCtx,
): void {
  const { status, submittedOn, approval, proofOfUse } = application;
  const issue = (path: string, message: string): void => ctx.addIssue({ code: "custom", path: [path], message });

  if (application.requestedGrantCents > application.eligibleCostsCents) {
    issue("requestedGrantCents", "Die beantragte Zuwendung darf die zuwendungsfähigen Ausgaben nicht übersteigen.");
  }
  if (status === "draft") {
    if (submittedOn !== null) {
      issue("submittedOn", "Ein Entwurf ist noch nicht eingereicht; entfernen Sie das Einreichungsdatum oder ändern Sie den Status.");
    }
  } else if (submittedOn === null) {
    issue("submittedOn", "Ein eingereichter Antrag braucht das Datum der Einreichung.");
  }
  if (approvedStatuses.includes(status)) {
    if (approval === null) {
      issue("approval", "Ab der Bewilligung braucht der Antrag den Zuwendungsbescheid (Datum und bewilligter Betrag).");
    }
  } else if (approval !== null) {
    issue("approval", "Ein Zuwendungsbescheid passt nur zu einem bewilligten Antrag; ändern Sie den Status oder entfernen Sie den Bescheid.");
  }
  if (provenStatuses.includes(status)) {
    if (proofOfUse === null) {
      issue("proofOfUse", "Ab der Einreichung des Verwendungsnachweises braucht der Antrag dessen Datum und die verausgabte Summe.");
    }
  } else if (proofOfUse !== null) {
    issue("proofOfUse", "Ein Verwendungsnachweis passt erst zum Status „Verwendungsnachweis eingereicht“ oder „Abgeschlossen“.");
  }
  if (approval !== null && submittedOn !== null && approval.noticeDate < submittedOn) {
    issue("approval", "Der Zuwendungsbescheid kann nicht vor der Einreichung des Antrags datiert sein.");
  }
  if (proofOfUse !== null && approval !== null && proofOfUse.submittedOn < approval.noticeDate) {
    issue("proofOfUse", "Der Verwendungsnachweis kann nicht vor dem Zuwendungsbescheid eingereicht worden sein.");
  }
  const dueOn = approval?.proofOfUseDueOn;
  if (proofOfUse && dueOn && proofOfUse.submittedOn > dueOn) {
    issue(
      "proofOfUse",
      `Der Verwendungsnachweis war bis zum ${germanDate(dueOn)} einzureichen (Frist laut Zuwendungsbescheid); eingereicht am ${germanDate(proofOfUse.submittedOn)} ist er verspätet.`,
    );
  }
  const recognised = approval?.recognisedCostsCents ?? null;
  if (recognised !== null && recognised > application.eligibleCostsCents) {
    issue("approval", "Der Bescheid kann nicht mehr zuwendungsfähige Ausgaben anerkennen, als beantragt wurden.");
  }
  const spending = application.spending ?? [];
  if (spending.length > 0 && !spendingStatuses.includes(status)) {
    issue("spending", "Ausgaben werden erst nach dem Zuwendungsbescheid erfasst, wenn das Projekt läuft („In Umsetzung“).");
  }
  const early = approval ? spending.find((entry) => entry.spentOn < approval.noticeDate) : undefined;
  if (early && approval) {
    issue(
      "spending",
      `Die Ausgabe vom ${germanDate(early.spentOn)} liegt vor dem Zuwendungsbescheid (${germanDate(approval.noticeDate)}); vor dem Bescheid begonnene Vorhaben sind nicht förderfähig (vorzeitiger Maßnahmebeginn).`,
    );
  }
  const late = proofOfUse ? spending.find((entry) => entry.spentOn > proofOfUse.submittedOn) : undefined;
  if (late && proofOfUse) {
    issue("spending", `Die Ausgabe vom ${germanDate(late.spentOn)} liegt nach der Einreichung des Verwendungsnachweises (${germanDate(proofOfUse.submittedOn)}).`);
  }
  if (application.rejection && status !== "rejected") {
    issue("rejection", "Ein Ablehnungsbescheid passt nur zu einem abgelehnten Antrag.");
  }
  if (application.rejection && submittedOn !== null && application.rejection.noticeDate < submittedOn) {
    issue("rejection", "Der Ablehnungsbescheid kann nicht vor der Einreichung des Antrags datiert sein.");
  }
  if (application.settlement && status !== "closed") {
    issue("settlement", "Ein Abschluss mit Rückforderung passt nur zu einem abgeschlossenen Antrag.");
  }
  if (application.settlement && proofOfUse && application.settlement.closedOn < proofOfUse.submittedOn) {
    issue("settlement", "Ein Antrag kann nicht vor der Einreichung seines Verwendungsnachweises abgeschlossen werden.");
  }
}

/**
 * Förderantrag: a municipality's application to a funding programme, from draft to approval
 * notice, spending and proof of use. The status and the dates recorded must agree: from
 * submission on there is a submission date, from approval on an approval notice, from the
 * proof of use on its date and amount; dates follow the lifecycle.
 *
 * @example
 * FundingApplicationInputSchema.parse({
 *   programmeId: "0b7f4c1e-6a0a-4c8e-9a55-2f1d2f0c9e11",
 *   territoryId: "5d0c8a4e-1f3b-4b7e-8a61-3c2e4f5a6b7c",
 *   title: "Familienlotsinnen in Senden",
 *   description: "",
 *   eligibleCostsCents: 4_375_000,
 *   requestedGrantCents: 3_500_000,
 *   status: "approved",
 *   submittedOn: "2018-04-12",
 *   approval: { noticeDate: "2018-05-14", grantCents: 3_500_000, noticeReference: null },
 *   proofOfUse: null,
 *   goalIds: [],
 * });
 */
export const FundingApplicationInputSchema = fundingApplicationFields.superRefine(checkFundingApplication);
/** What a user submits to create or replace a funding application. */
export type FundingApplicationInput = z.infer<typeof FundingApplicationInputSchema>;

/** A stored funding application: {@link FundingApplicationInputSchema} with its id. */
export const FundingApplicationSchema = fundingApplicationFields
  .extend({ id: IdSchema })
  .superRefine(checkFundingApplication);
/** A stored funding application. */
export type FundingApplication = z.infer<typeof FundingApplicationSchema>;
