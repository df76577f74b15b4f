import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  BKG_ATTRIBUTION,
  type BoundaryGeometry,
  BoundaryGeometrySchema,
  type BoundaryInput,
  clipRingToRectangle,
  geometryBounds,
  largestPolygon,
  polygonsOf,
  ringArea,
  type TerritoryInput,
  type YouthOfficeInput,
} from "@praeventionskette/domain";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Access } from "../../auth/access.js";
import type { Database } from "../../db/types.js";
import { updateRecord } from "../../repositories/aggregate.js";
import { boundaryAggregate } from "../../repositories/boundary.js";
import { insertMany } from "../../repositories/bulk.js";
import { territoryAggregate } from "../../repositories/territory.js";
import { youthOfficeAggregate } from "../../repositories/youth-office.js";
import { seededRandom } from "../random.js";

/** The boundary files of /work/shared/geodata (VG5000, 1 January 2021), see its README. */
export const GEODATA_FILES = { municipalities: "nrw-gemeinden-2021.geojson", counties: "nrw-kreise-2021.geojson" } as const;

/** Territories exist since the municipal reform in NRW (1 January 1975); the boundaries are those of 2021. */
const VALID_FROM = "1975-01-01";
const BOUNDARY_VALID_FROM = "2021-01-01";
const SCHEMATIC_SOURCE = `Schematische Sozialräume (generiert) auf Grundlage von ${BKG_ATTRIBUTION}`;

const FeatureSchema = z.object({
  properties: z.object({
    ags: z.string().regex(/^05\d{3}(\d{3})?$/),
    name: z.string().min(1),
    kind: z.enum(["Stadt", "Gemeinde", "Kreis", "Kreisfreie Stadt"]),
  }),
  geometry: BoundaryGeometrySchema,
});
const CollectionSchema = z.object({ features: z.array(FeatureSchema).min(1) });

/** One feature of the boundary files. */
export type GeodataFeature = z.infer<typeof FeatureSchema>;

/** The NRW boundary files, read and checked. */
export interface NrwGeodata {
  /** Gemeinden (8-digit AGS), county-free cities included (AGS ending in 000). */
  municipalities: GeodataFeature[];
  /** Kreise and kreisfreie Städte (5-digit AGS). */
  counties: GeodataFeature[];
}

/**
 * Reads the NRW municipality and county boundaries from `dir`; throws a German message naming
 * the directory when a file is missing or malformed.
 *
 * @example
 * const geodata = readNrwGeodata(env.GEODATA_DIR);
 */
export function readNrwGeodata(dir: string): NrwGeodata {
  const files = Object.values(GEODATA_FILES).map((file) => path.join(dir, file));
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `Die Geodaten für die Landesebene fehlen: ${missing.map((file) => path.basename(file)).join(" und ")} ` +
        `nicht gefunden in ${path.resolve(dir)}. Das Verzeichnis legt die Umgebungsvariable GEODATA_DIR fest.`,
    );
  }
  const read = (file: string): GeodataFeature[] => {
    const parsed = CollectionSchema.safeParse(JSON.parse(readFileSync(path.join(dir, file), "utf8")));
    if (!parsed.success) throw new Error(`Die Geodatei ${path.join(dir, file)} ist ungültig:\n${z.prettifyError(parsed.error)}`);
    return parsed.data.features;
  };
  return { municipalities: read(GEODATA_FILES.municipalities), counties: read(GEODATA_FILES.counties) };
}

/** A generated territory: its id and the record as stored. */
export interface GeneratedTerritory {
  id: string;
  input: TerritoryInput;
}

/** A town or county-free city: where offers and social areas hang. */
export interface GeneratedTown extends GeneratedTerritory {
  /** The county above a town; null for a county-free city. */
  countyId: string | null;
  /** Name without prefixes, for titles and addresses. */
  shortName: string;
  socialAreas: GeneratedTerritory[];
}

/** The generated hierarchy. */
export interface GeneratedTerritories {
  state: GeneratedTerritory;
  /** Kreise and kreisfreie Städte (the latter also appear in `towns`). */
  counties: GeneratedTerritory[];
  /** Towns and county-free cities: the places that have social areas and offers. */
  towns: GeneratedTown[];
  youthOffices: number;
  boundaries: number;
}

/** What the territory step needs to know. */
export interface TerritoryOptions {
  /** 5-digit keys of the Kreise and kreisfreie Städte to generate; all when null. */
  counties: readonly string[] | null;
  socialAreasPerTown: number;
  schematicBoundaries: boolean;
  access: Access;
  onProgress: (step: string, done: number, total: number) => void;
}

