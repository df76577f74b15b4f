import type { Id } from "../shared/id.js";
import { ancestorsOf } from "../territory/hierarchy.js";
import type { Territory } from "../territory/territory.js";

/** The parts of a territory needed to find its youth offices. */
export type YouthOfficeTerritory = Pick<Territory, "id" | "name" | "kind" | "code" | "parentId" | "youthOfficeId">;

/**
 * The youth offices responsible for a territory, nearest first: the one it names, then those
 * named further up (a social area's town, the town's county). Dülmen gives its own youth office,
 * then the county's; Olfen, without one of its own, the county's.
 *
 * @example
 * youthOfficesFor(territories, olfenId); // [countyYouthOfficeId]
 */
export function youthOfficesFor(territories: readonly YouthOfficeTerritory[], territoryId: Id): Id[] {
  const self = territories.find((t) => t.id === territoryId);
  if (self === undefined) return [];
  const chain = [self, ...ancestorsOf(territories, territoryId)];
  const offices: Id[] = [];
  for (const territory of chain) {
    if (territory.youthOfficeId !== null && !offices.includes(territory.youthOfficeId)) offices.push(territory.youthOfficeId);
  }
  return offices;
}

/** A configuration record with its owner: a youth office, or `null` for a platform default. */
export interface OwnedRecord {
  youthOfficeId: Id | null;
}

/**
 * How a kind of configuration combines a youth office's own records with the platform's:
 * `replace` (life phases, transitions, fields of action: a youth office that has any of its own
 * uses only those) or `extend` (indicators, funding programmes: the platform's shared ones plus
 * those of every responsible youth office).
 */
export type ConfigurationMode = "replace" | "extend";

/**
 * The configuration in force for a territory, given its youth offices (nearest first, from
 * `youthOfficesFor`). In `replace` mode the nearest youth office with records of its own wins,
 * else the platform defaults apply, so a town whose own youth office has not configured
 * anything yet works with its county's configuration.
 *
 * @example
 * configurationInForce(phases, youthOfficesFor(territories, kamenId), "replace"); // Kamen's 0–21 phases
 */
export function configurationInForce<T extends OwnedRecord>(
  records: readonly T[],
  youthOfficeIds: readonly Id[],
  mode: ConfigurationMode,
): T[] {
  const defaults = records.filter((r) => r.youthOfficeId === null);
  if (mode === "extend") {
    return records.filter((r) => r.youthOfficeId === null || youthOfficeIds.includes(r.youthOfficeId));
  }
  for (const office of youthOfficeIds) {
    const own = records.filter((r) => r.youthOfficeId === office);
    if (own.length > 0) return own;
  }
  return defaults;
}
