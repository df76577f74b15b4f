import {
  becomesAdopted,
  canChangeLeitbildVersion,
  checkAdoptionDecision,
  checkLeitbildChange,
  checkNewLeitbildVersion,
  checkSingleAdoptedVersion,
  type LeitbildVersionInput,
  LeitbildVersionInputSchema,
} from "@praeventionskette/domain";
import { sql } from "kysely";
import { ConflictError, RuleViolationError } from "../errors.js";
import { territoryIdIn } from "./scopes.js";
import { type Aggregate, findRecord } from "./aggregate.js";
import { decisionAggregate } from "./governance.js";

/** Präventionsleitbild: versions, of which adopted ones are immutable. */
export const leitbildVersionAggregate: Aggregate<LeitbildVersionInput> = {
  table: "leitbild_version",
  label: "Leitbild-Fassung",
  input: LeitbildVersionInputSchema,
  columns: (version) => ({
    territory_id: version.territoryId,
    version_number: version.versionNumber,
    status: version.status,
  }),
  territoriesOf: async (_db, version) => [version.territoryId],
  inTerritories: territoryIdIn,
  // Drafts are internal until the council adopts them.
  publicRows: () => sql<boolean>`status in ('adopted', 'superseded')`,
  references: (version) => [
    { table: "territory", ids: [version.territoryId], path: "territoryId", what: "Gebiet" },
    {
      table: "decision",
      ids: version.adoption?.decisionId ? [version.adoption.decisionId] : [],
      path: "adoption.decisionId",
      what: "Beschluss",
    },
  ],
  // The same rules on creation and on every change: adopted only with the council decision on
  // record, and one adopted version per territory.
  async check(db, change) {
    if (change.existing) {
      const refusal = checkLeitbildChange(change.existing, change.input);
      if (refusal) throw new ConflictError(refusal);
    }
    const issues = change.existing ? [] : checkNewLeitbildVersion(change.input);
    if (becomesAdopted(change.existing, change.input)) {
      const decisionId = change.input.adoption?.decisionId;
      const decision = decisionId ? await findRecord(db, decisionAggregate, decisionId) : undefined;
      issues.push(...checkAdoptionDecision(change.input, decision ?? null));
    }
    if (change.input.status === "adopted") {
      // Lock the territory's versions so that two adoptions at once cannot both pass.
      const { rows: others } = await sql<{ id: string; version_number: number; status: LeitbildVersionInput["status"] }>`
        select id, version_number, status from leitbild_version where territory_id = ${change.input.territoryId} for update`.execute(db);
      issues.push(
        ...checkSingleAdoptedVersion(
          change.input,
          others.filter((v) => v.id !== change.id).map((v) => ({ status: v.status, versionNumber: v.version_number })),
        ),
      );
    }
    const [issue] = issues;
    if (issue) throw new RuleViolationError(issue.message, issue.path.split("."));
  },
  checkDelete(existing) {
    if (!canChangeLeitbildVersion(existing)) {
      throw new ConflictError("Eine beschlossene Fassung des Leitbildes kann nicht gelöscht werden; sie bleibt als Nachweis erhalten.");
    }
  },
};
