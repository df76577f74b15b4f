import type { Id } from "../shared/id.js";
import type { HierarchyCell, ParentOf } from "./hierarchy-suppression.js";

// Internal to the package: the territory tree that suppression and its audit work on.

/** A territory of a table with its cell (none for an ancestor without counts) and its links. */
export interface Node {
  id: Id;
  cell: HierarchyCell | undefined;
  parent: Id | null;
  children: Id[];
}

/** The territories of the cells and all their ancestors, linked both ways. */
export function buildTree(cells: readonly HierarchyCell[], parentOf: ParentOf): Map<Id, Node> {
  const nodes = new Map<Id, Node>();
  const add = (id: Id, cell: HierarchyCell | undefined): void => {
    const known = nodes.get(id);
    if (known) {
      known.cell ??= cell;
      return;
    }
    nodes.set(id, { id, cell, parent: null, children: [] });
    const parent = parentOf(id) ?? null;
    if (parent === null || parent === id) return;
    // A parent that is already known ends the walk; a cycle in parentOf cannot loop.
    const isNew = !nodes.has(parent);
    if (isNew) add(parent, undefined);
    const node = nodes.get(id);
    const parentNode = nodes.get(parent);
    if (node && parentNode && !ancestorsOf(nodes, parent).has(id)) {
      node.parent = parent;
      parentNode.children.push(id);
    }
  };
  for (const cell of cells) add(cell.territoryId, cell);
  for (const node of nodes.values()) node.children.sort();
  return nodes;
}

function ancestorsOf(nodes: Map<Id, Node>, id: Id): Set<Id> {
  const seen = new Set<Id>();
  for (let current = nodes.get(id)?.parent ?? null; current !== null && !seen.has(current); current = nodes.get(current)?.parent ?? null) {
    seen.add(current);
  }
  return seen;
}

