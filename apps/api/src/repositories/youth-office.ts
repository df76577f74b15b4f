import {
  type FieldOfActionInput,
  IdSchema,
  type LifePhaseInput,
  type TransitionInput,
  type YouthOfficeInput,
  YouthOfficeInputSchema,
} from "@praeventionskette/domain";
import type { Kysely } from "kysely";
import { z } from "zod";
import { type Access, assertMayWrite } from "../auth/access.js";
import type { Database } from "../db/types.js";
import { NotFoundError } from "../errors.js";
import { type Aggregate, allRecords, createRecord, fieldsOf, findRecord, inTransaction, type ListFilter, type Stored } from "./aggregate.js";
import { fieldOfActionAggregate } from "./field-of-action.js";
import { PLATFORM_SCOPE } from "./scopes.js";
import { lifePhaseAggregate, transitionAggregate } from "./life-phase.js";

/** Jugendämter: the units that plan a prevention chain and own their configuration. */
export const youthOfficeAggregate: Aggregate<YouthOfficeInput> = {
  table: "youth_office",
  label: "Jugendamt",
  input: YouthOfficeInputSchema,
  columns: (office) => ({ territory_id: office.territoryId }),
  references: (office) => [{ table: "territory", ids: [office.territoryId], path: "territoryId", what: "Gebiet" }],
  // Like a territory, a youth office belongs to the level above the territory that runs it: the
  // county's coordinator sets up the youth offices of its towns, a county's the administration.
  territoriesOf: async (db, office) => {
    const seat = await db.selectFrom("territory").select("parent_id").where("id", "=", office.territoryId).executeTakeFirst();
    return [seat?.parent_id ?? PLATFORM_SCOPE];
  },
};

/** Filters for youth office lists. */
export const youthOfficeFilter: ListFilter<{ territoryId?: string }> = {
  schema: z.object({ territoryId: IdSchema.optional() }),
  apply: (query, filter) => (filter.territoryId ? query.where("territory_id", "=", filter.territoryId) : query),
};

/** How many records an adoption copied, per kind. */
export interface AdoptionSummary {
  lifePhases: number;
  transitions: number;
  fieldsOfAction: number;
}

/**
 * Adopts the platform defaults for a youth office: copies the default life phases, transitions
 * and fields of action it has no record of the same code for, as its own records (each noting
 * the default it came from), which it can then adapt. All or nothing, one audit entry per copy.
 */
export async function adoptDefaults(db: Kysely<Database>, youthOfficeId: string, access: Access): Promise<AdoptionSummary> {
  return inTransaction(db, async (trx) => {
    if (!(await findRecord(trx, youthOfficeAggregate, youthOfficeId))) throw new NotFoundError(youthOfficeAggregate.label, youthOfficeId);
    assertMayWrite(access, "Konfiguration", { owners: [youthOfficeId] });
    const active = <T extends { youthOfficeId: string | null }>(records: Stored<T>[], owner: string | null) =>
      records.filter((r) => r.archivedAt === null && r.youthOfficeId === owner);

    const phases = await allRecords(trx, lifePhaseAggregate);
    const ownPhases = active(phases, youthOfficeId);
    const phaseIdByDefault = new Map<string, string>();
    for (const own of ownPhases) if (own.adoptedFromId) phaseIdByDefault.set(own.adoptedFromId, own.id);
    let lifePhases = 0;
    for (const phase of active(phases, null)) {
      const existing = ownPhases.find((own) => own.code === phase.code);
      if (existing) {
        phaseIdByDefault.set(phase.id, existing.id);
        continue;
      }
      const copy = await createRecord<LifePhaseInput>(trx, lifePhaseAggregate, { ...fieldsOf(phase), youthOfficeId, adoptedFromId: phase.id }, access);
      phaseIdByDefault.set(phase.id, copy.id);
      lifePhases += 1;
    }

    const transitions = await allRecords(trx, transitionAggregate);
    const ownTransitionCodes = new Set(active(transitions, youthOfficeId).map((t) => t.code));
    let transitionCount = 0;
    for (const transition of active(transitions, null)) {
      const from = phaseIdByDefault.get(transition.fromLifePhaseId);
      const to = phaseIdByDefault.get(transition.toLifePhaseId);
      if (ownTransitionCodes.has(transition.code) || !from || !to) continue;
      await createRecord<TransitionInput>(
        trx,
        transitionAggregate,
        { ...fieldsOf(transition), fromLifePhaseId: from, toLifePhaseId: to, youthOfficeId, adoptedFromId: transition.id },
        access,
      );
      transitionCount += 1;
    }

    const fields = await allRecords(trx, fieldOfActionAggregate);
    const ownFieldCodes = new Set(active(fields, youthOfficeId).map((f) => f.code));
    let fieldsOfAction = 0;
    for (const field of active(fields, null)) {
      if (ownFieldCodes.has(field.code)) continue;
      await createRecord<FieldOfActionInput>(trx, fieldOfActionAggregate, { ...fieldsOf(field), youthOfficeId, adoptedFromId: field.id }, access);
      fieldsOfAction += 1;
    }
    return { lifePhases, transitions: transitionCount, fieldsOfAction };
  });
}