/** Towns that run their own youth office in reality (Coesfeld, Dülmen, Kamen), whatever the draw says. */
const KNOWN_OWN_YOUTH_OFFICES = new Set(["05558012", "05558016", "05978020"]);

/** Share of towns called "Stadt" that get their own youth office. */
const OWN_YOUTH_OFFICE_SHARE = 0.4;

/**
 * Whether a town runs its own youth office: every town called "Stadt" with a deterministic
 * draw of about 40 %, plus the ones known from the demo data.
 *
 * @example
 * hasOwnYouthOffice(duelmenFeature); // true
 */
export function hasOwnYouthOffice(feature: GeodataFeature): boolean {
  if (KNOWN_OWN_YOUTH_OFFICES.has(feature.properties.ags)) return true;
  return feature.properties.kind === "Stadt" && seededRandom(`jugendamt|${feature.properties.ags}`)() < OWN_YOUTH_OFFICE_SHARE;
}

/**
 * The territory name of a Kreis: "Kreis Coesfeld", but "Rhein-Kreis Neuss", "Hochsauerlandkreis"
 * and "Städteregion Aachen" as they are.
 *
 * @example
 * countyName("Coesfeld"); // "Kreis Coesfeld"
 */
export function countyName(name: string): string {
  return /kreis|region/i.test(name) ? name : `Kreis ${name}`;
}

/** Area in km² of a boundary, planar with the latitude's scale: good enough for invented densities. */
function areaKm2(geometry: BoundaryGeometry): number {
  const [, south, , north] = geometryBounds(geometry);
  const kmPerDegree = 111.32;
  const scale = kmPerDegree * kmPerDegree * Math.cos((((south + north) / 2) * Math.PI) / 180);
  return polygonsOf(geometry).reduce((sum, [outer = []]) => sum + ringArea(outer), 0) * scale;
}

/**
 * Inhabitants are not part of the boundary files: invented from the area and a density drawn
 * per kind (county-free cities dense, "Stadt" medium, "Gemeinde" rural), so that rates have
 * plausible magnitudes and small towns produce small counts. Tuned so that NRW adds up to about
 * its real 18 million, about a third in the county-free cities.
 */
function population(feature: GeodataFeature): number {
  const random = seededRandom(`einwohner|${feature.properties.ags}`);
  const [low, high] =
    feature.properties.kind === "Kreisfreie Stadt" ? [1_000, 3_100] : feature.properties.kind === "Stadt" ? [150, 720] : [75, 260];
  return Math.max(2_000, Math.round(areaKm2(feature.geometry) * (low + random() * (high - low))));
}

/** Splits a population into `parts` shares of uneven size that add up exactly. */
function split(total: number, parts: number, key: string): number[] {
  const random = seededRandom(`aufteilung|${key}`);
  // Squared draws make a few areas small, as real social areas are: small counts to suppress.
  const weights = Array.from({ length: parts }, () => 0.15 + 2 * random() ** 2);
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => Math.floor((total * w) / sum));
  shares[0] = (shares[0] ?? 0) + total - shares.reduce((a, b) => a + b, 0);
  return shares;
}

/** Social areas drawn as vertical strips of the town's main area: schematic, as their note says. */
function schematicStrips(geometry: BoundaryGeometry, count: number): (BoundaryGeometry | null)[] {
  const ring = largestPolygon(geometry);
  const [west, south, east, north] = geometryBounds({ type: "Polygon", coordinates: [ring] });
  const width = (east - west) / count;
  return Array.from({ length: count }, (_, i) => {
    const strip = clipRingToRectangle(ring, [west + i * width, south, i === count - 1 ? east : west + (i + 1) * width, north]);
    return strip && strip.length >= 4 ? { type: "Polygon", coordinates: [strip] } : null;
  });
}

const territoryInput = (fields: Pick<TerritoryInput, "name" | "kind" | "code" | "parentId" | "population" | "youthOfficeId">): TerritoryInput => ({
  ...fields,
  validFrom: VALID_FROM,
  validTo: null,
  predecessorIds: [],
});

const officialBoundary = (territoryId: string, geometry: BoundaryGeometry): BoundaryInput => ({
  territoryId,
  geometry,
  validFrom: BOUNDARY_VALID_FROM,
  validTo: null,
  source: BKG_ATTRIBUTION,
  schematic: false,
});

