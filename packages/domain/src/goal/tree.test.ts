import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { GoalTreeNode } from "./tree.js";
import { buildGoalTree } from "./tree.js";

const id = (n: number): string => `00000000-0000-4000-8000-${n.toString().padStart(12, "0")}`;
const g = (n: number, parent: number | null) => ({ id: id(n), parentId: parent === null ? null : id(parent), title: `Ziel ${String(n)}` });

function flatten<T extends { id: string; parentId: string | null }>(nodes: GoalTreeNode<T>[]): T[] {
  return nodes.flatMap((n) => [n.goal, ...flatten(n.children)]);
}

describe("buildGoalTree", () => {
  it("nests the cascade in input order", () => {
    const tree = buildGoalTree([g(5, 4), g(1, null), g(2, 1), g(3, 1), g(4, 2)]);
    expect(tree).toHaveLength(1);
    const root = tree[0]!;
    expect(root.goal.id).toBe(id(1));
    expect(root.children.map((c) => c.goal.id)).toEqual([id(2), id(3)]);
    expect(root.children[0]!.children[0]!.children[0]!.goal.title).toBe("Ziel 5");
  });

  it("shows goals with a missing parent as roots", () => {
    const tree = buildGoalTree([g(1, null), g(2, 42)]);
    expect(tree.map((n) => n.goal.id)).toEqual([id(1), id(2)]);
  });

  it("cuts cycles instead of losing goals", () => {
    const tree = buildGoalTree([g(1, 2), g(2, 1)]);
    expect(tree).toHaveLength(1);
    expect(flatten(tree).map((x) => x.id)).toEqual([id(1), id(2)]);
  });

  it("contains every goal exactly once, below its parent where possible (property)", () => {
    const goals = fc
      .array(fc.option(fc.nat({ max: 15 }), { nil: null }), { maxLength: 15 })
      .map((parents) => parents.map((p, i) => g(i, p)));
    fc.assert(
      fc.property(goals, (list) => {
        const tree = buildGoalTree(list);
        const all = flatten(tree);
        expect(all).toHaveLength(list.length);
        expect(new Set(all).size).toBe(list.length);
        const check = (node: GoalTreeNode<(typeof list)[number]>): void => {
          for (const child of node.children) {
            expect(child.goal.parentId).toBe(node.goal.id);
            check(child);
          }
        };
        tree.forEach(check);
      }),
    );
  });
});
