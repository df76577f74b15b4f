import { describe, expect, it } from "vitest";
import { configurationInForce, youthOfficesFor, type YouthOfficeTerritory } from "./in-force.js";

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const [nrw, coesfeldCounty, duelmen, olfen, olfenCentre, countyOffice, duelmenOffice] = [1, 2, 3, 4, 5, 6, 7].map(id) as [string, string, string, string, string, string, string];

const territories: YouthOfficeTerritory[] = [
  { id: nrw, name: "Nordrhein-Westfalen", kind: "state", code: "05", parentId: null, youthOfficeId: null },
  { id: coesfeldCounty, name: "Kreis Coesfeld", kind: "county", code: "05558", parentId: nrw, youthOfficeId: countyOffice },
  { id: duelmen, name: "Dülmen", kind: "town", code: "05558016", parentId: coesfeldCounty, youthOfficeId: duelmenOffice },
  { id: olfen, name: "Olfen", kind: "town", code: "05558036", parentId: coesfeldCounty, youthOfficeId: countyOffice },
  { id: olfenCentre, name: "Olfen-Mitte", kind: "socialArea", code: null, parentId: olfen, youthOfficeId: null },
];

describe("youthOfficesFor", () => {
  it("lists the territory's own youth office before the county's", () => {
    expect(youthOfficesFor(territories, duelmen)).toEqual([duelmenOffice, countyOffice]);
  });
  it("lets a social area inherit its town's youth office", () => {
    expect(youthOfficesFor(territories, olfenCentre)).toEqual([countyOffice]);
  });
  it("gives none for the Land and for unknown ids", () => {
    expect(youthOfficesFor(territories, nrw)).toEqual([]);
    expect(youthOfficesFor(territories, id(99))).toEqual([]);
  });
});

describe("configurationInForce", () => {
  const records = [
    { code: "default-a", youthOfficeId: null },
    { code: "default-b", youthOfficeId: null },
    { code: "county", youthOfficeId: countyOffice },
    { code: "duelmen", youthOfficeId: duelmenOffice },
  ];
  it("replaces the defaults with the nearest youth office's own records", () => {
    expect(configurationInForce(records, [duelmenOffice, countyOffice], "replace").map((r) => r.code)).toEqual(["duelmen"]);
    expect(configurationInForce(records, [countyOffice], "replace").map((r) => r.code)).toEqual(["county"]);
  });
  it("falls back to the next youth office, then to the defaults", () => {
    const withoutDuelmen = records.filter((r) => r.youthOfficeId !== duelmenOffice);
    expect(configurationInForce(withoutDuelmen, [duelmenOffice, countyOffice], "replace").map((r) => r.code)).toEqual(["county"]);
    expect(configurationInForce(records, [], "replace").map((r) => r.code)).toEqual(["default-a", "default-b"]);
  });
  it("adds every responsible youth office's records to the shared ones in extend mode", () => {
    expect(configurationInForce(records, [countyOffice], "extend").map((r) => r.code)).toEqual(["default-a", "default-b", "county"]);
  });
});
