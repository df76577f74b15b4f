import { boundsOf, centreOf, containsPoint, fitProjection, kmToMapUnits, type LatLon, type MapProjection, polygonsOf, type Position, project, svgPath } from "../lib/geo.js";
import type { SearchResult } from "../lib/trpc.js";
import type { GeoLoader } from "./geo-loader.js";

/** Map units across; the SVG scales to its box, so this only sets the size of markers and labels. */
const MAP_WIDTH = 600;
/** Above this many areas their names would overlap; the areas keep their names as tooltips. */
const MAX_LABELLED_AREAS = 25;

/** The results map as the page draws it: paths and positions worked out on the server. */
export interface ResultsMapData {
  projection: MapProjection;
  areas: { id: string; name: string; d: string; label: { x: number; y: number } | null; chosen: boolean }[];
  /** One marker per location with coordinates, numbered like the list beside the map. */
  markers: { number: number; offerId: string; title: string; lang: string; place: string; x: number; y: number }[];
  /** The search circle around the chosen town or point. */
  circle: { x: number; y: number; r: number } | null;
  /** Source notes of the boundaries, shown under the map (dl-de/by-2.0 asks for it). */
  attribution: string[];
  /** Offers on this page without a place on the map (home visits, no coordinates yet). */
  withoutPlace: number;
}

type Feature = Awaited<ReturnType<GeoLoader["boundaries"]>>["features"][number];

/**
 * Which towns to draw: the neighbours of the chosen town (its county's towns), else the portal's
 * area's towns, else the towns of every county that holds a result or the search's centre.
 */
async function featuresToDraw(geo: GeoLoader, points: Position[], chosenId: string | null, areaId: string | null): Promise<{ features: Feature[]; attribution: string[] }> {
  const parentId = chosenId ? ((await geo.parentOf(chosenId)) ?? areaId) : areaId;
  if (parentId) {
    const collection = await geo.boundaries(parentId);
    return { features: collection.features, attribution: collection.attribution };
  }
  const root = await geo.root();
  if (!root) return { features: [], attribution: [] };
  const counties = await geo.boundaries(root);
  const holding = counties.features.filter((county) => points.some((point) => containsPoint(county.geometry, point)));
  if (holding.length === 0) return { features: counties.features, attribution: counties.attribution };
  const collections = await Promise.all(holding.map((county) => geo.boundaries(county.id)));
  return { features: collections.flatMap((collection) => collection.features), attribution: [...new Set(collections.flatMap((collection) => collection.attribution))] };
}

/**
 * The map of a page of results: the towns around them drawn from their official boundaries (no
 * tiles), a numbered marker for every place of every offer, and the search circle; null when no
 * boundaries are stored to draw on.
 */
export async function loadResultsMap(geo: GeoLoader, result: SearchResult, options: { chosenId: string | null; areaId: string | null; centre: LatLon | null; km: number | null }): Promise<ResultsMapData | null> {
  const located = result.items.flatMap((offer, index) =>
    offer.locations.flatMap((location) => (location.coordinates ? [{ offer, number: index + 1, place: location.city, at: location.coordinates }] : [])),
  );
  const points: Position[] = located.map(({ at }) => [at.longitude, at.latitude]);
  if (options.centre) points.push([options.centre.longitude, options.centre.latitude]);
  const { features, attribution } = await featuresToDraw(geo, points, options.chosenId, options.areaId);
  const bounds = boundsOf(features.flatMap((feature) => polygonsOf(feature.geometry).flatMap((rings) => rings[0] ?? [])));
  if (!bounds) return null;
  const projection = fitProjection(bounds, MAP_WIDTH);
  const labelled = features.length <= MAX_LABELLED_AREAS;
  const circle = options.centre && options.km ? { ...project(projection, options.centre), r: kmToMapUnits(projection, options.km) } : null;
  return {
    projection,
    areas: features.map((feature) => {
      const centre = labelled ? centreOf(feature.geometry) : null;
      return { id: feature.id, name: feature.properties.name, d: svgPath(projection, feature.geometry), label: centre ? project(projection, centre) : null, chosen: feature.id === options.chosenId };
    }),
    markers: located.map(({ offer, number, place, at }) => ({ number, offerId: offer.id, title: offer.display.title, lang: offer.shownLanguage, place, ...project(projection, at) })),
    circle,
    attribution,
    withoutPlace: result.items.filter((offer) => !offer.locations.some((location) => location.coordinates)).length,
  };
}
