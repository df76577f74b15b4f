import { describe, expect, it } from "vitest";
import { observationGrid, type GridTerritory } from "./observation-grid.js";

const territories: GridTerritory[] = [
  { id: "olfen", name: "Olfen", kind: "town", parentId: "kreis", code: "05558036" },
  { id: "nrw", name: "Nordrhein-Westfalen", kind: "state", parentId: null, code: "05" },
  { id: "duelmen-mitte", name: "Dülmen-Mitte", kind: "socialArea", parentId: "duelmen", code: "D1" },
  { id: "kreis", name: "Kreis Coesfeld", kind: "county", parentId: "nrw", code: "05558" },
  { id: "duelmen", name: "Dülmen", kind: "town", parentId: "kreis", code: "05558016" },
  { id: "ascheberg", name: "Ascheberg", kind: "town", parentId: "kreis", code: "05558004" },
];
const value = (territoryId: string, period: string) => ({ id: `${territoryId}-${period}`, territoryId, period });

describe("observationGrid", () => {
  it("orders territories by their hierarchy and periods by time, with a row only where there are values", () => {
    const { periods, rows } = observationGrid([value("olfen", "2021/22"), value("kreis", "2019/20"), value("duelmen-mitte", "2020/21"), value("duelmen", "2021/22"), value("nrw", "2020/21")], territories);
    expect(periods).toEqual(["2019/20", "2020/21", "2021/22"]);
    expect(rows.map((row) => [row.territory.name, row.depth])).toEqual([
      ["Nordrhein-Westfalen", 0],
      ["Kreis Coesfeld", 1],
      ["Dülmen", 2],
      ["Dülmen-Mitte", 3],
      ["Olfen", 2],
    ]);
    expect(rows[2]?.cells.get("2021/22")?.id).toBe("duelmen-2021/22");
    expect(rows[2]?.cells.has("2019/20")).toBe(false);
  });

  it("keeps the rows of one level when asked, without indentation", () => {
    const { rows } = observationGrid([value("olfen", "2021"), value("kreis", "2021"), value("duelmen", "2021")], territories, "town");
    expect(rows.map((row) => [row.territory.name, row.depth])).toEqual([
      ["Dülmen", 0],
      ["Olfen", 0],
    ]);
  });
});
