import {
  type LifePhaseInput,
  LifePhaseInputSchema,
  type TransitionInput,
  TransitionInputSchema,
} from "@praeventionskette/domain";
import type { Aggregate } from "./aggregate.js";

/** Lebensphasen: the configurable age bands of the prevention chain. */
export const lifePhaseAggregate: Aggregate<LifePhaseInput> = {
  table: "life_phase",
  label: "Lebensphase",
  input: LifePhaseInputSchema,
  columns: (phase) => ({ code: phase.code, sort_order: phase.order }),
  territoriesOf: null,
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
  }),
  territoriesOf: null,
  references: (transition) => [
    { table: "life_phase", ids: [transition.fromLifePhaseId], path: "fromLifePhaseId", what: "Lebensphase" },
    { table: "life_phase", ids: [transition.toLifePhaseId], path: "toLifePhaseId", what: "Lebensphase" },
  ],
};
