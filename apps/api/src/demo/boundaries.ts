import {
  BKG_ATTRIBUTION,
  type BoundaryGeometry,
  BoundaryGeometrySchema,
  clipRingToRectangle,
  geometryBounds,
  largestPolygon,
  type TerritoryInput,
} from "@praeventionskette/domain";
import type { Kysely } from "kysely";
import type { Database } from "../db/types.js";
import type { Stored } from "../repositories/aggregate.js";
import { boundaryAggregate } from "../repositories/boundary.js";
import type { NrwGeodata } from "./geodata.js";
import { insert } from "./insert.js";
import type { SeededTerritories } from "./territories.js";
import { VALID_FROM } from "./territories.js";

/** The source note of the schematic social areas: drawn by us inside the official town outline. */
export const SCHEMATIC_SOURCE = `Schematische Sozialräume (Demodaten, keine amtlichen Grenzen); Gemeindegrenze: ${BKG_ATTRIBUTION}`;

/**
 * Schematic social areas: the town's outline cut into vertical strips, one per area, with
 * widths by population. Marked `schematic`, since towns define their real social areas
 * themselves and upload them.
 */
export function schematicAreas(town: BoundaryGeometry, populations: readonly number[]): (BoundaryGeometry | null)[] {
  const outline = largestPolygon(town);
  const [west, south, east, north] = geometryBounds(town);
  const total = populations.reduce((sum, p) => sum + p, 0) || 1;
  let left = west;
  return populations.map((population, index) => {
    const right = index === populations.length - 1 ? east : left + ((east - west) * population) / total;
    const ring = clipRingToRectangle(outline, [left, south, right, north]);
    left = right;
    return ring ? { type: "Polygon", coordinates: [ring] } : null;
  });
}

/**
 * Stores the real boundaries of the demo's counties and towns (BKG VG5000) and schematic
 * boundaries of the social areas inside their towns. Returns how many it stored.
 */
export async function seedBoundaries(db: Kysely<Database>, territories: SeededTerritories, geodata: NrwGeodata): Promise<number> {
  let count = 0;
  const official = [territories.county, ...Object.values(territories.towns), territories.unna.county, ...territories.unna.towns];
  const shapes = new Map<string, BoundaryGeometry>();
  for (const territory of official) {
    const feature = territory.code ? geodata.byKey(territory.code) : undefined;
    if (!feature) throw new Error(`Demodaten: Keine amtliche Grenze für „${territory.name}“ (${territory.code}).`);
    const geometry = BoundaryGeometrySchema.parse(feature.geometry);
    shapes.set(territory.id, geometry);
    await insert(db, boundaryAggregate, { territoryId: territory.id, geometry, validFrom: VALID_FROM, validTo: null, source: BKG_ATTRIBUTION, schematic: false });
    count += 1;
  }
  const areas = [...territories.socialAreas, ...territories.unna.kamenSocialAreas];
  const byTown = new Map<string, Stored<TerritoryInput>[]>();
  for (const area of areas) if (area.parentId) byTown.set(area.parentId, [...(byTown.get(area.parentId) ?? []), area]);
  for (const [townId, townAreas] of byTown) {
    const outline = shapes.get(townId);
    if (!outline) continue;
    const geometries = schematicAreas(outline, townAreas.map((a) => a.population ?? 1));
    for (const [index, area] of townAreas.entries()) {
      const geometry = geometries[index];
      if (!geometry) continue;
      await insert(db, boundaryAggregate, { territoryId: area.id, geometry, validFrom: VALID_FROM, validTo: null, source: SCHEMATIC_SOURCE, schematic: true });
      count += 1;
    }
  }
  return count;
}
