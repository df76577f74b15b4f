import { describe, expect, it } from "vitest";
import { defaultLifePhases, defaultTransitions, resolveTransitionTemplates } from "./defaults.js";
import { LifePhaseInputSchema } from "./life-phase.js";
import { TransitionInputSchema } from "./transition.js";
import { validateLifePhases, validateTransitions } from "./validate.js";

const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

describe("default life phases and transitions", () => {
  it("are the six NRW phases from pregnancy to 21", () => {
    expect(defaultLifePhases.map((p) => [p.code, p.minAgeMonths, p.maxAgeMonths])).toEqual([
      ["schwangerschaft", -9, 12],
      ["fruehe-kindheit", 0, 36],
      ["kita-alter", 36, 72],
      ["grundschulalter", 72, 120],
      ["sekundarstufe-1", 120, 192],
      ["uebergang-schule-beruf", 168, 252],
    ]);
    for (const p of defaultLifePhases) expect(LifePhaseInputSchema.parse(p)).toEqual(p);
    expect(validateLifePhases(defaultLifePhases)).toEqual([]);
  });

  it("link consecutive default phases Ü1–Ü4", () => {
    const codes = new Set(defaultLifePhases.map((p) => p.code));
    expect(defaultTransitions.map((t) => t.code)).toEqual(["UE1", "UE2", "UE3", "UE4"]);
    for (const t of defaultTransitions) {
      expect(codes.has(t.fromLifePhaseCode)).toBe(true);
      expect(codes.has(t.toLifePhaseCode)).toBe(true);
    }
  });

  it("resolve to valid transition inputs once phases have ids", () => {
    const stored = defaultLifePhases.map((p, i) => ({ ...p, id: id(i) }));
    const inputs = resolveTransitionTemplates(defaultTransitions, stored);
    expect(inputs).toHaveLength(4);
    expect(inputs[1]).toMatchObject({ code: "UE2", fromLifePhaseId: id(2), toLifePhaseId: id(3) });
    for (const t of inputs) TransitionInputSchema.parse(t);
    expect(validateTransitions(inputs, stored)).toEqual([]);
    expect(resolveTransitionTemplates(defaultTransitions, stored.slice(0, 3))).toHaveLength(1);
  });
});
