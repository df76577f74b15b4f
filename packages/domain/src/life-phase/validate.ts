import type { LifePhase, LifePhaseInput } from "./life-phase.js";
import type { TransitionInput } from "./transition.js";

/** A problem in a municipality's set of life phases. */
export interface LifePhaseIssue {
  /** Code of the life phase concerned; `null` when the issue concerns the set (a gap). */
  code: string | null;
  /** What is wrong, in German. */
  message: string;
}

/** A problem in a municipality's set of transitions. */
export interface TransitionIssue {
  /** Code of the transition concerned. */
  code: string;
  /** What is wrong, in German. */
  message: string;
}

/**
 * Checks a set of life phases as a whole: unique codes, unique order positions, and no gap in
 * the covered age range (overlaps are allowed: phases are not a partition).
 *
 * @example
 * validateLifePhases(defaultLifePhases); // []
 */
export function validateLifePhases(
  phases: readonly Pick<LifePhaseInput, "code" | "minAgeMonths" | "maxAgeMonths" | "order">[],
): LifePhaseIssue[] {
  const issues: LifePhaseIssue[] = [];
  const codes = new Set<string>();
  const orders = new Map<number, string>();
  for (const p of phases) {
    if (codes.has(p.code)) {
      issues.push({ code: p.code, message: `Der Code „${p.code}“ wird von mehreren Lebensphasen verwendet.` });
    }
    codes.add(p.code);
    const sameOrder = orders.get(p.order);
    if (sameOrder !== undefined) {
      issues.push({
        code: p.code,
        message: `Die Lebensphasen „${sameOrder}“ und „${p.code}“ haben dieselbe Reihenfolge ${p.order}.`,
      });
    } else {
      orders.set(p.order, p.code);
    }
  }
  const sorted = [...phases].sort((a, b) => a.minAgeMonths - b.minAgeMonths);
  let reach: number | null = null;
  for (const p of sorted) {
    if (reach !== null && p.minAgeMonths > reach) {
      issues.push({
        code: null,
        message: `Kein Alter von ${reach} bis unter ${p.minAgeMonths} Monaten ist einer Lebensphase zugeordnet.`,
      });
    }
    reach = reach === null ? p.maxAgeMonths : Math.max(reach, p.maxAgeMonths);
  }
  return issues;
}

/**
 * Checks transitions against the stored life phases: both ends must exist and differ.
 *
 * @example
 * validateTransitions(transitions, phases); // [] when every phase id is known
 */
export function validateTransitions(
  transitions: readonly Pick<TransitionInput, "code" | "fromLifePhaseId" | "toLifePhaseId">[],
  phases: readonly Pick<LifePhase, "id">[],
): TransitionIssue[] {
  const known = new Set(phases.map((p) => p.id));
  const issues: TransitionIssue[] = [];
  for (const t of transitions) {
    if (!known.has(t.fromLifePhaseId)) {
      issues.push({ code: t.code, message: `Die Ausgangsphase des Übergangs „${t.code}“ ist nicht bekannt.` });
    }
    if (!known.has(t.toLifePhaseId)) {
      issues.push({ code: t.code, message: `Die Zielphase des Übergangs „${t.code}“ ist nicht bekannt.` });
    }
    if (t.fromLifePhaseId === t.toLifePhaseId) {
      issues.push({
        code: t.code,
        message: `Der Übergang „${t.code}“ beginnt und endet in derselben Lebensphase.`,
      });
    }
  }
  return issues;
}
