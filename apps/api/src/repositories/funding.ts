import {
  canTransition,
  checkFundingApplicationAgainstProgramme,
  checkFundingApplicationEdit,
  checkGrantByFinancingType,
  checkNewFundingApplication,
  closeFundingApplication,
  type FundingClosing,
  type FundingNotice,
  type FundingRejectionNotice,
  type FundingSpendingEntry,
  type FundingStepResult,
  type FundingSubmission,
  type ProofOfUseSubmission,
  recordFundingNotice,
  recordFundingSpending,
  rejectFundingApplication,
  submitFundingApplication,
  submitProofOfUse,
  type FundingApplicationInput,
  FundingApplicationInputSchema,
  type FundingProgrammeInput,
  FundingProgrammeInputSchema,
  FundingApplicationStatusSchema,
  fundingApplicationStatusLabels,
  IdSchema,
} from "@praeventionskette/domain";
import type { Kysely } from "kysely";
import { z } from "zod";
import { type Access, assertMayWrite } from "../auth/access.js";
import type { Database } from "../db/types.js";
import { NotFoundError, RuleViolationError } from "../errors.js";
import { territoryIdIn } from "./scopes.js";
import { type Aggregate, type Change, fieldsOf, findRecord, inTransaction, type ListFilter, lockCurrent, type Stored, updateRecord } from "./aggregate.js";
import { configurationFilter, ownerOf, ownerReference } from "./configuration.js";

/** Filters for funding application lists. */
export const fundingApplicationFilter: ListFilter<{ territoryId?: string; programmeId?: string; status?: string }> = {
  schema: z.object({
    territoryId: IdSchema.optional(),
    programmeId: IdSchema.optional(),
    status: FundingApplicationStatusSchema.optional(),
  }),
  apply: (query, filter) => {
    let q = query;
    if (filter.territoryId) q = q.where("territory_id", "=", filter.territoryId);
    if (filter.programmeId) q = q.where("programme_id", "=", filter.programmeId);
    if (filter.status) q = q.where("status", "=", filter.status);
    return q;
  },
};

/** Förderprogramme, e.g. the state's gap-closing project grants. */
export const fundingProgrammeAggregate: Aggregate<FundingProgrammeInput> = {
  table: "funding_programme",
  label: "Förderprogramm",
  input: FundingProgrammeInputSchema,
  columns: (programme) => ({ youth_office_id: programme.youthOfficeId }),
  territoriesOf: null,
  ownerOf,
  references: ownerReference,
};

/** Funding programmes by owner, or those open to a territory (the shared ones plus its youth offices'). */
export const fundingProgrammeFilter = configurationFilter("funding_programme", "extend");

const fundingApplicationBase = {
  table: "funding_application",
  label: "Förderantrag",
  input: FundingApplicationInputSchema,
  columns: (application: FundingApplicationInput) => ({
    programme_id: application.programmeId,
    territory_id: application.territoryId,
    status: application.status,
  }),
  territoriesOf: async (_db: Kysely<Database>, application: FundingApplicationInput) => [application.territoryId],
  inTerritories: territoryIdIn,
  publicRows: null,
  references: (application: FundingApplicationInput) => [
    { table: "funding_programme" as const, ids: [application.programmeId], path: "programmeId", what: "Förderprogramm" },
    { table: "territory" as const, ids: [application.territoryId], path: "territoryId", what: "Gebiet" },
    { table: "goal" as const, ids: application.goalIds, path: "goalIds", what: "Ziel" },
  ],
} satisfies Omit<Aggregate<FundingApplicationInput>, "check">;

/**
 * The rules every write of an application meets, whoever writes it: the lifecycle runs forward,
 * the submission keeps the programme's deadline, requested and granted amounts stay within rate
 * and cap, and the grant follows the programme's financing type.
 */
