import type { TerritoryInput, YouthOfficeInput } from "@praeventionskette/domain";
import type { Kysely } from "kysely";
import type { Database } from "../db/types.js";
import { fieldsOf, type Stored } from "../repositories/aggregate.js";
import { territoryAggregate } from "../repositories/territory.js";
import { youthOfficeAggregate } from "../repositories/youth-office.js";
import { insert, update } from "./insert.js";

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

/**
 * The towns of Kreis Unna (AGS 05978) with approximate population. Kamen runs its own youth
 * office (life phases 0 to 21); in this demo the county's youth office covers the others.
 */
export const UNNA_TOWNS = [
  { name: "Bergkamen", ags: "05978004", population: 48_700 },
  { name: "Bönen", ags: "05978008", population: 18_000 },
  { name: "Fröndenberg/Ruhr", ags: "05978012", population: 20_600 },
  { name: "Holzwickede", ags: "05978016", population: 17_200 },
  { name: "Kamen", ags: "05978020", population: 42_800 },
  { name: "Lünen", ags: "05978024", population: 85_900 },
  { name: "Schwerte", ags: "05978028", population: 46_300 },
  { name: "Selm", ags: "05978032", population: 25_900 },
  { name: "Unna", ags: "05978036", population: 58_500 },
  { name: "Werne", ags: "05978040", population: 29_700 },
] as const;

/** Kamen's districts (Stadtteile), used as its social areas. */
const KAMEN_DISTRICTS = [["Kamen-Mitte", 20_000], ["Methler", 9_000], ["Heeren-Werve", 9_500], ["Südkamen", 4_300]] as const;

/** The youth offices of the demo, by key. */
export interface SeededYouthOffices {
  coesfeldCounty: Stored<YouthOfficeInput>;
  coesfeldTown: Stored<YouthOfficeInput>;
  duelmen: Stored<YouthOfficeInput>;
  unnaCounty: Stored<YouthOfficeInput>;
  kamen: Stored<YouthOfficeInput>;
}

/** The territories of the demo as stored. */
export interface SeededTerritories {
  /** Nordrhein-Westfalen, the Land, for reference values. */
  state: Stored<TerritoryInput>;
  county: Stored<TerritoryInput>;
  towns: Record<TownKey, Stored<TerritoryInput>>;
  socialAreas: Stored<TerritoryInput>[];
  unna: { county: Stored<TerritoryInput>; towns: Stored<TerritoryInput>[]; kamen: Stored<TerritoryInput>; kamenSocialAreas: Stored<TerritoryInput>[] };
  youthOffices: SeededYouthOffices;
}

/** The town row of a key, for postal codes and names. */
export function townRow(key: TownKey): (typeof TOWNS)[number] {
  const row = TOWNS.find((t) => t.key === key);
  if (!row) throw new Error(`Demodaten: Gemeinde „${key}“ gibt es nicht.`);
  return row;
}

type Db = Kysely<Database>;

const territory = (db: Db, fields: Omit<TerritoryInput, "validFrom" | "validTo" | "predecessorIds">) =>
  insert(db, territoryAggregate, { ...fields, validFrom: VALID_FROM, validTo: null, predecessorIds: [] });

/** A youth office run by the territory, which it then names as covering it. */
async function youthOfficeOf(db: Db, seat: Stored<TerritoryInput>, name: string): Promise<[Stored<YouthOfficeInput>, Stored<TerritoryInput>]> {
  const office = await insert(db, youthOfficeAggregate, { name, territoryId: seat.id, description: "" });
  const fields = fieldsOf(seat);
  return [office, await update(db, territoryAggregate, seat, { ...fields, youthOfficeId: office.id })];
}

async function socialAreasOf(db: Db, town: Stored<TerritoryInput>, districts: readonly (readonly [string, number])[]) {
  const areas: Stored<TerritoryInput>[] = [];
  for (const [index, [name, population]] of districts.entries()) {
    areas.push(
      await territory(db, {
        name: name === town.name ? `${name} (Kernort)` : name,
        kind: "socialArea",
        code: `${town.code}-${String(index + 1).padStart(2, "0")}`,
        parentId: town.id,
        population,
        youthOfficeId: null,
      }),
    );
  }
  return areas;
}

/**
 * The Land NRW; Kreis Coesfeld (AGS 05558) with its eleven towns and the listed districts as
 * social areas, and its three youth offices (the county's, Coesfeld's and Dülmen's); Kreis
 * Unna (05978) with its towns and Kamen's own youth office and districts.
 */
export async function seedTerritories(db: Db): Promise<SeededTerritories> {
  const state = await territory(db, { name: "Nordrhein-Westfalen", kind: "state", code: "05", parentId: null, population: 17_925_000, youthOfficeId: null });
  const countyOf = async (name: string, code: string, population: number) =>
    youthOfficeOf(db, await territory(db, { name, kind: "county", code, parentId: state.id, population, youthOfficeId: null }), `Jugendamt ${name}`);
  const [coesfeldCounty, county] = await countyOf("Kreis Coesfeld", "05558", TOWNS.reduce((sum, t) => sum + t.population, 0));
  const towns = {} as Record<TownKey, Stored<TerritoryInput>>;
  const socialAreas: Stored<TerritoryInput>[] = [];
  const ownOffices: Partial<Record<TownKey, Stored<YouthOfficeInput>>> = {};
  for (const town of TOWNS) {
    let stored = await territory(db, {
      name: town.name,
      kind: "town",
      code: town.ags,
      parentId: county.id,
      population: town.population,
      youthOfficeId: COUNTY_YOUTH_OFFICE_TOWNS.includes(town.key) ? coesfeldCounty.id : null,
    });
    if (!COUNTY_YOUTH_OFFICE_TOWNS.includes(town.key)) {
      const [office, withOffice] = await youthOfficeOf(db, stored, `Jugendamt ${town.name}`);
      ownOffices[town.key] = office;
      stored = withOffice;
    }
    towns[town.key] = stored;
    socialAreas.push(...(await socialAreasOf(db, stored, town.districts)));
  }

  const [unnaCounty, unna] = await countyOf("Kreis Unna", "05978", UNNA_TOWNS.reduce((sum, t) => sum + t.population, 0));
  const unnaTowns: Stored<TerritoryInput>[] = [];
  let kamenOffice: Stored<YouthOfficeInput> | undefined;
  for (const town of UNNA_TOWNS) {
    let stored = await territory(db, {
      name: town.name,
      kind: "town",
      code: town.ags,
      parentId: unna.id,
      population: town.population,
      youthOfficeId: town.name === "Kamen" ? null : unnaCounty.id,
    });
    if (town.name === "Kamen") [kamenOffice, stored] = await youthOfficeOf(db, stored, "Jugendamt Kamen");
    unnaTowns.push(stored);
  }
  const kamen = unnaTowns.find((t) => t.name === "Kamen");
  const { coesfeld: coesfeldTown, duelmen } = ownOffices;
  if (!kamen || !kamenOffice || !coesfeldTown || !duelmen) throw new Error("Demodaten: Ein Jugendamt fehlt.");
  const kamenSocialAreas = await socialAreasOf(db, kamen, KAMEN_DISTRICTS);

  return {
    state,
    county,
    towns,
    socialAreas,
    unna: { county: unna, towns: unnaTowns, kamen, kamenSocialAreas },
    youthOffices: { coesfeldCounty, coesfeldTown, duelmen, unnaCounty, kamen: kamenOffice },
  };
}
