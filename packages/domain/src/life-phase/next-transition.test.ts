import { describe, expect, it } from "vitest";
import { defaultLifePhases, defaultTransitions, resolveTransitionTemplates } from "./defaults.js";
import { nextTransition } from "./next-transition.js";

const phases = defaultLifePhases.map((phase, i) => ({ ...phase, id: `00000000-0000-4000-8000-00000000000${i + 1}` }));
const transitions = resolveTransitionTemplates(defaultTransitions, phases);
const next = (age: number) => {
  const found = nextTransition(transitions, phases, age);
  return found && [found.transition.code, found.monthsUntil];
};

describe("nextTransition", () => {
  it("finds the transition ahead for each age of the default phases", () => {
    expect(next(-3)).toEqual(["UE1", 39]);
    expect(next(0)).toEqual(["UE1", 36]);
    expect(next(6)).toEqual(["UE1", 30]);
    expect(next(35)).toEqual(["UE1", 1]);
    expect(next(36)).toEqual(["UE2", 36]);
    expect(next(40)).toEqual(["UE2", 32]);
    expect(next(100)).toEqual(["UE3", 20]);
    expect(next(130)).toEqual(["UE4", 38]);
  });

  it("says a transition is under way where the phases overlap, and none lies ahead of young adults", () => {
    expect(next(170)).toEqual(["UE4", 0]);
    expect(next(191)).toEqual(["UE4", 0]);
    expect(next(192)).toBeNull();
    expect(next(250)).toBeNull();
  });

  it("names the phases it links and ignores transitions whose phases are not given", () => {
    const found = nextTransition(transitions, phases, 40);
    expect([found?.from.code, found?.to.code]).toEqual(["kita-alter", "grundschulalter"]);
    // Without the Kita phase, Ü1 and Ü2 name a phase that is missing; Ü3 is then the next known one.
    expect(nextTransition(transitions, phases.filter((p) => p.code !== "kita-alter"), 6)?.transition.code).toBe("UE3");
    expect(nextTransition([], phases, 6)).toBeNull();
  });

  it("prefers the lower order when two transitions enter phases that start together", () => {
    const early = { ...transitions[0]!, order: 9 };
    const twin = { ...transitions[0]!, code: "UE1b", order: 1 };
    expect(nextTransition([early, twin], phases, 6)?.transition.code).toBe("UE1b");
  });
});
