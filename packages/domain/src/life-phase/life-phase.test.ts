import { describe, expect, it } from "vitest";
import { LifePhaseInputSchema, LifePhaseSchema } from "./life-phase.js";
import { TransitionInputSchema } from "./transition.js";

const phase = {
  code: "kita-alter",
  name: { de: "Kita-Alter", en: "Kindergarten age" },
  description: "",
  minAgeMonths: 36,
  maxAgeMonths: 72,
  order: 3,
};
const a = "00000000-0000-4000-8000-000000000001";
const b = "00000000-0000-4000-8000-000000000002";

describe("LifePhaseInputSchema", () => {
  it("accepts a phase and pregnancy starting at −9 months", () => {
    expect(LifePhaseInputSchema.parse(phase).code).toBe("kita-alter");
    expect(LifePhaseInputSchema.parse({ ...phase, minAgeMonths: -9 }).minAgeMonths).toBe(-9);
  });

  it("rejects an upper bound that is not above the lower one", () => {
    const r = LifePhaseInputSchema.safeParse({ ...phase, maxAgeMonths: 36 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe(
      "Das Höchstalter (ausschließlich) muss über dem Mindestalter der Lebensphase liegen.",
    );
  });

  it("rejects codes that are not slugs, ages before −9 and fractional ages", () => {
    expect(LifePhaseInputSchema.safeParse({ ...phase, code: "Kita Alter" }).success).toBe(false);
    expect(LifePhaseInputSchema.safeParse({ ...phase, minAgeMonths: -10 }).success).toBe(false);
    expect(LifePhaseInputSchema.safeParse({ ...phase, minAgeMonths: 1.5 }).success).toBe(false);
    expect(LifePhaseInputSchema.safeParse({ ...phase, order: -1 }).success).toBe(false);
  });

  it("stores an id", () => {
    expect(LifePhaseSchema.parse({ ...phase, id: a }).id).toBe(a);
  });
});

describe("TransitionInputSchema", () => {
  const t = { code: "UE2", name: { de: "Kita → Grundschule", en: "Day care → school" }, description: "", order: 2 };
  it("accepts a transition between two phases", () => {
    expect(TransitionInputSchema.parse({ ...t, fromLifePhaseId: a, toLifePhaseId: b }).code).toBe("UE2");
  });
  it("rejects a transition into the same phase", () => {
    const r = TransitionInputSchema.safeParse({ ...t, fromLifePhaseId: a, toLifePhaseId: a });
    expect(r.error?.issues[0]?.path).toEqual(["toLifePhaseId"]);
  });
  it("rejects codes with umlauts", () => {
    expect(TransitionInputSchema.safeParse({ ...t, code: "Ü2", fromLifePhaseId: a, toLifePhaseId: b }).success).toBe(false);
  });
});
