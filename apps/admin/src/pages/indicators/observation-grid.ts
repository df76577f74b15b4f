import { comparePeriods, type TerritoryKind } from "@praeventionskette/domain";

/** What the grid needs of a territory. */
export interface GridTerritory {
  id: string;
  name: string;
  kind: TerritoryKind;
  parentId: string | null;
  code: string | null;
}

/** What the grid needs of a value. */
export interface GridObservation {
  id: string;
  territoryId: string;
  period: string;
}

/** One row of the grid: a territory, how deep it sits below the top row, and its value per period. */
export interface GridRow<O extends GridObservation> {
  territory: GridTerritory;
  depth: number;
  cells: Map<string, O>;
}

const KIND_ORDER: Record<TerritoryKind, number> = { state: 0, county: 1, countyFreeCity: 1, town: 2, socialArea: 3 };

/**
 * Lays out an indicator's values as people read a statistics table: territories as rows in
 * their hierarchy (the Land, the county, each town followed by its social areas), periods as
 * columns in time order. Only territories with at least one value get a row; `kind` keeps the
 * rows of one level.
 *
 * @example
 * const { periods, rows } = observationGrid(observations, territories);
 * // periods: ["2020", "2021", …]; rows[0].territory.name: "Kreis Coesfeld"
 */
export function observationGrid<O extends GridObservation>(observations: readonly O[], territories: readonly GridTerritory[], kind?: TerritoryKind): { periods: string[]; rows: GridRow<O>[] } {
  const periods = [...new Set(observations.map((observation) => observation.period))].sort(comparePeriods);
  const cellsOf = new Map<string, Map<string, O>>();
  for (const observation of observations) {
    const cells = cellsOf.get(observation.territoryId) ?? new Map<string, O>();
    cells.set(observation.period, observation);
    cellsOf.set(observation.territoryId, cells);
  }
  const ids = new Set(territories.map((territory) => territory.id));
  const childrenOf = new Map<string | null, GridTerritory[]>();
  for (const territory of territories) {
    const parent = territory.parentId !== null && ids.has(territory.parentId) ? territory.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), territory]);
  }
  const byLevelAndName = (a: GridTerritory, b: GridTerritory) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name, "de");
  const rows: GridRow<O>[] = [];
  const visit = (territory: GridTerritory, depth: number, seen: Set<string>) => {
    if (seen.has(territory.id)) return;
    seen.add(territory.id);
    const cells = cellsOf.get(territory.id);
    const shown = cells !== undefined && (kind === undefined || territory.kind === kind);
    if (shown) rows.push({ territory, depth: kind === undefined ? depth : 0, cells });
    for (const child of [...(childrenOf.get(territory.id) ?? [])].sort(byLevelAndName)) visit(child, shown ? depth + 1 : depth, seen);
  };
  const seen = new Set<string>();
  for (const root of [...(childrenOf.get(null) ?? [])].sort(byLevelAndName)) visit(root, 0, seen);
  return { periods, rows };
}
