import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { BoundaryFeatureCollectionSchema, type BoundaryFeatureCollection, featureKey } from "@praeventionskette/domain";

/**
 * Where the official boundaries of NRW are read from at seed time: the project's shared folder
 * beside the checkout (`../shared/geodata`), unless GEODATA_DIR says otherwise. They are read,
 * not copied into the repository, so their licence note travels with the files.
 */
export const DEFAULT_GEODATA_DIR = fileURLToPath(new URL("../../../../../shared/geodata/", import.meta.url));

/** The municipalities and counties of NRW (BKG VG5000, 2021), by official key. */
export interface NrwGeodata {
  municipalities: BoundaryFeatureCollection;
  counties: BoundaryFeatureCollection;
  /** The feature of an official key (8 digits for a town, 5 for a county). */
  byKey(key: string): BoundaryFeatureCollection["features"][number] | undefined;
}

/** Reads the NRW boundaries, or returns null when the directory does not hold them. */
export function readNrwGeodata(dir: string = DEFAULT_GEODATA_DIR): NrwGeodata | null {
  const municipalitiesFile = path.join(dir, "nrw-gemeinden-2021.geojson");
  const countiesFile = path.join(dir, "nrw-kreise-2021.geojson");
  if (!existsSync(municipalitiesFile) || !existsSync(countiesFile)) return null;
  const read = (file: string) => BoundaryFeatureCollectionSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  const municipalities = read(municipalitiesFile);
  const counties = read(countiesFile);
  const index = new Map<string, BoundaryFeatureCollection["features"][number]>();
  for (const feature of [...counties.features, ...municipalities.features]) {
    const key = featureKey(feature);
    if (key !== null && !index.has(key)) index.set(key, feature);
  }
  return { municipalities, counties, byKey: (key) => index.get(key) };
}
