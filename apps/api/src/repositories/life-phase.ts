import {
  type LifePhaseInput,
  LifePhaseInputSchema,
  type TransitionInput,
  TransitionInputSchema,
} from "@praeventionskette/domain";
import { sql } from "kysely";
import { RuleViolationError } from "../errors.js";
import type { Aggregate, ListFilter } from "./aggregate.js";
import { type ConfigurationListFilter, configurationFilter, ownerOf, ownerReference } from "./configuration.js";

/** Lebensphasen: the age bands of the prevention chain, a youth office's own or the platform's defaults. */
export const lifePhaseAggregate: Aggregate<LifePhaseInput> = {
  table: "life_phase",
  label: "Lebensphase",
  input: LifePhaseInputSchema,
  columns: (phase) => ({ code: phase.code, sort_order: phase.order, youth_office_id: phase.youthOfficeId }),
  territoriesOf: null,
  ownerOf,
  references: (phase) => [
    ...ownerReference(phase),
    { table: "life_phase", ids: phase.adoptedFromId ? [phase.adoptedFromId] : [], path: "adoptedFromId", what: "Lebensphase" },
  ],
};

const phasesByOwner = configurationFilter("life_phase", "replace");

/**
 * Life phases by owner, or those in force for a territory (a youth office's own replace the
 * defaults): the platform's first, each owner's together, in their order along the child's life.
 * Phases seeded together share a creation time, so creation alone left their order to chance.
 */
export const lifePhaseFilter: ListFilter<ConfigurationListFilter> = {
  schema: phasesByOwner.schema,
  apply: (query, filter) =>
    phasesByOwner.apply(query, filter).orderBy(sql`youth_office_id is not null`).orderBy("youth_office_id").orderBy("sort_order"),
};

/** Übergänge: the transitions between life phases where chains most often break. */
export const transitionAggregate: Aggregate<TransitionInput> = {
  table: "transition",
  label: "Übergang",
  input: TransitionInputSchema,
  columns: (transition) => ({
    code: transition.code,
    from_life_phase_id: transition.fromLifePhaseId,
    to_life_phase_id: transition.toLifePhaseId,
    youth_office_id: transition.youthOfficeId,
  }),
  territoriesOf: null,
  ownerOf,
  references: (transition) => [
    ...ownerReference(transition),
    { table: "life_phase", ids: [transition.fromLifePhaseId], path: "fromLifePhaseId", what: "Lebensphase" },
    { table: "life_phase", ids: [transition.toLifePhaseId], path: "toLifePhaseId", what: "Lebensphase" },
    { table: "transition", ids: transition.adoptedFromId ? [transition.adoptedFromId] : [], path: "adoptedFromId", what: "Übergang" },
  ],
  // A transition joins two phases of the same configuration: a youth office's transition links
  // its own phases, a platform default the default phases.
  async check(db, change) {
    const { fromLifePhaseId, toLifePhaseId, youthOfficeId } = change.input;
    const phases = await db.selectFrom("life_phase").select(["id", "youth_office_id"]).where("id", "in", [fromLifePhaseId, toLifePhaseId]).execute();
    for (const [path, id] of [["fromLifePhaseId", fromLifePhaseId], ["toLifePhaseId", toLifePhaseId]] as const) {
      const phase = phases.find((p) => p.id === id);
      if (phase && phase.youth_office_id !== youthOfficeId) {
        throw new RuleViolationError(
          youthOfficeId === null
            ? "Ein Übergang der Plattform-Voreinstellungen verbindet nur Lebensphasen der Voreinstellungen."
            : "Ein Übergang eines Jugendamts verbindet nur Lebensphasen desselben Jugendamts.",
          [path],
        );
      }
    }
  },
};

/** Transitions by owner, or those in force for a territory. */
export const transitionFilter = configurationFilter("transition", "replace");
