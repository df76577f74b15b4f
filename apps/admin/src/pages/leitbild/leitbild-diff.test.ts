import { describe, expect, it } from "vitest";
import { compareStatements, countChanges, diffWords } from "./leitbild-diff.js";

describe("diffWords", () => {
  it("marks replaced words and keeps the rest", () => {
    expect(diffWords("Wir schaffen Zugänge", "Wir öffnen Zugänge")).toEqual([
      { kind: "same", text: "Wir " },
      { kind: "removed", text: "schaffen " },
      { kind: "added", text: "öffnen " },
      { kind: "same", text: "Zugänge" },
    ]);
  });

  it("gives each text back from its parts", () => {
    const before = "Alle Kinder sollen gesund aufwachsen.";
    const after = "Alle Kinder und Jugendlichen sollen gesund und sicher aufwachsen.";
    const parts = diffWords(before, after);
    expect(parts.filter((p) => p.kind !== "added").map((p) => p.text).join("")).toBe(before);
    expect(parts.filter((p) => p.kind !== "removed").map((p) => p.text).join("")).toBe(after);
  });
});

describe("compareStatements", () => {
  const a = { title: "Teilhabe ermöglichen", text: "A" };
  const b = { title: "An Stärken orientieren", text: "B" };
  const c = { title: "Vielfalt fördern", text: "C" };

  it("finds changed, added and removed statements in the later order", () => {
    const rows = compareStatements([a, b, c], [{ ...a, text: "A2" }, c, { title: "Beteiligung leben", text: "D" }]);
    expect(rows.map((row) => row.kind)).toEqual(["changed", "removed", "unchanged", "added"]);
    expect(countChanges(rows)).toEqual({ unchanged: 1, changed: 1, added: 1, removed: 1 });
  });

  it("pairs a renamed statement by its text", () => {
    const rows = compareStatements([a], [{ title: "Teilhabe sichern", text: "A" }]);
    expect(rows).toEqual([{ kind: "changed", before: a, after: { title: "Teilhabe sichern", text: "A" } }]);
  });
});
