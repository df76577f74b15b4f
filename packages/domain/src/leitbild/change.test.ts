import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { adoptLeitbildVersion, canChangeLeitbildVersion, checkLeitbildChange } from "./change.js";
import type { LeitbildVersionInput } from "./leitbild-version.js";
import { LeitbildVersionInputSchema } from "./leitbild-version.js";

const draft: LeitbildVersionInput = {
  territoryId: "0b7f4c1e-6a0a-4c8e-9a55-2f1d2f0c9e11",
  versionNumber: 1,
  title: "Präventionsleitbild des Kreises Coesfeld",
  preamble: "Vorbeugendes Handeln ist eine gesamtkommunale Querschnittsaufgabe.",
  statements: [
    { title: "Teilhabe ermöglichen", text: "Alle Kinder sollen teilhaben." },
    { title: "Vielfalt fördern", text: "" },
  ],
  status: "draft",
  adoption: null,
};
const kreistag = {
  body: "Kreistag Coesfeld",
  date: "2018-12-19",
  paperNumber: "SV-9-1217",
  decisionId: null,
};
const adopted = adoptLeitbildVersion(draft, kreistag);

describe("adoptLeitbildVersion", () => {
  it("sets status and decision and yields a valid record", () => {
    expect(adopted.status).toBe("adopted");
    expect(adopted.adoption?.paperNumber).toBe("SV-9-1217");
    expect(adopted.statements).toEqual(draft.statements);
    expect(LeitbildVersionInputSchema.safeParse(adopted).success).toBe(true);
    expect(draft.status).toBe("draft");
  });

  it("keeps extra fields such as the id", () => {
    const stored = { ...draft, id: "5d4c3b2a-1f0e-4d9c-8b7a-6a5b4c3d2e1f" };
    expect(adoptLeitbildVersion(stored, kreistag).id).toBe(stored.id);
  });

  it("refuses to adopt twice", () => {
    expect(() => adoptLeitbildVersion(adopted, kreistag)).toThrow(/bereits beschlossen/);
  });
});

describe("canChangeLeitbildVersion", () => {
  it("allows editing drafts only", () => {
    expect(canChangeLeitbildVersion(draft)).toBe(true);
    expect(canChangeLeitbildVersion(adopted)).toBe(false);
    expect(canChangeLeitbildVersion({ status: "superseded" })).toBe(false);
  });
});

describe("checkLeitbildChange", () => {
  it("lets drafts change freely, but not be superseded or moved", () => {
    expect(checkLeitbildChange(draft, { ...draft, title: "Neuer Titel" })).toBeNull();
    expect(checkLeitbildChange(draft, adopted)).toBeNull();
    expect(checkLeitbildChange(draft, { ...adopted, status: "superseded" })).toMatch(/nie beschlossen/);
    expect(
      checkLeitbildChange(draft, { ...draft, territoryId: "11111111-1111-4111-8111-111111111111" }),
    ).toMatch(/anderen Gebiet/);
  });

  it("allows only adopted → superseded for an adopted version", () => {
    expect(checkLeitbildChange(adopted, { ...adopted, status: "superseded" })).toBeNull();
    expect(checkLeitbildChange(adopted, structuredClone(adopted))).toBeNull();
    expect(checkLeitbildChange(adopted, { ...adopted, status: "draft", adoption: null })).toMatch(
      /unveränderlich/,
    );
    expect(checkLeitbildChange(adopted, { ...adopted, status: "draft" })).toMatch(/nicht wieder zum Entwurf/);
  });

  it("refuses any content change of an adopted version", () => {
    const changes: Partial<LeitbildVersionInput>[] = [
      { title: "Anderer Titel" },
      { preamble: "" },
      { versionNumber: 2 },
      { statements: [...draft.statements, { title: "Chancengerechtigkeit sicherstellen", text: "" }] },
      { statements: [{ title: "Teilhabe ermöglichen", text: "geändert" }, { title: "Vielfalt fördern", text: "" }] },
      { adoption: { ...kreistag, date: "2018-12-20" } },
    ];
    for (const change of changes) {
      expect(checkLeitbildChange(adopted, { ...adopted, ...change })).toMatch(/unveränderlich/);
    }
  });

  it("treats superseded as final", () => {
    const superseded = { ...adopted, status: "superseded" as const };
    expect(checkLeitbildChange(superseded, superseded)).toBeNull();
    expect(checkLeitbildChange(superseded, { ...superseded, status: "adopted" })).toMatch(/bleibt abgelöst/);
  });

  it("never lets an adopted version's title or preamble change (property)", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.constantFrom("adopted", "superseded") as fc.Arbitrary<"adopted" | "superseded">, (title, preamble, status) => {
        const next = { ...adopted, title, preamble, status };
        const result = checkLeitbildChange(adopted, next);
        const unchanged = title === adopted.title && preamble === adopted.preamble;
        expect(result === null).toBe(unchanged);
      }),
    );
  });
});
