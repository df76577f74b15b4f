import {
  adoptLeitbildVersion,
  canChangeLeitbildVersion,
  checkAdoptingBody,
  checkAdoptionDate,
  checkAdoptionDecision,
  checkDecisionForOneVersion,
  checkLeitbildChange,
  checkLeitbildEdit,
  checkNewLeitbildVersion,
  checkSingleAdoptedVersion,
  type DecisionInput,
  type LeitbildRuleIssue,
  type LeitbildVersionInput,
  LeitbildVersionInputSchema,
} from "@praeventionskette/domain";
import { type Kysely, sql } from "kysely";
import { type Access, assertMayWrite } from "../auth/access.js";
import type { Database } from "../db/types.js";
import { ConflictError, NotFoundError, RuleViolationError } from "../errors.js";
import { territoryIdIn } from "./scopes.js";
import { type Aggregate, type Change, fieldsOf, findRecord, inTransaction, lockCurrent, type Stored, updateRecord } from "./aggregate.js";
import { bodyAggregate, decisionAggregate } from "./governance.js";

type Version = Stored<LeitbildVersionInput>;

/** The versions of a territory, locked so that two adoptions at once cannot both pass. */
async function lockTerritoryVersions(db: Kysely<Database>, territoryId: string): Promise<{ id: string; versionNumber: number; status: LeitbildVersionInput["status"]; adoption: LeitbildVersionInput["adoption"] }[]> {
  const { rows } = await sql<{ id: string; version_number: number; status: LeitbildVersionInput["status"]; adoption: LeitbildVersionInput["adoption"] }>`
    select id, version_number, status, data->'adoption' as adoption from leitbild_version where territory_id = ${territoryId} order by version_number for update`.execute(db);
  return rows.map((row) => ({ id: row.id, versionNumber: row.version_number, status: row.status, adoption: row.adoption }));
}

/**
 * The rules of a version adopted with a decision, the same for one created as adopted (a
 * version the council adopted before it was recorded here) and for the adoption of a draft:
 * the decision is on record and adopted, of the same date, by a council or youth welfare
 * committee of the version's territory, and adopts no other version.
 */
async function decisionIssues(
  db: Kysely<Database>,
  versionId: string | null,
  version: LeitbildVersionInput,
  others: Awaited<ReturnType<typeof lockTerritoryVersions>>,
): Promise<LeitbildRuleIssue[]> {
  const decisionId = version.adoption?.decisionId;
  const decision = decisionId ? await findRecord(db, decisionAggregate, decisionId) : undefined;
  const issues = checkAdoptionDecision(version, decision ?? null);
  if (!decision || !decisionId) return issues;
  const body = await findRecord(db, bodyAggregate, decision.bodyId);
  return [...issues, ...checkAdoptingBody(version, body ?? null), ...checkDecisionForOneVersion(versionId, decisionId, decision, others)];
}

function throwFirst(issues: LeitbildRuleIssue[], pathOf: (issue: LeitbildRuleIssue) => string[] = (issue) => issue.path.split(".")): void {
  const [issue] = issues;
  if (issue) throw new RuleViolationError(issue.message, pathOf(issue));
}

const leitbildAggregateBase = {
  table: "leitbild_version",
  label: "Leitbild-Fassung",
  input: LeitbildVersionInputSchema,
  columns: (version: LeitbildVersionInput) => ({
    territory_id: version.territoryId,
    version_number: version.versionNumber,
    status: version.status,
  }),
  territoriesOf: async (_db: Kysely<Database>, version: LeitbildVersionInput) => [version.territoryId],
  inTerritories: territoryIdIn,
  // Drafts are internal until the council adopts them.
  publicRows: () => sql<boolean>`status in ('adopted', 'superseded')`,
  references: (version: LeitbildVersionInput) => [
    { table: "territory" as const, ids: [version.territoryId], path: "territoryId", what: "Gebiet" },
    {
      table: "decision" as const,
      ids: version.adoption?.decisionId ? [version.adoption.decisionId] : [],
      path: "adoption.decisionId",
      what: "Beschluss",
    },
  ],
  checkDelete(existing: Version) {
    if (!canChangeLeitbildVersion(existing)) {
      throw new ConflictError("Eine beschlossene Fassung des Leitbildes kann nicht gelöscht werden; sie bleibt als Nachweis erhalten.");
    }
  },
} satisfies Omit<Aggregate<LeitbildVersionInput>, "check">;

/**
 * Präventionsleitbild: versions, of which adopted ones are read-only. Created as a draft, or as
 * adopted with the council decision on record while no other version of the territory is in
 * force; edited only as a draft, which stays a draft: adoption goes through
 * {@link adoptLeitbild}, which supersedes the version in force in the same transaction.
 */
