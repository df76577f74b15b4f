import type { TerritoryTree } from "./offer-index.js";

/** A territory and every territory above and below it (any depth), as `relatedTerritoryIds` finds them. */
export function relatedTerritories(tree: TerritoryTree, territoryId: string): Set<string> {
  if (!tree.info.has(territoryId)) return new Set();
  const related = new Set<string>();
  for (let id: string | null | undefined = territoryId; id && !related.has(id); id = tree.parentOf.get(id)) related.add(id);
  const below = [territoryId];
  for (let id = below.pop(); id !== undefined; id = below.pop()) {
    for (const child of tree.childrenOf.get(id) ?? []) {
      if (related.has(child)) continue;
      related.add(child);
      below.push(child);
    }
  }
  return related;
}

/** Territories a family can pick in the territory facet, and for each territory an offer may list, the candidates it counts for. */
export interface FacetCandidates {
  candidates: string[];
  /** Listed territory id → indexes into `candidates`. */
  candidatesOf: Map<string, number[]>;
}

// The facet's SQL follows parents and children at most this many steps from a candidate.
const MAX_DEPTH = 10;

/**
 * A place list longer than this is no help to a family. With more towns and county-free cities
 * in force (a platform for a whole Land: 396 in NRW), the facet without a chosen territory lists
 * the counties and county-free cities instead; choosing a county then lists its towns.
 */
export const MOST_PLACES_LISTED = 60;

/** The places a family lives in: what the facet lists when no territory is chosen, up to `MOST_PLACES_LISTED`. */
export const TOWN_LEVEL: readonly string[] = ["town", "countyFreeCity"];
/** The level above, listed instead beyond `MOST_PLACES_LISTED`. */
export const COUNTY_LEVEL: readonly string[] = ["county", "countyFreeCity"];

/**
 * The territory facet's candidates on `day`: towns and county-free cities (counties instead of
 * towns beyond `MOST_PLACES_LISTED`), or with a territory chosen, it, its neighbours (same
 * parent) and its own areas; each related to every territory above and below it, as the facet
 * query's `related` relation.
 */
export function facetCandidates(tree: TerritoryTree, territoryId: string | null, day: string): FacetCandidates {
  const inForce = (info: { archived: boolean; validFrom: string; validTo: string | null }) =>
    !info.archived && info.validFrom <= day && (info.validTo === null || info.validTo >= day);
  const places = territoryId === null ? [...tree.info.values()].filter((info) => TOWN_LEVEL.includes(info.kind) && inForce(info)).length : 0;
  const kindsListed = places > MOST_PLACES_LISTED ? COUNTY_LEVEL : TOWN_LEVEL;
  const chosenParent = territoryId === null ? null : tree.parentOf.get(territoryId) ?? null;
  const candidates: string[] = [];
  for (const [id, info] of tree.info) {
    const wanted =
      territoryId === null
        ? kindsListed.includes(info.kind)
        : id === territoryId || tree.parentOf.get(id) === territoryId || (chosenParent !== null && tree.parentOf.get(id) === chosenParent);
    if (wanted && inForce(info)) candidates.push(id);
  }
  const candidatesOf = new Map<string, number[]>();
  const relate = (listed: string, candidate: number) => {
    const list = candidatesOf.get(listed);
    if (!list) candidatesOf.set(listed, [candidate]);
    else if (list[list.length - 1] !== candidate) list.push(candidate);
  };
  candidates.forEach((candidate, at) => {
    let id: string | null | undefined = candidate;
    for (let depth = 0; id && depth <= MAX_DEPTH; depth += 1, id = tree.parentOf.get(id)) relate(id, at);
    let level = [candidate];
    for (let depth = 1; depth <= MAX_DEPTH && level.length > 0; depth += 1) {
      level = level.flatMap((parent) => tree.childrenOf.get(parent) ?? []);
      for (const child of level) relate(child, at);
    }
  });
  return { candidates, candidatesOf };
}
