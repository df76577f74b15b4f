import { describe, expect, it } from "vitest";
import { toCsv } from "./csv.js";

describe("toCsv", () => {
  it("writes German CSV: BOM, semicolons, decimal commas, quoted fields where needed", () => {
    const csv = toCsv(["Gebiet", "Wert", "Hinweis"], [["Ascheberg", 6.4, null], ['Senden; "Kernort"', 12, "zwei\nZeilen"]]);
    expect(csv).toBe('\uFEFFGebiet;Wert;Hinweis\r\nAscheberg;6,4;\r\n"Senden; ""Kernort""";12;"zwei\nZeilen"\r\n');
  });
});
