import { centreOf, type LatLon } from "../lib/geo.js";
import type { PortalApi, TerritoryBoundaries } from "../lib/trpc.js";

/** Boundaries and territories as one page needs them, each asked of the API once per request. */
export interface GeoLoader {
  /** The children of a territory with their boundaries valid today. */
  boundaries(parentId: string): Promise<TerritoryBoundaries>;
  /** The territory a town or district belongs to (a town's county), or null at the top. */
  parentOf(id: string): Promise<string | null>;
  /** The platform's top territory (the state), for a portal without an area of its own. */
  root(): Promise<string | null>;
  /** A town's or district's centre, for "within 5 km of"; null when it has no boundary. */
  centreOf(id: string): Promise<LatLon | null>;
}

/** A loader for one request: repeated questions (the map and the near filter ask alike) cost one call. */
export function createGeoLoader(api: PortalApi): GeoLoader {
  const memo = new Map<string, Promise<unknown>>();
  const once = <T,>(key: string, load: () => Promise<T>): Promise<T> => {
    if (!memo.has(key)) memo.set(key, load());
    return memo.get(key) as Promise<T>;
  };
  const loader: GeoLoader = {
    boundaries: (parentId) => once(`b:${parentId}`, () => api.territory.boundaries.query({ parentId })),
    parentOf: (id) => once(`p:${id}`, async () => (await api.territory.get.query({ id })).parentId ?? null),
    root: () => once("root", async () => (await api.territory.list.query({ kind: "state", limit: 1 })).items[0]?.id ?? null),
    centreOf: (id) =>
      once(`c:${id}`, async () => {
        const parentId = await loader.parentOf(id);
        if (!parentId) return null;
        const feature = (await loader.boundaries(parentId)).features.find((candidate) => candidate.id === id);
        return feature ? centreOf(feature.geometry) : null;
      }),
  };
  return loader;
}
