import {
  FundingClosingSchema,
  FundingNoticeSchema,
  FundingRejectionNoticeSchema,
  FundingSpendingEntrySchema,
  FundingSubmissionSchema,
  ProofOfUseSubmissionSchema,
} from "@praeventionskette/domain";
import { advanceFundingApplication, fundingApplicationAggregate, fundingApplicationFilter } from "../repositories/funding.js";
import { authenticatedProcedure, router } from "../trpc/init.js";
import { crudProcedures, VersionedIdSchema } from "./crud.js";

// The lifecycle as explicit steps, each with the version it is based on; the generic update
// changes title, description and goals only (and a draft's figures).
export const fundingApplicationRouter = router({
  ...crudProcedures(fundingApplicationAggregate, fundingApplicationFilter),
  /** Einreichen: draft → submitted, by the programme's deadline. */
  submit: authenticatedProcedure
    .input(VersionedIdSchema.extend(FundingSubmissionSchema.shape))
    .mutation(({ ctx, input: { id, expectedVersion, ...submission } }) =>
      advanceFundingApplication(ctx.db, { id, expectedVersion, step: "submit", submission }, ctx.access),
    ),
  /** Zuwendungsbescheid erfassen: submitted → approved, the grant by the programme's financing type and cap. */
  recordNotice: authenticatedProcedure
    .input(VersionedIdSchema.extend(FundingNoticeSchema.shape))
    .mutation(({ ctx, input: { id, expectedVersion, ...notice } }) =>
      advanceFundingApplication(ctx.db, { id, expectedVersion, step: "recordNotice", notice }, ctx.access),
    ),
  /** Ablehnung erfassen: submitted → rejected (final). */
  reject: authenticatedProcedure
    .input(VersionedIdSchema.extend(FundingRejectionNoticeSchema.shape))
    .mutation(({ ctx, input: { id, expectedVersion, ...notice } }) =>
      advanceFundingApplication(ctx.db, { id, expectedVersion, step: "reject", notice }, ctx.access),
    ),
  /** Ausgabe erfassen: approved → in progress (and further expenditures while in progress). */
  recordSpending: authenticatedProcedure
    .input(VersionedIdSchema.extend(FundingSpendingEntrySchema.shape))
    .mutation(({ ctx, input: { id, expectedVersion, ...entry } }) =>
      advanceFundingApplication(ctx.db, { id, expectedVersion, step: "recordSpending", entry }, ctx.access),
    ),
  /** Verwendungsnachweis einreichen: in progress → proof submitted, by the notice's due date. */
  submitProofOfUse: authenticatedProcedure
    .input(VersionedIdSchema.extend(ProofOfUseSubmissionSchema.shape))
    .mutation(({ ctx, input: { id, expectedVersion, ...submission } }) =>
      advanceFundingApplication(ctx.db, { id, expectedVersion, step: "submitProofOfUse", submission }, ctx.access),
    ),
  /** Abschließen: proof submitted → closed, with the repayment the financing type gives. */
  close: authenticatedProcedure
    .input(VersionedIdSchema.extend(FundingClosingSchema.shape))
    .mutation(({ ctx, input: { id, expectedVersion, ...closing } }) =>
      advanceFundingApplication(ctx.db, { id, expectedVersion, step: "close", closing }, ctx.access),
    ),
});
