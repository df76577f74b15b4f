import { type RawBuilder, sql } from "kysely";
import { z } from "zod";

/** Mean earth radius in km, as the haversine formula uses it. */
const EARTH_RADIUS_KM = 6371;

/** The widest circle a family can search in: a county is rarely more than 60 km across. */
export const MAX_NEAR_KM = 100;

/**
 * Umkreissuche: offers with a location within `km` of a point (WGS 84 degrees), e.g. a town's
 * centre or where the family stands.
 *
 * @example
 * OfferNearSchema.parse({ latitude: 51.8307, longitude: 7.2836, km: 5 }); // around Dülmen's market
 */
export const OfferNearSchema = z.object({
  latitude: z.number({ error: "Die Breite ist eine Zahl in Grad, z. B. 51.83." }).min(-90, { error: "Die Breite liegt zwischen -90 und 90 Grad." }).max(90, { error: "Die Breite liegt zwischen -90 und 90 Grad." }),
  longitude: z.number({ error: "Die Länge ist eine Zahl in Grad, z. B. 7.28." }).min(-180, { error: "Die Länge liegt zwischen -180 und 180 Grad." }).max(180, { error: "Die Länge liegt zwischen -180 und 180 Grad." }),
  km: z.number({ error: "Der Umkreis ist eine Zahl in Kilometern, z. B. 5." }).positive({ error: "Der Umkreis muss größer als 0 km sein." }).max(MAX_NEAR_KM, { error: `Der Umkreis darf höchstens ${MAX_NEAR_KM} km groß sein.` }),
});
/** A circle to search offers in. */
export type OfferNear = z.infer<typeof OfferNearSchema>;

/**
 * SQL for the distance in km from the point to an offer's nearest location with coordinates
 * (haversine on the sphere; close enough for "within 5 km"); null for an offer without any.
 * Plain SQL rather than PostGIS, so that it runs on PGlite and any PostgreSQL 15+.
 */
export function nearestLocationKm(point: Pick<OfferNear, "latitude" | "longitude">): RawBuilder<number | null> {
  const lat = sql`(l->'coordinates'->>'latitude')::float8`;
  const lon = sql`(l->'coordinates'->>'longitude')::float8`;
  return sql<number | null>`(
    select min(2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(
      power(sin(radians(${lat} - ${point.latitude}::float8) / 2), 2)
      + cos(radians(${point.latitude}::float8)) * cos(radians(${lat})) * power(sin(radians(${lon} - ${point.longitude}::float8) / 2), 2)))))
    from jsonb_array_elements(case when jsonb_typeof(data->'locations') = 'array' then data->'locations' else '[]'::jsonb end) as l
    where jsonb_typeof(l->'coordinates') = 'object')`;
}

/** SQL: the offer has a location inside the circle. Offers without coordinates (home visits) never match. */
export function withinReach(near: OfferNear): RawBuilder<boolean> {
  return sql<boolean>`${nearestLocationKm(near)} <= ${near.km}::float8`;
}
