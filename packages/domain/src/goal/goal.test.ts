import { describe, expect, it } from "vitest";
import { labelOf } from "../shared/label.js";
import { GoalInputSchema, GoalSchema } from "./goal.js";
import { expectedParentLevel, goalLevelLabels } from "./level.js";
import { goalStatusLabels } from "./status.js";

const coesfeld = "0b7f4c1e-6a0a-4c8e-9a55-2f1d2f0c9e11";
const strategicId = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
const indicatorB1 = "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d";

const actionGoal = {
  territoryId: coesfeld,
  level: "action" as const,
  parentId: strategicId,
  title: "Betreuungsquote U3 bis 2025 auf 45 % steigern",
  description: "Ausbau der Kindertagespflege in den Gemeinden des Kreisjugendamts.",
  responsibleActorIds: [],
  indicatorIds: [indicatorB1],
  baseline: { value: 39.3, date: "2019-03-01" },
  target: { value: 45, date: "2025-03-01" },
  status: "inProgress" as const,
  lifePhaseIds: [],
  fieldOfActionIds: [],
};

function messages(value: unknown): string[] {
  const result = GoalInputSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

describe("GoalInputSchema", () => {
  it("accepts a SMART action goal (Betreuungsquote U3 39.3 % → 45 %)", () => {
    expect(messages(actionGoal)).toEqual([]);
  });

  it("requires target and indicator for an action goal", () => {
    expect(messages({ ...actionGoal, target: null })).toEqual([
      "Ein Handlungsziel braucht einen Zielwert und ein Zieldatum.",
    ]);
    expect(messages({ ...actionGoal, indicatorIds: [] })).toEqual([
      "Ein Handlungsziel braucht mindestens eine Kennzahl, an der es gemessen wird.",
    ]);
  });

  it("does not require targets on other levels", () => {
    expect(messages({ ...actionGoal, level: "strategic", target: null, indicatorIds: [], baseline: null })).toEqual([]);
    expect(messages({ ...actionGoal, level: "measure", target: null, indicatorIds: [] })).toEqual([]);
  });

  it("requires the target date after the baseline date", () => {
    expect(messages({ ...actionGoal, target: { value: 45, date: "2019-03-01" } })).toEqual([
      "Das Zieldatum muss nach dem Datum des Ausgangswerts liegen.",
    ]);
  });

  it("places guiding goals at the top and everything else below a parent", () => {
    expect(messages({ ...actionGoal, level: "guiding" })).toEqual([
      "Ein Leitziel steht an der Spitze der Zielkaskade und hat kein übergeordnetes Ziel.",
    ]);
    expect(messages({ ...actionGoal, level: "guiding", parentId: null })).toEqual([]);
    expect(messages({ ...actionGoal, parentId: null })).toHaveLength(1);
  });

  it("refuses a goal that is its own parent", () => {
    const result = GoalSchema.safeParse({ ...actionGoal, id: strategicId });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      "Ein Ziel kann nicht sein eigenes übergeordnetes Ziel sein.",
    ]);
  });

  it("limits the title to 300 characters and rejects non-finite values", () => {
    expect(messages({ ...actionGoal, title: "x".repeat(301) })).toHaveLength(1);
    expect(messages({ ...actionGoal, target: { value: Number.NaN, date: "2025-03-01" } }).length).toBeGreaterThan(0);
  });
});

describe("levels and labels", () => {
  it("expects the level directly above", () => {
    expect(expectedParentLevel("guiding")).toBeNull();
    expect(expectedParentLevel("strategic")).toBe("guiding");
    expect(expectedParentLevel("action")).toBe("strategic");
    expect(expectedParentLevel("measure")).toBe("action");
  });

  it("labels levels and statuses in German and English", () => {
    expect(labelOf(goalLevelLabels, "action")).toBe("Handlungsziel");
    expect(labelOf(goalLevelLabels, "measure")).toBe("Maßnahme");
    expect(labelOf(goalStatusLabels, "discontinued", "en")).toBe("Discontinued");
  });
});
