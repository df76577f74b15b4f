import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ancestorsOf,
  descendantsOf,
  territoryPath,
  validateTerritoryHierarchy,
  type TerritoryNode,
} from "./hierarchy.js";
import { territoriesValidOn } from "./validity.js";

const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

const county: TerritoryNode = { id: id(1), name: "Kreis Coesfeld", kind: "county", code: "05558", parentId: null };
const luedinghausen: TerritoryNode = { id: id(2), name: "Lüdinghausen", kind: "town", code: "05558024", parentId: id(1) };
const seppenrade: TerritoryNode = { id: id(3), name: "Seppenrade", kind: "socialArea", code: null, parentId: id(2) };
const kernstadt: TerritoryNode = { id: id(4), name: "Kernstadt", kind: "socialArea", code: null, parentId: id(2) };
const duelmen: TerritoryNode = { id: id(5), name: "Dülmen", kind: "town", code: "05558016", parentId: id(1) };
const all = [county, luedinghausen, seppenrade, kernstadt, duelmen];

describe("validateTerritoryHierarchy", () => {
  it("finds nothing wrong in Kreis Coesfeld", () => {
    expect(validateTerritoryHierarchy(all)).toEqual([]);
  });

  it("reports a town whose AGS does not start with its county's", () => {
    const issues = validateTerritoryHierarchy([county, { ...duelmen, code: "05513000" }]);
    expect(issues).toEqual([
      {
        territoryId: id(5),
        message:
          "Der Schlüssel 05513000 von „Dülmen“ beginnt nicht mit dem Schlüssel 05558 von „Kreis Coesfeld“.",
      },
    ]);
  });

  it("accepts the Land above its counties and county-free cities, with social areas directly in the city", () => {
    const nrw: TerritoryNode = { id: id(10), name: "Nordrhein-Westfalen", kind: "state", code: "05", parentId: null };
    const gelsenkirchen: TerritoryNode = { id: id(11), name: "Gelsenkirchen", kind: "countyFreeCity", code: "05513", parentId: id(10) };
    const buer: TerritoryNode = { id: id(12), name: "Buer", kind: "socialArea", code: "GE-2", parentId: id(11) };
    expect(validateTerritoryHierarchy([nrw, { ...county, parentId: id(10) }, luedinghausen, gelsenkirchen, buer])).toEqual([]);
    expect(validateTerritoryHierarchy([nrw, { ...county, code: "06558", parentId: id(10) }])[0]?.message).toBe(
      "Der Schlüssel 06558 von „Kreis Coesfeld“ beginnt nicht mit dem Schlüssel 05 von „Nordrhein-Westfalen“.",
    );
    expect(validateTerritoryHierarchy([nrw, { ...luedinghausen, parentId: id(10) }])[0]?.message).toContain("Kreis");
  });

  it("reports a parent of the wrong kind", () => {
    const issues = validateTerritoryHierarchy([county, { ...seppenrade, parentId: id(1) }]);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.territoryId).toBe(id(3));
    expect(issues[0]?.message).toContain("Gemeinde");
  });

  it("reports unknown parents, missing parents, parents of counties and duplicate ids", () => {
    expect(validateTerritoryHierarchy([luedinghausen])[0]?.message).toBe(
      "Das übergeordnete Gebiet von „Lüdinghausen“ ist nicht bekannt.",
    );
    expect(validateTerritoryHierarchy([county, { ...duelmen, parentId: null }])).toHaveLength(1);
    expect(validateTerritoryHierarchy([county, county])).toHaveLength(1);
  });

  it("reports every member of a cycle", () => {
    const a: TerritoryNode = { ...luedinghausen, parentId: id(3) };
    const b: TerritoryNode = { ...seppenrade, parentId: id(2) };
    const cycleIssues = validateTerritoryHierarchy([a, b]).filter((i) => i.message.includes("Kreislauf"));
    expect(cycleIssues.map((i) => i.territoryId).sort()).toEqual([id(2), id(3)]);
  });
});

describe("ancestorsOf / descendantsOf / territoryPath", () => {
  it("walks up nearest first", () => {
    expect(ancestorsOf(all, id(3)).map((t) => t.name)).toEqual(["Lüdinghausen", "Kreis Coesfeld"]);
    expect(ancestorsOf(all, id(1))).toEqual([]);
    expect(ancestorsOf(all, id(99))).toEqual([]);
  });

  it("walks down level by level", () => {
    expect(descendantsOf(all, id(1)).map((t) => t.name)).toEqual([
      "Lüdinghausen",
      "Dülmen",
      "Seppenrade",
      "Kernstadt",
    ]);
    expect(descendantsOf(all, id(3))).toEqual([]);
  });

  it("builds the path from county to social area", () => {
    expect(territoryPath(all, id(3))).toEqual(["Kreis Coesfeld", "Lüdinghausen", "Seppenrade"]);
    expect(territoryPath(all, id(99))).toEqual([]);
  });

  it("terminates on cycles", () => {
    const a: TerritoryNode = { ...luedinghausen, parentId: id(3) };
    const b: TerritoryNode = { ...seppenrade, parentId: id(2) };
    expect(ancestorsOf([a, b], id(2)).map((t) => t.id)).toEqual([id(3)]);
    expect(descendantsOf([a, b], id(2)).map((t) => t.id)).toEqual([id(3)]);
  });

  it("ancestors and descendants mirror each other in random trees", () => {
    // node i > 0 hangs below a random earlier node: always a tree
    const tree = fc
      .array(fc.nat(), { minLength: 1, maxLength: 30 })
      .map((parents) =>
        parents.map<TerritoryNode>((p, i) => ({
          id: id(i),
          name: `T${i}`,
          kind: "socialArea",
          code: null,
          parentId: i === 0 ? null : id(p % i),
        })),
      );
    fc.assert(
      fc.property(tree, fc.nat(), fc.nat(), (ts, x, y) => {
        const a = ts[x % ts.length]!;
        const b = ts[y % ts.length]!;
        const aAboveB = ancestorsOf(ts, b.id).some((t) => t.id === a.id);
        const bBelowA = descendantsOf(ts, a.id).some((t) => t.id === b.id);
        expect(aAboveB).toBe(bBelowA);
        expect(territoryPath(ts, b.id)).toHaveLength(ancestorsOf(ts, b.id).length + 1);
        expect(territoryPath(ts, b.id)[0]).toBe("T0");
      }),
    );
  });
});

describe("territoriesValidOn", () => {
  const old = { name: "alt", validFrom: "1975-01-01", validTo: "2019-12-31" };
  const current = { name: "neu", validFrom: "2020-01-01", validTo: null };
  it("picks the boundaries in force on a date, both ends inclusive", () => {
    expect(territoriesValidOn([old, current], "2019-12-31").map((t) => t.name)).toEqual(["alt"]);
    expect(territoriesValidOn([old, current], "2020-01-01").map((t) => t.name)).toEqual(["neu"]);
    expect(territoriesValidOn([old, current], "1974-12-31")).toEqual([]);
  });
});
