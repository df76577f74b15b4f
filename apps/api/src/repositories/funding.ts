import {
  canTransition,
  checkFundingApplicationAgainstProgramme,
  checkNewFundingApplication,
  type FundingApplicationInput,
  FundingApplicationInputSchema,
  type FundingProgrammeInput,
  FundingProgrammeInputSchema,
  FundingApplicationStatusSchema,
  fundingApplicationStatusLabels,
  IdSchema,
} from "@praeventionskette/domain";
import { z } from "zod";
import { RuleViolationError } from "../errors.js";
import { territoryIdIn } from "./scopes.js";
import { type Aggregate, findRecord, type ListFilter } from "./aggregate.js";
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

/** Förderanträge: application → approval notice → spending → proof of use. */
export const fundingApplicationAggregate: Aggregate<FundingApplicationInput> = {
  table: "funding_application",
  label: "Förderantrag",
  input: FundingApplicationInputSchema,
  columns: (application) => ({
    programme_id: application.programmeId,
    territory_id: application.territoryId,
    status: application.status,
  }),
  territoriesOf: async (_db, application) => [application.territoryId],
  inTerritories: territoryIdIn,
  publicRows: null,
  references: (application) => [
    { table: "funding_programme", ids: [application.programmeId], path: "programmeId", what: "Förderprogramm" },
    { table: "territory", ids: [application.territoryId], path: "territoryId", what: "Gebiet" },
    { table: "goal", ids: application.goalIds, path: "goalIds", what: "Ziel" },
  ],
  // The same rules on creation and on every change: the lifecycle, the deadline and the cap.
  async check(db, change) {
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
      ...(programme ? checkFundingApplicationAgainstProgramme(change.input, programme) : []),
    ];
    if (issue) throw new RuleViolationError(issue.message, issue.path.split("."));
  },
};
