import { describe, expect, it } from "vitest";
import { TerritoryInputSchema, TerritorySchema } from "./territory.js";
import { labelOf } from "../shared/label.js";
import { territoryKindLabels } from "./territory-kind.js";

const countyId = "0b7f4c1e-6a0a-4c8e-9a55-2f1d2f0c9e11";
const townId = "1b7f4c1e-6a0a-4c8e-9a55-2f1d2f0c9e12";

const county = {
  name: "Kreis Coesfeld",
  kind: "county" as const,
  code: "05558",
  parentId: null,
  validFrom: "1975-01-01",
  validTo: null,
  population: 225000,
};
const town = {
  name: "Dülmen",
  kind: "town" as const,
  code: "05558016",
  parentId: countyId,
  validFrom: "1975-01-01",
  validTo: null,
  population: 47700,
};

function messages(input: unknown): string[] {
  const r = TerritoryInputSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
}

describe("TerritoryInputSchema", () => {
  it("accepts the county, a town and a social area of Kreis Coesfeld", () => {
    expect(TerritoryInputSchema.parse(county).code).toBe("05558");
    expect(TerritoryInputSchema.parse({ ...town, name: "  Dülmen " }).name).toBe("Dülmen");
    expect(
      TerritoryInputSchema.parse({
        ...town,
        name: "Seppenrade",
        kind: "socialArea",
        code: null,
        parentId: townId,
        population: null,
      }).code,
    ).toBeNull();
  });

  it("requires the official key of each level: 2 digits for the Land, 5 for a county or county-free city, 8 for a town", () => {
    expect(messages({ ...county, code: "5558" })).toEqual([
      "Kreis: braucht einen 5-stelligen amtlichen Schlüssel (AGS), z. B. 05558.",
    ]);
    expect(messages({ ...county, code: null })).toHaveLength(1);
    expect(messages({ ...town, code: "05558" })).toEqual([
      "Gemeinde: braucht einen 8-stelligen amtlichen Schlüssel (AGS), z. B. 05558016.",
    ]);
    expect(messages({ ...town, code: "0555801A" })).toHaveLength(1);
    expect(messages({ ...county, name: "Nordrhein-Westfalen", kind: "state", code: "05" })).toEqual([]);
    expect(messages({ ...county, name: "Nordrhein-Westfalen", kind: "state", code: "5" })).toHaveLength(1);
    expect(messages({ ...county, name: "Gelsenkirchen", kind: "countyFreeCity", code: "05513" })).toEqual([]);
    expect(messages({ ...county, name: "Gelsenkirchen", kind: "countyFreeCity", code: "05513000" })).toHaveLength(1);
  });

  it("allows a free code for a social area", () => {
    expect(messages({ ...town, kind: "socialArea", code: "SR-03" })).toEqual([]);
  });

  it("lets a county stand alone or under its Land, forbids a parent for the Land and requires one below the county", () => {
    expect(messages({ ...county, parentId: townId })).toEqual([]);
    expect(messages({ ...county, kind: "state", code: "05", parentId: townId })).toEqual([
      "Ein Land ist die oberste Ebene und hat kein übergeordnetes Gebiet.",
    ]);
    expect(messages({ ...town, parentId: null })).toEqual([
      "Eine Gemeinde muss einem Kreis zugeordnet sein.",
    ]);
    expect(messages({ ...town, kind: "socialArea", code: null, parentId: null })).toEqual([
      "Ein Sozialraum muss einer Gemeinde oder kreisfreien Stadt zugeordnet sein.",
    ]);
  });

  it("defaults the youth office and predecessors when they are not given, and refuses a predecessor named twice", () => {
    expect(TerritoryInputSchema.parse(town)).toMatchObject({ youthOfficeId: null, predecessorIds: [] });
    expect(messages({ ...town, predecessorIds: [countyId, countyId] })).toEqual([
      "Jedes Vorgängergebiet darf nur einmal genannt werden.",
    ]);
  });

  it("rejects a validity period that ends before it starts", () => {
    expect(messages({ ...town, validFrom: "2020-01-01", validTo: "2019-12-31" })).toEqual([
      "Das Ende der Gültigkeit liegt vor ihrem Beginn.",
    ]);
    expect(messages({ ...town, validFrom: "2020-01-01", validTo: "2020-01-01" })).toEqual([]);
  });

  it("rejects negative or fractional populations and overlong names", () => {
    expect(messages({ ...town, population: -1 })).toHaveLength(1);
    expect(messages({ ...town, population: 1.5 })).toHaveLength(1);
    expect(messages({ ...town, name: "x".repeat(201) })).toHaveLength(1);
  });

  it("stored territories need an id", () => {
    expect(TerritorySchema.safeParse(county).success).toBe(false);
    expect(TerritorySchema.parse({ ...county, id: countyId }).id).toBe(countyId);
  });

  it("labels every kind", () => {
    expect(labelOf(territoryKindLabels, "county")).toBe("Kreis");
    expect(labelOf(territoryKindLabels, "socialArea", "en")).toBe("Social area");
    expect(labelOf(territoryKindLabels, "countyFreeCity")).toBe("Kreisfreie Stadt");
    expect(labelOf(territoryKindLabels, "state")).toBe("Land");
  });
});