async function checkAgainstProgramme(db: Kysely<Database>, change: Change<FundingApplicationInput>): Promise<void> {
  const from = change.existing?.status;
  const to = change.input.status;
  if (from && from !== to && !canTransition(from, to)) {
    throw new RuleViolationError(
      `Ein Antrag kann nicht von „${fundingApplicationStatusLabels[from].de}“ zu „${fundingApplicationStatusLabels[to].de}“ wechseln.`,
      ["status"],
    );
  }
  const programme = await findRecord(db, fundingProgrammeAggregate, change.input.programmeId);
  const [issue] = [
    ...(change.existing ? [] : checkNewFundingApplication(change.input)),
    ...(programme ? [...checkFundingApplicationAgainstProgramme(change.input, programme), ...checkGrantByFinancingType(change.input, programme)] : []),
  ];
  if (issue) throw new RuleViolationError(issue.message, issue.path.split("."));
}

/**
 * Förderanträge: application → approval notice → spending → proof of use. Created as a draft
 * or submitted; edits change title, description and goals (and a draft's figures), while the
 * status and what each step records change only through the steps ({@link advanceFundingApplication}).
 */
export const fundingApplicationAggregate: Aggregate<FundingApplicationInput> = {
  ...fundingApplicationBase,
  async check(db, change) {
    if (change.existing) {
      const [issue] = checkFundingApplicationEdit(change.existing, change.input);
      if (issue) throw new RuleViolationError(issue.message, issue.path.split("."));
    }
    await checkAgainstProgramme(db, change);
  },
};

/** The same table for the writes of the lifecycle steps, which change status and step records. */
const fundingWorkflowAggregate: Aggregate<FundingApplicationInput> = { ...fundingApplicationBase, check: checkAgainstProgramme };

/** One step of the lifecycle, with what it needs (see the domain's step functions). */
export type FundingStep =
  | { step: "submit"; submission: FundingSubmission }
  | { step: "recordNotice"; notice: FundingNotice }
  | { step: "reject"; notice: FundingRejectionNotice }
  | { step: "recordSpending"; entry: FundingSpendingEntry }
  | { step: "submitProofOfUse"; submission: ProofOfUseSubmission }
  | { step: "close"; closing: FundingClosing };

function applyStep(
  application: FundingApplicationInput,
  programme: FundingProgrammeInput,
  request: FundingStep,
  today: string,
): FundingStepResult<FundingApplicationInput> {
  switch (request.step) {
    case "submit":
      return submitFundingApplication(application, programme, request.submission, today);
    case "recordNotice":
      return recordFundingNotice(application, programme, request.notice, today);
    case "reject":
      return rejectFundingApplication(application, request.notice, today);
    case "recordSpending":
      return recordFundingSpending(application, request.entry, today);
    case "submitProofOfUse":
      return submitProofOfUse(application, request.submission, today);
    case "close":
      return closeFundingApplication(application, programme, request.closing, today);
  }
}

/**
 * Moves an application one step on, in one transaction: locks it at `expectedVersion` (CONFLICT
 * when someone changed it meanwhile), checks the writer's roles, applies the domain's step
 * (state machine and the step's rules, with the request's date as today), then writes it
 * through the same rules as every write and with its audit entry.
 */
export async function advanceFundingApplication(
  db: Kysely<Database>,
  request: { id: string; expectedVersion: number } & FundingStep,
  access: Access,
): Promise<Stored<FundingApplicationInput>> {
  return inTransaction(db, async (trx) => {
    const existing = await lockCurrent(trx, fundingWorkflowAggregate, request.id, request.expectedVersion);
    assertMayWrite(access, fundingApplicationBase.label, { territories: [existing.territoryId] });
    const application = fieldsOf(existing);
    const programme = await findRecord(trx, fundingProgrammeAggregate, application.programmeId);
    if (!programme) throw new NotFoundError(fundingProgrammeAggregate.label, application.programmeId);
    const result = applyStep(application, programme, request, access.today);
    if (!result.ok) {
      const [issue] = result.issues;
      throw new RuleViolationError(issue?.message ?? "Der Schritt ist nicht möglich.", issue?.path.split(".") ?? []);
    }
    return updateRecord(trx, fundingWorkflowAggregate, { id: request.id, expectedVersion: existing.version, input: result.application }, access);
  });
}
