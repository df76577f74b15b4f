import type { Id } from "../shared/id.js";
import type { Territory } from "./territory.js";
import { allowedParentKinds, mayBeTopLevel, territoryKindLabels } from "./territory-kind.js";

/** The parts of a territory that the hierarchy functions need. */
export type TerritoryNode = Pick<Territory, "id" | "name" | "kind" | "code" | "parentId">;

/** A problem found in a set of territories, with the territory it concerns. */
export interface TerritoryHierarchyIssue {
  /** The territory with the problem. */
  territoryId: Id;
  /** What is wrong, in German, for the person who maintains the territories. */
  message: string;
}

/**
 * Checks a set of territories as a whole: parents exist and are of the level above
 * (county → Land, town → county, social area → town or county-free city), only a Land, a county
 * or a county-free city stands without a parent, there are no cycles, and an official key
 * starts with its parent's (05558016 under 05558 under 05).
 *
 * @example
 * validateTerritoryHierarchy([county, town]); // [] when consistent
 */
export function validateTerritoryHierarchy(
  territories: readonly TerritoryNode[],
): TerritoryHierarchyIssue[] {
  const issues: TerritoryHierarchyIssue[] = [];
  const byId = new Map<Id, TerritoryNode>();
  for (const t of territories) {
    if (byId.has(t.id)) {
      issues.push({ territoryId: t.id, message: `Die Kennung von „${t.name}“ kommt mehrfach vor.` });
    } else {
      byId.set(t.id, t);
    }
  }
  for (const t of territories) {
    const expected = allowedParentKinds(t.kind);
    const expectedNames = expected.map((kind) => territoryKindLabels[kind].de).join(" oder ");
    if (t.parentId === null) {
      if (!mayBeTopLevel(t.kind)) {
        issues.push({
          territoryId: t.id,
          message: `„${t.name}“ (${territoryKindLabels[t.kind].de}) braucht ein übergeordnetes Gebiet der Art ${expectedNames}.`,
        });
      }
      continue;
    }
    if (expected.length === 0) {
      issues.push({
        territoryId: t.id,
        message: `„${t.name}“ ist ein Land und darf kein übergeordnetes Gebiet haben.`,
      });
    }
    const parent = byId.get(t.parentId);
    if (parent === undefined) {
      issues.push({
        territoryId: t.id,
        message: `Das übergeordnete Gebiet von „${t.name}“ ist nicht bekannt.`,
      });
      continue;
    }
    if (expected.length > 0 && !expected.includes(parent.kind)) {
      issues.push({
        territoryId: t.id,
        message: `„${t.name}“ (${territoryKindLabels[t.kind].de}) muss unter einem Gebiet der Art ${expectedNames} liegen, nicht unter „${parent.name}“ (${territoryKindLabels[parent.kind].de}).`,
      });
    }
    if (t.kind !== "socialArea" && t.code !== null && parent.code !== null && !t.code.startsWith(parent.code)) {
      issues.push({
        territoryId: t.id,
        message: `Der Schlüssel ${t.code} von „${t.name}“ beginnt nicht mit dem Schlüssel ${parent.code} von „${parent.name}“.`,
      });
    }
    if (isInCycle(t, byId)) {
      issues.push({
        territoryId: t.id,
        message: `„${t.name}“ liegt in einem Kreislauf übergeordneter Gebiete.`,
      });
    }
  }
  return issues;
}

function isInCycle(start: TerritoryNode, byId: ReadonlyMap<Id, TerritoryNode>): boolean {
  const seen = new Set<Id>();
  let current: TerritoryNode | undefined = start;
  while (current !== undefined && current.parentId !== null) {
    if (current.parentId === start.id) return true;
    if (seen.has(current.id)) return false; // a cycle above start, reported for its members
    seen.add(current.id);
    current = byId.get(current.parentId);
  }
  return false;
}

/**
 * The ancestors of a territory, nearest first (parent, grandparent, …). Unknown ids and
 * broken or cyclic chains end the walk instead of throwing, so that the function is safe on
 * data that has not been validated yet.
 *
 * @example
 * ancestorsOf(territories, seppenradeId).map((t) => t.name); // ["Lüdinghausen", "Kreis Coesfeld"]
 */
export function ancestorsOf<T extends TerritoryNode>(territories: readonly T[], id: Id): T[] {
  const byId = new Map(territories.map((t) => [t.id, t] as const));
  const result: T[] = [];
  const seen = new Set<Id>([id]);
  let parentId = byId.get(id)?.parentId ?? null;
  while (parentId !== null && !seen.has(parentId)) {
    const parent = byId.get(parentId);
    if (parent === undefined) break;
    result.push(parent);
    seen.add(parentId);
    parentId = parent.parentId;
  }
  return result;
}

/**
 * All territories below a territory (children, grandchildren, …), level by level.
 *
 * @example
 * descendantsOf(territories, coesfeldCountyId).length; // towns plus their social areas
 */
export function descendantsOf<T extends TerritoryNode>(territories: readonly T[], id: Id): T[] {
  const children = new Map<Id, T[]>();
  for (const t of territories) {
    if (t.parentId === null) continue;
    const list = children.get(t.parentId) ?? [];
    list.push(t);
    children.set(t.parentId, list);
  }
  const result: T[] = [];
  const seen = new Set<Id>([id]);
  const queue: Id[] = [id];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const child of children.get(next) ?? []) {
      if (seen.has(child.id)) continue;
      seen.add(child.id);
      result.push(child);
      queue.push(child.id);
    }
  }
  return result;
}

/**
 * The names from the top level down to the territory itself, e.g. for breadcrumbs.
 * Empty when the id is unknown.
 *
 * @example
 * territoryPath(territories, seppenradeId); // ["Kreis Coesfeld", "Lüdinghausen", "Seppenrade"]
 */
export function territoryPath(territories: readonly TerritoryNode[], id: Id): string[] {
  const self = territories.find((t) => t.id === id);
  if (self === undefined) return [];
  return [...ancestorsOf(territories, id).reverse().map((t) => t.name), self.name];
}