export const leitbildVersionAggregate: Aggregate<LeitbildVersionInput> = {
  ...leitbildAggregateBase,
  async check(db, change) {
    if (change.existing) {
      const refusal = checkLeitbildEdit(change.existing, change.input);
      if (refusal?.readOnly) throw new ConflictError(refusal.message);
      if (refusal) throw new RuleViolationError(refusal.message, refusal.path.split("."));
      return;
    }
    const issues = checkNewLeitbildVersion(change.input);
    if (change.input.status === "adopted") {
      const others = await lockTerritoryVersions(db, change.input.territoryId);
      issues.push(...(await decisionIssues(db, null, change.input, others)));
      issues.push(...checkSingleAdoptedVersion(change.input, others));
      if (change.today && change.input.adoption) issues.push(...checkAdoptionDate(change.input.adoption.date, null, change.today));
    }
    throwFirst(issues);
  },
};

/**
 * The same table for the adoption's own writes: a draft becomes adopted, the version in force
 * superseded; the content stays as it is ({@link checkLeitbildChange}).
 */
const leitbildAdoptionAggregate: Aggregate<LeitbildVersionInput> = {
  ...leitbildAggregateBase,
  async check(_db, change: Change<LeitbildVersionInput>) {
    if (!change.existing) return;
    const refusal = checkLeitbildChange(change.existing, change.input);
    if (refusal) throw new ConflictError(refusal);
  },
};

/** What {@link adoptLeitbild} changed: the version now in force and the one it superseded. */
export interface LeitbildAdoption {
  adopted: Version;
  superseded: Version | null;
}

/**
 * Adopts a draft with its council decision, in one transaction: checks the decision (on record,
 * adopted, by a council or the youth welfare committee of the version's territory, not in the
 * future, not before the adoption of the version in force, for no other version), supersedes
 * the version in force, adopts the draft with the decision's body, date and paper number, and
 * adds the version to the decision's subjects. Every write is audited; a stale
 * `expectedVersion` is refused with CONFLICT and nothing is written.
 */
export async function adoptLeitbild(
  db: Kysely<Database>,
  request: { id: string; expectedVersion: number; decisionId: string },
  access: Access,
): Promise<LeitbildAdoption> {
  return inTransaction(db, async (trx) => {
    const current = await findRecord(trx, leitbildVersionAggregate, request.id);
    if (!current) throw new NotFoundError(leitbildVersionAggregate.label, request.id);
    assertMayWrite(access, leitbildVersionAggregate.label, { territories: [current.territoryId] });
    const others = await lockTerritoryVersions(trx, current.territoryId);
    const draft = await lockCurrent(trx, leitbildVersionAggregate, request.id, request.expectedVersion);
    if (draft.status !== "draft") {
      throw new ConflictError(`Fassung ${draft.versionNumber} ist bereits ${draft.status === "adopted" ? "beschlossen" : "abgelöst"}; beschlossen werden nur Entwürfe.`);
    }
    const decision = await findRecord(trx, decisionAggregate, request.decisionId);
    if (!decision) throw new RuleViolationError(`Einen Beschluss mit der ID ${request.decisionId} gibt es nicht. Erfassen Sie ihn unter Gremien und Beschlüsse.`, ["decisionId"]);
    if (decision.paperNumber === null) {
      throw new RuleViolationError("Der Beschluss hat keine Vorlagennummer (z. B. SV-9-1217). Ergänzen Sie sie beim Beschluss; sie gehört zum Nachweis der beschlossenen Fassung.", ["decisionId"]);
    }
    const body = await findRecord(trx, bodyAggregate, decision.bodyId);
    const adopted = adoptLeitbildVersion(fieldsOf(draft), {
      body: body?.name ?? "",
      date: decision.date,
      paperNumber: decision.paperNumber,
      decisionId: decision.id,
    });
    const inForce = others.find((v) => v.status === "adopted" && v.id !== draft.id) ?? null;
    throwFirst(
      [...(await decisionIssues(trx, draft.id, adopted, others)), ...checkAdoptionDate(decision.date, inForce, access.today)],
      () => ["decisionId"],
    );

    let superseded: Version | null = null;
    if (inForce) {
      const stored = await findRecord(trx, leitbildVersionAggregate, inForce.id);
      if (stored) {
        superseded = await updateRecord(trx, leitbildAdoptionAggregate, { id: stored.id, expectedVersion: stored.version, input: { ...fieldsOf(stored), status: "superseded" } }, access);
      }
    }
    const result = await updateRecord(trx, leitbildAdoptionAggregate, { id: draft.id, expectedVersion: draft.version, input: adopted }, access);
    await linkDecision(trx, decision, draft.id, access);
    return { adopted: result, superseded };
  });
}

/** Names the version among the decision's subjects, so that the link holds both ways. */
async function linkDecision(db: Kysely<Database>, decision: Stored<DecisionInput>, versionId: string, access: Access): Promise<void> {
  if (decision.subjects.some((s) => s.type === "leitbildVersion" && s.id === versionId)) return;
  await updateRecord(
    db,
    decisionAggregate,
    { id: decision.id, expectedVersion: decision.version, input: { ...fieldsOf(decision), subjects: [...decision.subjects, { type: "leitbildVersion" as const, id: versionId }] } },
    access,
  );
}
