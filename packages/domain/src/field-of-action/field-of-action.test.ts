import { describe, expect, it } from "vitest";
import { defaultFieldsOfAction } from "./defaults.js";
import { FieldOfActionInputSchema, FieldOfActionSchema } from "./field-of-action.js";

describe("fields of action", () => {
  it("has the six default fields with unique codes, all valid", () => {
    expect(defaultFieldsOfAction.map((f) => f.name.de)).toEqual([
      "Jugend",
      "Bildung",
      "Gesundheit",
      "Soziales",
      "Integration",
      "Sport",
    ]);
    expect(new Set(defaultFieldsOfAction.map((f) => f.code)).size).toBe(6);
    for (const f of defaultFieldsOfAction) expect(FieldOfActionInputSchema.parse(f)).toEqual(f);
  });

  it("rejects codes that are not slugs and missing English names", () => {
    expect(FieldOfActionInputSchema.safeParse({ code: "Gesundheit", name: { de: "G", en: "H" }, description: "" }).success).toBe(false);
    expect(FieldOfActionInputSchema.safeParse({ code: "gesundheit", name: { de: "G", en: " " }, description: "" }).success).toBe(false);
  });

  it("requires an id when stored", () => {
    expect(FieldOfActionSchema.safeParse(defaultFieldsOfAction[0]).success).toBe(false);
  });
});
