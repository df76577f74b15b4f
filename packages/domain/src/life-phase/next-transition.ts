import type { Id } from "../shared/id.js";
import type { LifePhaseInput } from "./life-phase.js";
import type { TransitionInput } from "./transition.js";

/** The parts of a transition that finding the next one needs. */
export type TransitionLink = Pick<TransitionInput, "fromLifePhaseId" | "toLifePhaseId" | "order">;

/** The parts of a life phase that finding the next transition needs. */
export type PhaseBand = Pick<LifePhaseInput, "minAgeMonths" | "maxAgeMonths"> & { id: Id };

/** The transition a child is heading for, with the phases it links. */
export interface NextTransition<T extends TransitionLink, P extends PhaseBand> {
  transition: T;
  /** The phase the transition leaves; the child is still in it. */
  from: P;
  /** The phase the transition enters. */
  to: P;
  /** Months until the phase entered begins; 0 when it has begun already (the transition is under way). */
  monthsUntil: number;
}

/**
 * "What comes next": the transition (Übergang) a child of this age faces next. Among the
 * transitions whose phase left the child has not yet outgrown (`ageMonths` below its upper
 * bound), the one whose phase entered begins soonest; ties go by the transitions' `order`. So a
 * baby of 6 months faces Ü1 (family → day care, in 30 months), a child of 40 months Ü2
 * (→ primary school), and a 14-year-old is in the middle of Ü4 (`monthsUntil` 0) where the
 * school-to-work phase starts at 14 while lower secondary runs to 16. During pregnancy the first
 * transition after birth comes next. `null` when none lies ahead, or a transition names a phase
 * that is not given (pass the phases in force for the same territory as the transitions).
 *
 * @example
 * nextTransition(transitions, phases, 6)?.transition.code; // "UE1"
 * nextTransition(transitions, phases, 40)?.monthsUntil; // 32: primary school age starts at 72 months
 */
export function nextTransition<T extends TransitionLink, P extends PhaseBand>(
  transitions: readonly T[],
  phases: readonly P[],
  ageMonths: number,
): NextTransition<T, P> | null {
  const byId = new Map(phases.map((phase) => [phase.id, phase] as const));
  let best: NextTransition<T, P> | null = null;
  for (const transition of transitions) {
    const from = byId.get(transition.fromLifePhaseId);
    const to = byId.get(transition.toLifePhaseId);
    if (from === undefined || to === undefined) continue;
    if (ageMonths >= from.maxAgeMonths || ageMonths >= to.maxAgeMonths) continue;
    const candidate = { transition, from, to, monthsUntil: Math.max(0, to.minAgeMonths - ageMonths) };
    if (
      best === null ||
      to.minAgeMonths < best.to.minAgeMonths ||
      (to.minAgeMonths === best.to.minAgeMonths && transition.order < best.transition.order)
    ) {
      best = candidate;
    }
  }
  return best;
}
