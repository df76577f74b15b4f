import type { TerritoryInput } from "@praeventionskette/domain";
import type { Kysely } from "kysely";
import type { Database } from "../types.js";
import type { Stored } from "../../repositories/aggregate.js";
import { territoryAggregate } from "../../repositories/territory.js";
import { insert } from "./insert.js";

/** All territories of the demo exist since the municipal reform in NRW (1 January 1975). */
export const VALID_FROM = "1975-01-01";

interface TownRow {
  key: string;
  name: string;
  ags: string;
  population: number;
  postalCode: string;
  /** Ortsteile used as social areas, with approximate inhabitants. */
  districts: readonly (readonly [name: string, population: number])[];
}

/**
 * The eleven towns of Kreis Coesfeld with their official AGS keys and approximate population
 * (see DOMAIN.md). Districts are the social areas of the small-area monitoring.
 */
export const TOWNS = [
  { key: "duelmen", name: "Dülmen", ags: "05558016", population: 47_700, postalCode: "48249", districts: [] },
  { key: "coesfeld", name: "Coesfeld", ags: "05558012", population: 36_300, postalCode: "48653", districts: [] },
  {
    key: "luedinghausen",
    name: "Lüdinghausen",
    ags: "05558024",
    population: 25_300,
    postalCode: "59348",
    districts: [["Kernstadt", 17_800], ["Seppenrade", 7_500]],
  },
  {
    key: "senden",
    name: "Senden",
    ags: "05558044",
    population: 20_800,
    postalCode: "48308",
    districts: [["Senden", 13_900], ["Bösensell", 2_900], ["Ottmarsbocholt", 4_000]],
  },
  {
    key: "nottuln",
    name: "Nottuln",
    ags: "05558032",
    population: 20_200,
    postalCode: "48301",
    districts: [["Nottuln", 11_900], ["Appelhülsen", 4_700], ["Darup", 2_100], ["Schapdetten", 1_500]],
  },
  {
    key: "ascheberg",
    name: "Ascheberg",
    ags: "05558004",
    population: 15_000,
    postalCode: "59387",
    districts: [["Ascheberg", 7_700], ["Herbern", 5_400], ["Davensberg", 1_900]],
  },
  {
    key: "olfen",
    name: "Olfen",
    ags: "05558036",
    population: 12_900,
    postalCode: "59399",
    districts: [["Olfen", 11_700], ["Vinnum", 1_200]],
  },
  {
    key: "havixbeck",
    name: "Havixbeck",
    ags: "05558020",
    population: 12_400,
    postalCode: "48329",
    districts: [["Havixbeck", 10_500], ["Hohenholte", 1_900]],
  },
  { key: "billerbeck", name: "Billerbeck", ags: "05558008", population: 11_500, postalCode: "48727", districts: [] },
  {
    key: "rosendahl",
    name: "Rosendahl",
    ags: "05558040",
    population: 10_900,
    postalCode: "48720",
    districts: [["Osterwick", 5_200], ["Holtwick", 3_700], ["Darfeld", 2_000]],
  },
  { key: "nordkirchen", name: "Nordkirchen", ags: "05558028", population: 10_100, postalCode: "59394", districts: [] },
] as const satisfies readonly TownRow[];

/** Key of a demo town, e.g. `"duelmen"`. */
export type TownKey = (typeof TOWNS)[number]["key"];

/** The towns whose youth welfare is done by the county youth office (Coesfeld and Dülmen run their own). */
export const COUNTY_YOUTH_OFFICE_TOWNS: readonly TownKey[] = TOWNS.map((t) => t.key).filter(
  (key) => key !== "coesfeld" && key !== "duelmen",
);

/** The county and its towns as stored. */
export interface SeededTerritories {
  county: Stored<TerritoryInput>;
  towns: Record<TownKey, Stored<TerritoryInput>>;
  socialAreas: Stored<TerritoryInput>[];
}

/** The town row of a key, for postal codes and names. */
export function townRow(key: TownKey): (typeof TOWNS)[number] {
  const row = TOWNS.find((t) => t.key === key);
  if (!row) throw new Error(`Demodaten: Gemeinde „${key}“ gibt es nicht.`);
  return row;
}

/** Kreis Coesfeld (AGS 05558), its eleven towns and the listed districts as social areas. */
export async function seedTerritories(db: Kysely<Database>): Promise<SeededTerritories> {
  const county = await insert(db, territoryAggregate, {
    name: "Kreis Coesfeld",
    kind: "county",
    code: "05558",
    parentId: null,
    validFrom: VALID_FROM,
    validTo: null,
    population: TOWNS.reduce((sum, t) => sum + t.population, 0),
  });
  const towns = {} as Record<TownKey, Stored<TerritoryInput>>;
  const socialAreas: Stored<TerritoryInput>[] = [];
  for (const town of TOWNS) {
    const stored = await insert(db, territoryAggregate, {
      name: town.name,
      kind: "town",
      code: town.ags,
      parentId: county.id,
      validFrom: VALID_FROM,
      validTo: null,
      population: town.population,
    });
    towns[town.key] = stored;
    let number = 0;
    for (const [name, population] of town.districts) {
      number += 1;
      socialAreas.push(
        await insert(db, territoryAggregate, {
          name: name === town.name ? `${name} (Kernort)` : name,
          kind: "socialArea",
          code: `${town.ags}-${String(number).padStart(2, "0")}`,
          parentId: stored.id,
          validFrom: VALID_FROM,
          validTo: null,
          population,
        }),
      );
    }
  }
  return { county, towns, socialAreas };
}
