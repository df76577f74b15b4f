import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CascadeGoal } from "./cascade.js";
import { validateGoalCascade, wouldCreateCycle } from "./cascade.js";
import type { GoalLevel } from "./level.js";

const id = (n: number): string => `00000000-0000-4000-8000-${n.toString().padStart(12, "0")}`;
const indicator = id(999);

function goal(n: number, level: GoalLevel, parent: number | null): CascadeGoal {
  return {
    id: id(n),
    level,
    parentId: parent === null ? null : id(parent),
    target: level === "action" ? { value: 45, date: "2025-03-01" } : null,
    indicatorIds: level === "action" ? [indicator] : [],
  };
}

// Kreis Coesfeld: one Leitziel, two strategic goals, an action goal with two measures.
const cascade = [
  goal(1, "guiding", null),
  goal(2, "strategic", 1),
  goal(3, "strategic", 1),
  goal(4, "action", 2),
  goal(5, "measure", 4),
  goal(6, "measure", 4),
];

describe("validateGoalCascade", () => {
  it("accepts a consistent cascade", () => {
    expect(validateGoalCascade(cascade)).toEqual([]);
  });

  it("reports a missing parent, a wrong level and a missing Leitziel parent", () => {
    const issues = validateGoalCascade([
      ...cascade,
      goal(7, "measure", 2),
      goal(8, "action", 77),
      goal(9, "strategic", null),
    ]);
    expect(issues).toEqual([
      { goalId: id(7), message: "Eine Maßnahme gehört unter ein Handlungsziel, nicht unter ein strategisches Ziel." },
      { goalId: id(8), message: "Das übergeordnete Ziel existiert nicht (mehr). Bitte ein vorhandenes Ziel zuordnen." },
      { goalId: id(9), message: "Ein strategisches Ziel braucht ein übergeordnetes Leitziel." },
    ]);
  });

  it("reports unmeasurable action goals and duplicate ids", () => {
    const vague = { ...goal(4, "action", 2), target: null, indicatorIds: [] };
    const issues = validateGoalCascade([goal(1, "guiding", null), goal(2, "strategic", 1), vague, goal(2, "strategic", 1)]);
    expect(issues.map((i) => i.message)).toEqual([
      "Diese Ziel-Kennung kommt mehrfach vor.",
      "Ein Handlungsziel braucht einen Zielwert und ein Zieldatum.",
      "Ein Handlungsziel braucht mindestens eine Kennzahl, an der es gemessen wird.",
    ]);
  });

  it("reports every goal on a cycle", () => {
    const loop = [goal(1, "strategic", 3), goal(2, "action", 1), goal(3, "measure", 2)];
    const cycleIssues = validateGoalCascade(loop).filter((i) => i.message.includes("Kreis"));
    expect(cycleIssues.map((i) => i.goalId).sort()).toEqual([id(1), id(2), id(3)]);
  });
});

describe("wouldCreateCycle", () => {
  it("detects moving a goal below itself or its descendants", () => {
    expect(wouldCreateCycle(cascade, id(2), id(2))).toBe(true);
    expect(wouldCreateCycle(cascade, id(2), id(5))).toBe(true);
    expect(wouldCreateCycle(cascade, id(1), id(6))).toBe(true);
    expect(wouldCreateCycle(cascade, id(4), id(3))).toBe(false);
    expect(wouldCreateCycle(cascade, id(5), null)).toBe(false);
  });

  it("terminates on data that already contains a cycle", () => {
    const loop = [goal(1, "strategic", 2), goal(2, "strategic", 1), goal(3, "guiding", null)];
    expect(wouldCreateCycle(loop, id(3), id(1))).toBe(false);
  });

  it("agrees with the cycle check of validateGoalCascade (property)", () => {
    // Random forests: goal i may only hang below a goal with a smaller number, so no cycle exists.
    const forest = fc
      .array(fc.option(fc.nat(), { nil: null }), { minLength: 1, maxLength: 12 })
      .map((parents) => parents.map((p, i) => goal(i, "strategic", i === 0 || p === null ? null : p % i)));
    fc.assert(
      fc.property(forest, fc.nat(), fc.nat(), (goals, a, b) => {
        const moved = goals[a % goals.length]!;
        const newParent = goals[b % goals.length]!.id;
        const after = goals.map((g) => (g.id === moved.id ? { ...g, parentId: newParent } : g));
        const hasCycle = validateGoalCascade(after).some((i) => i.message.includes("Kreis"));
        expect(wouldCreateCycle(goals, moved.id, newParent)).toBe(hasCycle);
      }),
    );
  });
});