/**
 * The Land NRW, its Kreise and kreisfreie Städte, every Gemeinde below its Kreis and
 * `socialAreasPerTown` social areas below each town and county-free city, with youth offices
 * (one per Kreis for its towns, one per county-free city, own ones for larger towns) and the
 * official boundaries (schematic strips for the social areas).
 *
 * References are checked in bulk by `insertMany`. A youth office needs its territory and the
 * territory names its youth office, so the seats are written first without it and then updated
 * through the normal repository (a few hundred records, with audit entries).
 *
 * @example
 * const territories = await generateTerritories(trx, readNrwGeodata(dir), { counties: ["05558"], socialAreasPerTown: 3, schematicBoundaries: true, access, onProgress });
 */
export async function generateTerritories(db: Kysely<Database>, geodata: NrwGeodata, options: TerritoryOptions): Promise<GeneratedTerritories> {
  const wanted = options.counties ? new Set(options.counties) : null;
  const countyFeatures = geodata.counties
    .filter((f) => wanted === null || wanted.has(f.properties.ags))
    .sort((a, b) => a.properties.ags.localeCompare(b.properties.ags));
  const unknown = [...(wanted ?? [])].filter((ags) => !countyFeatures.some((f) => f.properties.ags === ags));
  if (unknown.length > 0) throw new Error(`Geodaten: Kreis oder kreisfreie Stadt ${unknown.join(", ")} gibt es nicht.`);
  const municipalities = geodata.municipalities
    .filter((f) => wanted === null || wanted.has(f.properties.ags.slice(0, 5)))
    .sort((a, b) => a.properties.ags.localeCompare(b.properties.ags));
  const write = { access: options.access };
  const isCountyFreeCity = (ags: string): boolean => countyFeatures.some((f) => f.properties.kind === "Kreisfreie Stadt" && f.properties.ags === ags);
  // The Gemeinden file lists the county-free cities again (AGS …000): they are written once, as countyFreeCity.
  const townFeatures = municipalities.filter((f) => !isCountyFreeCity(f.properties.ags.slice(0, 5)));
  const populationOf = new Map([...countyFeatures, ...townFeatures].map((f) => [f.properties.ags, population(f)] as const));
  const countyPopulation = (ags: string): number =>
    isCountyFreeCity(ags)
      ? (populationOf.get(ags) ?? 0)
      : townFeatures.filter((m) => m.properties.ags.startsWith(ags)).reduce((sum, m) => sum + (populationOf.get(m.properties.ags) ?? 0), 0);
  const placeCount = townFeatures.length + countyFeatures.filter((f) => isCountyFreeCity(f.properties.ags)).length;
  const territoryTotal = 1 + countyFeatures.length + townFeatures.length + placeCount * options.socialAreasPerTown;

  const stateInput = territoryInput({
    name: "Nordrhein-Westfalen",
    kind: "state",
    code: "05",
    parentId: null,
    population: countyFeatures.reduce((sum, f) => sum + countyPopulation(f.properties.ags), 0),
    youthOfficeId: null,
  });
  const [stateId = ""] = await insertMany(db, territoryAggregate, [stateInput], write);
  const state = { id: stateId, input: stateInput };

  // Kreise and kreisfreie Städte, then their youth offices, then the seats name their office.
  const countyInputs = countyFeatures.map((f) =>
    territoryInput({
      name: f.properties.kind === "Kreis" ? countyName(f.properties.name) : f.properties.name,
      kind: f.properties.kind === "Kreis" ? "county" : "countyFreeCity",
      code: f.properties.ags,
      parentId: state.id,
      population: countyPopulation(f.properties.ags),
      youthOfficeId: null,
    }),
  );
  const countyIds = await insertMany(db, territoryAggregate, countyInputs, write);
  const counties = countyIds.map((id, i) => ({ id, input: countyInputs[i] as TerritoryInput }));
  const countyOffices = await withOwnYouthOffices(db, counties, options.access);
  const officeOfCounty = new Map(counties.map((c, i) => [c.input.code, countyOffices[i] as string] as const));
  options.onProgress("Gebiete", 1 + counties.length, territoryTotal);

  // Gemeinden below their Kreis.
  const countyIdByCode = new Map(counties.map((c) => [c.input.code, c.id] as const));
  const ownOffice = townFeatures.map(hasOwnYouthOffice);
  const townInputs = townFeatures.map((f, i) => {
    const countyCode = f.properties.ags.slice(0, 5);
    const parentId = countyIdByCode.get(countyCode);
    if (!parentId) throw new Error(`Geodaten: Zu ${f.properties.name} (${f.properties.ags}) fehlt der Kreis ${countyCode}.`);
    return territoryInput({
      name: f.properties.name,
      kind: "town",
      code: f.properties.ags,
      parentId,
      population: populationOf.get(f.properties.ags) ?? null,
      youthOfficeId: ownOffice[i] ? null : (officeOfCounty.get(countyCode) ?? null),
    });
  });
  const townIds = await insertMany(db, territoryAggregate, townInputs, write);
  const townRecords = townIds.map((id, i) => ({ id, input: townInputs[i] as TerritoryInput }));
  const seats = townRecords.filter((_, i) => ownOffice[i]);
  await withOwnYouthOffices(db, seats, options.access);

  const towns: GeneratedTown[] = [
    ...counties
      .filter((c) => c.input.kind === "countyFreeCity")
      .map((c) => ({ ...c, countyId: null, shortName: c.input.name, socialAreas: [] })),
    ...townRecords.map((t) => ({ ...t, countyId: t.input.parentId, shortName: t.input.name, socialAreas: [] })),
  ];
  options.onProgress("Gebiete", 1 + counties.length + townRecords.length, territoryTotal);

  // Social areas: "<Town> Sozialraum 1" … with codes "<key>-SR01" …
  const areaInputs: TerritoryInput[] = [];
  for (const town of towns) {
    const populations = split(town.input.population ?? 0, options.socialAreasPerTown, town.input.code ?? town.id);
    for (let n = 1; n <= options.socialAreasPerTown; n += 1) {
      areaInputs.push(
        territoryInput({
          name: `${town.shortName} Sozialraum ${n}`,
          kind: "socialArea",
          code: `${town.input.code}-SR${String(n).padStart(2, "0")}`,
          parentId: town.id,
          population: populations[n - 1] ?? 0,
          youthOfficeId: null,
        }),
      );
    }
  }
  const areaIds = await insertMany(db, territoryAggregate, areaInputs, {
    ...write,
    onProgress: (done) => options.onProgress("Gebiete", 1 + counties.length + townRecords.length + done, territoryTotal),
  });
  for (const [i, id] of areaIds.entries()) {
    const town = towns[Math.floor(i / options.socialAreasPerTown)];
    town?.socialAreas.push({ id, input: areaInputs[i] as TerritoryInput });
  }

  // Boundaries: official ones for counties, county-free cities and towns; schematic strips below.
  const geometryByCode = new Map<string, BoundaryGeometry>();
  for (const f of countyFeatures) geometryByCode.set(f.properties.ags, f.geometry);
  for (const f of townFeatures) geometryByCode.set(f.properties.ags, f.geometry);
  const boundaries: BoundaryInput[] = [];
  for (const territory of [...counties, ...townRecords]) {
    const geometry = territory.input.code ? geometryByCode.get(territory.input.code) : undefined;
    if (geometry) boundaries.push(officialBoundary(territory.id, geometry));
  }
  if (options.schematicBoundaries) {
    for (const town of towns) {
      const geometry = town.input.code ? geometryByCode.get(town.input.code) : undefined;
      if (!geometry) continue;
      for (const [i, strip] of schematicStrips(geometry, town.socialAreas.length).entries()) {
        const area = town.socialAreas[i];
        if (strip && area) boundaries.push({ ...officialBoundary(area.id, strip), source: SCHEMATIC_SOURCE, schematic: true });
      }
    }
  }
  await insertMany(db, boundaryAggregate, boundaries, { ...write, batchSize: 200, onProgress: (done, total) => options.onProgress("Grenzen", done, total) });

  return {
    state,
    counties,
    towns,
    youthOffices: countyOffices.length + seats.length,
    boundaries: boundaries.length,
  };
}

/**
 * Gives each territory a youth office of its own ("Jugendamt <name>") and records it on the
 * territory (an update through the repository, so version 2 with its audit entry, as when staff
 * do it). Mutates the given records' inputs to what is now stored; returns the office ids.
 */
async function withOwnYouthOffices(db: Kysely<Database>, seats: GeneratedTerritory[], access: Access): Promise<string[]> {
  const offices: YouthOfficeInput[] = seats.map((seat) => ({ name: `Jugendamt ${seat.input.name}`, territoryId: seat.id, description: "" }));
  const officeIds = await insertMany(db, youthOfficeAggregate, offices, { access });
  for (const [i, seat] of seats.entries()) {
    seat.input = { ...seat.input, youthOfficeId: officeIds[i] ?? null };
    await updateRecord(db, territoryAggregate, { id: seat.id, expectedVersion: 1, input: seat.input }, access);
  }
  return officeIds;
}
