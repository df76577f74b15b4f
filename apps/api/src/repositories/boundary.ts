import {
  type BoundaryInput,
  BoundaryInputSchema,
  displayTolerance,
  geometryBounds,
  IdSchema,
  IsoDateSchema,
  simplifyGeometry,
} from "@praeventionskette/domain";
import { type Kysely, sql } from "kysely";
import type { Database } from "../db/types.js";
import { RuleViolationError } from "../errors.js";
import type { Aggregate, ListFilter } from "./aggregate.js";
import { validOnDay } from "./scopes.js";
import { jsonb } from "./sql-values.js";
import { z } from "zod";

/** The shape drawn on maps: simplified on write, so that a county's towns load in a few KB. */
export function displayGeometry(boundary: Pick<BoundaryInput, "geometry">) {
  return simplifyGeometry(boundary.geometry, displayTolerance(geometryBounds(boundary.geometry)));
}

/** The day before an ISO date, for closing the boundary a new one replaces. */
export function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/**
 * Gebietsgrenzen: a territory's outline for a validity period. A boundary change adds a new
 * record and closes the old one, so that old periods are drawn with the old shape.
 */
export const boundaryAggregate: Aggregate<BoundaryInput> = {
  table: "territory_boundary",
  label: "Gebietsgrenze",
  input: BoundaryInputSchema,
  columns: (b) => ({
    territory_id: b.territoryId,
    valid_from: b.validFrom,
    valid_to: b.validTo,
    display_geometry: jsonb(displayGeometry(b)),
  }),
  references: (b) => [{ table: "territory", ids: [b.territoryId], path: "territoryId", what: "Gebiet" }],
  territoriesOf: async (_db, b) => [b.territoryId],
  async check(db, change) {
    const { territoryId, validFrom, validTo } = change.input;
    const overlapping = await db
      .selectFrom("territory_boundary")
      .select(["id", "valid_from", "valid_to"])
      .where("territory_id", "=", territoryId)
      .where("archived_at", "is", null)
      .where("id", "!=", change.id ?? "00000000-0000-4000-8000-000000000000")
      .where((eb) => eb.or([eb("valid_to", "is", null), eb("valid_to", ">=", validFrom)]))
      .$if(validTo !== null, (q) => q.where("valid_from", "<=", validTo as string))
      .executeTakeFirst();
    if (overlapping) {
      throw new RuleViolationError(
        "Für dieses Gebiet gibt es in diesem Zeitraum schon eine Grenze. Beenden Sie deren Gültigkeit (gültig bis) oder importieren Sie die neue Grenze, dann wird die alte automatisch beendet.",
        ["validFrom"],
      );
    }
  },
};

/** Filters for boundary lists. */
export const boundaryFilter: ListFilter<{ territoryId?: string; validOn?: string }> = {
  schema: z.object({ territoryId: IdSchema.optional(), validOn: IsoDateSchema.optional() }),
  apply: (query, filter) => {
    let q = query;
    if (filter.territoryId) q = q.where("territory_id", "=", filter.territoryId);
    if (filter.validOn) q = validOnDay(q, filter.validOn);
    return q;
  },
};

/** A GeoJSON feature of a territory on a map, with what the map needs to label and link it. */
export interface TerritoryFeature {
  type: "Feature";
  id: string;
  geometry: unknown;
  properties: {
    id: string;
    code: string | null;
    name: string;
    kind: string;
    population: number | null;
    schematic: boolean;
    validFrom: string;
    validTo: string | null;
  };
}

/** The children of a territory with their boundaries on a date, ready to draw. */
export interface TerritoryFeatureCollection {
  type: "FeatureCollection";
  features: TerritoryFeature[];
  /** The source notes of the shapes, to show with every map (licence). */
  attribution: string[];
  /** Children valid on the date that have no boundary for it, so a map can say so. */
  withoutBoundary: { id: string; name: string; code: string | null }[];
}

const asDate = (value: Date | string | null): string | null =>
  value === null ? null : typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10);

/**
 * The children of `parentId` valid on `date`, each with the boundary valid on that date
 * (simplified for display), as a GeoJSON FeatureCollection.
 */
export async function boundariesOf(db: Kysely<Database>, query: { parentId: string; date: string }): Promise<TerritoryFeatureCollection> {
  const { rows } = await sql<{
    id: string;
    code: string | null;
    name: string;
    kind: string;
    population: number | null;
    geometry: unknown;
    source: string | null;
    schematic: boolean | null;
    valid_from: Date | string | null;
    valid_to: Date | string | null;
  }>`
    select t.id, t.code, t.data->>'name' as name, t.kind, (t.data->>'population')::int as population,
           b.display_geometry as geometry, b.data->>'source' as source, (b.data->>'schematic')::boolean as schematic,
           b.valid_from, b.valid_to
    from territory t
    left join territory_boundary b on b.territory_id = t.id and b.archived_at is null
      and b.valid_from <= ${query.date}::date and (b.valid_to is null or b.valid_to >= ${query.date}::date)
    where t.parent_id = ${query.parentId} and t.archived_at is null
      and t.valid_from <= ${query.date}::date and (t.valid_to is null or t.valid_to >= ${query.date}::date)
    order by t.code nulls last, t.data->>'name'`.execute(db);
  const features: TerritoryFeature[] = [];
  const withoutBoundary: TerritoryFeatureCollection["withoutBoundary"] = [];
  const attribution = new Set<string>();
  for (const row of rows) {
    if (row.geometry === null) {
      withoutBoundary.push({ id: row.id, name: row.name, code: row.code });
      continue;
    }
    if (row.source) attribution.add(row.source);
    features.push({
      type: "Feature",
      id: row.id,
      geometry: typeof row.geometry === "string" ? JSON.parse(row.geometry) : row.geometry,
      properties: {
        id: row.id,
        code: row.code,
        name: row.name,
        kind: row.kind,
        population: row.population,
        schematic: row.schematic ?? false,
        validFrom: asDate(row.valid_from) ?? query.date,
        validTo: asDate(row.valid_to),
      },
    });
  }
  return { type: "FeatureCollection", features, attribution: [...attribution], withoutBoundary };
}
