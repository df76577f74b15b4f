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

  it("requires a five-digit AGS for a county and an eight-digit one for a town", () => {
    expect(messages({ ...county, code: "5558" })).toEqual([
      "Ein Kreis braucht einen fünfstelligen Gemeindeschlüssel (AGS), z. B. 05558.",
    ]);
    expect(messages({ ...county, code: null })).toHaveLength(1);
    expect(messages({ ...town, code: "05558" })).toEqual([
      "Eine Gemeinde braucht einen achtstelligen Gemeindeschlüssel (AGS), z. B. 05558016.",
    ]);
    expect(messages({ ...town, code: "0555801A" })).toHaveLength(1);
  });

  it("allows a free code for a social area", () => {
    expect(messages({ ...town, kind: "socialArea", code: "SR-03" })).toEqual([]);
  });

  it("forbids a parent for a county and requires one below", () => {
    expect(messages({ ...county, parentId: townId })).toEqual([
      "Ein Kreis ist die oberste Ebene und hat kein übergeordnetes Gebiet.",
    ]);
    expect(messages({ ...town, parentId: null })).toEqual([
      "Eine Gemeinde muss einem Kreis zugeordnet sein.",
    ]);
    expect(messages({ ...town, kind: "socialArea", code: null, parentId: null })).toEqual([
      "Ein Sozialraum muss einer Gemeinde zugeordnet sein.",
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
  });
});
