import { describe, expect, it } from "vitest";
import { labelOf } from "../shared/label.js";
import { LeitbildVersionInputSchema, LeitbildVersionSchema } from "./leitbild-version.js";
import { leitbildStatusLabels } from "./status.js";

const coesfeld = "0b7f4c1e-6a0a-4c8e-9a55-2f1d2f0c9e11";
const draft = {
  territoryId: coesfeld,
  versionNumber: 1,
  title: "Präventionsleitbild des Kreises Coesfeld",
  preamble: "Vorbeugendes Handeln ist eine gesamtkommunale Querschnittsaufgabe.",
  statements: [
    { title: "Teilhabe ermöglichen", text: "" },
    { title: "An Stärken orientieren", text: "" },
    { title: "Chancengerechtigkeit sicherstellen", text: "" },
    { title: "Vielfalt fördern", text: "" },
  ],
  status: "draft" as const,
  adoption: null,
};
const kreistag = {
  body: "Kreistag Coesfeld",
  date: "2018-12-19",
  paperNumber: "SV-9-1217",
  decisionId: null,
};

describe("LeitbildVersionInputSchema", () => {
  it("accepts the Coesfeld draft with its four guiding statements", () => {
    const parsed = LeitbildVersionInputSchema.parse({ ...draft, title: "  Leitbild  " });
    expect(parsed.statements.map((s) => s.title)).toEqual([
      "Teilhabe ermöglichen",
      "An Stärken orientieren",
      "Chancengerechtigkeit sicherstellen",
      "Vielfalt fördern",
    ]);
    expect(parsed.title).toBe("Leitbild");
  });

  it("requires at least one guiding statement", () => {
    const result = LeitbildVersionInputSchema.safeParse({ ...draft, statements: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Ein Leitbild braucht mindestens einen Leitsatz.");
  });

  it("requires the council decision for adopted and superseded versions", () => {
    for (const status of ["adopted", "superseded"] as const) {
      const result = LeitbildVersionInputSchema.safeParse({ ...draft, status });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(["adoption"]);
    }
    expect(LeitbildVersionInputSchema.safeParse({ ...draft, status: "adopted", adoption: kreistag }).success).toBe(true);
  });

  it("refuses a decision on a draft", () => {
    const result = LeitbildVersionInputSchema.safeParse({ ...draft, adoption: kreistag });
    expect(result.error?.issues[0]?.message).toMatch(/Ein Entwurf hat noch keinen Beschluss/);
  });

  it("limits lengths and version numbers", () => {
    expect(LeitbildVersionInputSchema.safeParse({ ...draft, preamble: "x".repeat(5001) }).success).toBe(false);
    expect(LeitbildVersionInputSchema.safeParse({ ...draft, versionNumber: 0 }).success).toBe(false);
    expect(
      LeitbildVersionInputSchema.safeParse({
        ...draft,
        status: "adopted",
        adoption: { ...kreistag, paperNumber: "S".repeat(51) },
      }).success,
    ).toBe(false);
  });

  it("stored versions need an id", () => {
    expect(LeitbildVersionSchema.safeParse(draft).success).toBe(false);
    expect(
      LeitbildVersionSchema.safeParse({ ...draft, id: "5d4c3b2a-1f0e-4d9c-8b7a-6a5b4c3d2e1f" }).success,
    ).toBe(true);
  });

  it("labels every status in German and English", () => {
    expect(labelOf(leitbildStatusLabels, "superseded")).toBe("Abgelöst");
    expect(labelOf(leitbildStatusLabels, "adopted", "en")).toBe("Adopted");
  });
});
