import type { Me } from "../lib/trpc.js";

type Person = NonNullable<Me>;

/** Roles that change records of their territories (the API's `writable` scope). */
const EDITING_ROLES = new Set(["admin", "coordinator", "townEditor"]);

/** A territory as the lists answer it: enough to walk the tree downwards. */
interface TerritoryNode {
  id: string;
  parentId: string | null;
}

/**
 * The territories whose records the person may change, as the API works it out: everything
 * for the platform administration, otherwise each assigned territory with everything below it.
 * Used to hide or disable what the API would refuse anyway.
 *
 * @example
 * writableTerritories(coordinatorOfTheCounty, territories).has(duelmen) // true
 */
export function writableTerritories(me: Person, territories: readonly TerritoryNode[]): { all: boolean; has: (territoryId: string) => boolean } {
  const assignments = me.assignments.filter((assignment) => EDITING_ROLES.has(assignment.role));
  if (assignments.some((assignment) => assignment.role === "admin")) return { all: true, has: () => true };
  const children = new Map<string, string[]>();
  for (const territory of territories) if (territory.parentId) children.set(territory.parentId, [...(children.get(territory.parentId) ?? []), territory.id]);
  const ids = new Set<string>();
  const visit = (id: string) => {
    if (ids.has(id)) return;
    ids.add(id);
    for (const child of children.get(id) ?? []) visit(child);
  };
  for (const assignment of assignments) if (assignment.territoryId) visit(assignment.territoryId);
  return { all: false, has: (territoryId) => ids.has(territoryId) };
}

/** Whether the person changes records anywhere at all (shows "new" buttons). */
export function editsRecords(me: Person): boolean {
  return me.assignments.some((assignment) => EDITING_ROLES.has(assignment.role));
}

/** Whether the person configures funding programmes (the platform administration, or a coordinator for their youth office). */
export function configuresProgrammes(me: Person): boolean {
  return me.assignments.some((assignment) => assignment.role === "admin" || assignment.role === "coordinator");
}
