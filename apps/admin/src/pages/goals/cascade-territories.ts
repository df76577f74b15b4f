import { useAllTerritories } from "../indicators/indicator-data.js";
import { useOwnTerritoryIds } from "./goal-data.js";

/**
 * The territories a cascade can belong to, for the territory choice: the person's own, or for
 * the platform administration every county, county-free city and town. The first is the default.
 */
export function useCascadeTerritories() {
  const own = useOwnTerritoryIds();
  const territories = useAllTerritories();
  const items = (territories.data ?? []).filter((territory) => (own.length > 0 ? own.includes(territory.id) : territory.kind !== "state" && territory.kind !== "socialArea"));
  return { isPending: territories.isPending, options: items.map((territory) => ({ id: territory.id, label: territory.name })) };
}
