import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LeitbildVersionInput } from "./leitbild-version.js";
import { currentLeitbild, nextVersionNumber } from "./current.js";

function version(
  versionNumber: number,
  status: LeitbildVersionInput["status"],
  date: string | null,
): LeitbildVersionInput {
  return {
    territoryId: "0b7f4c1e-6a0a-4c8e-9a55-2f1d2f0c9e11",
    versionNumber,
    title: `Leitbild ${String(versionNumber)}`,
    preamble: "",
    statements: [{ title: "Teilhabe ermöglichen", text: "" }],
    status,
    adoption:
      date === null ? null : { body: "Kreistag Coesfeld", date, paperNumber: `SV-9-${String(1216 + versionNumber)}`, decisionId: null },
  };
}

const v1 = version(1, "superseded", "2018-12-19");
const v2 = version(2, "adopted", "2023-03-29");
const v3 = version(3, "draft", null);

describe("currentLeitbild", () => {
  it("finds the version in force on a date", () => {
    const all = [v3, v2, v1];
    expect(currentLeitbild(all, "2018-12-18")).toBeNull();
    expect(currentLeitbild(all, "2018-12-19")).toBe(v1);
    expect(currentLeitbild(all, "2023-03-28")).toBe(v1);
    expect(currentLeitbild(all, "2023-03-29")).toBe(v2);
    expect(currentLeitbild(all, "2030-01-01")).toBe(v2);
  });

  it("ignores drafts", () => {
    expect(currentLeitbild([v3], "2030-01-01")).toBeNull();
  });

  it("treats a superseded version without successor as no longer in force", () => {
    expect(currentLeitbild([v1], "2020-01-01")).toBeNull();
  });

  it("prefers the higher version number on the same adoption date", () => {
    const a = version(4, "superseded", "2024-01-01");
    const b = version(5, "adopted", "2024-01-01");
    expect(currentLeitbild([b, a], "2024-01-01")).toBe(b);
  });

  it("never returns a draft or a version adopted after the date (property)", () => {
    const dateArb = fc
      .date({ min: new Date("2015-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const versionArb = fc
      .tuple(fc.integer({ min: 1, max: 20 }), fc.constantFrom("draft", "adopted", "superseded") as fc.Arbitrary<LeitbildVersionInput["status"]>, dateArb)
      .map(([n, status, date]) => version(n, status, status === "draft" ? null : date));
    fc.assert(
      fc.property(fc.array(versionArb, { maxLength: 8 }), dateArb, (versions, date) => {
        const current = currentLeitbild(versions, date);
        if (current === null) return;
        expect(current.status).not.toBe("draft");
        expect(current.adoption!.date <= date).toBe(true);
        for (const v of versions) {
          if (v.status !== "draft" && v.adoption!.date <= date) {
            expect(v.adoption!.date <= current.adoption!.date).toBe(true);
          }
        }
      }),
    );
  });
});

describe("nextVersionNumber", () => {
  it("counts from one above the highest number", () => {
    expect(nextVersionNumber([])).toBe(1);
    expect(nextVersionNumber([v2, v1, v3])).toBe(4);
    expect(nextVersionNumber([{ versionNumber: 7 }, { versionNumber: 2 }])).toBe(8);
  });

  it("is larger than every existing number (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1000 })), (numbers) => {
        const next = nextVersionNumber(numbers.map((versionNumber) => ({ versionNumber })));
        expect(numbers.every((n) => n < next)).toBe(true);
        expect(next).toBe(numbers.length === 0 ? 1 : Math.max(...numbers) + 1);
      }),
    );
  });
});
