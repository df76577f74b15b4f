import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffRecords, type FieldChange } from "./diff.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonRecord = Record<string, Json>;

// Short keys without dots, so that paths split back into their segments, and so that two
// generated records often share fields (which is where the diff has work to do).
const key = fc.constantFrom("a", "b", "c", "title", "0", "1");
const leaf: fc.Arbitrary<Json> = fc.oneof(fc.constant(null), fc.boolean(), fc.integer({ min: -3, max: 3 }), fc.constantFrom("", "x", "y"));
const { value: json } = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(key, tie("value"), { maxKeys: 4 }),
  ),
}));
const record: fc.Arbitrary<JsonRecord> = fc.dictionary(key, json, { maxKeys: 5 });

const isContainer = (value: unknown): value is Record<string, unknown> | unknown[] => typeof value === "object" && value !== null;

/** The value at a diff path, or undefined when the path leads nowhere. */
function valueAt(root: unknown, path: string): unknown {
  if (path === "") return root;
  let node: unknown = root;
  for (const segment of path.split(".")) {
    if (!isContainer(node) || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** Applies a diff to a copy of `before`: what the diff claims turns `before` into `after`. */
function applyDiff(before: JsonRecord, changes: FieldChange[]): unknown {
  const result: unknown = structuredClone(before);
  const shortened = new Set<unknown[]>();
  for (const change of changes) {
    const segments = change.path.split(".");
    const last = segments.pop() as string;
    const parent = valueAt(result, segments.join("."));
    if (!isContainer(parent)) throw new Error(`no container at ${change.path}`);
    if (change.after !== undefined) {
      (parent as Record<string, unknown>)[last] = structuredClone(change.after);
    } else if (Array.isArray(parent)) {
      parent[Number(last)] = undefined;
      shortened.add(parent);
    } else {
      delete (parent as Record<string, unknown>)[last];
    }
  }
  // JSON arrays hold no undefined: elements removed from the end leave only their slots.
  for (const array of shortened) {
    while (array.length > 0 && array[array.length - 1] === undefined) array.pop();
  }
  return result;
}

describe("diffRecords", () => {
  it("reports changed, added and removed fields with their paths", () => {
    expect(
      diffRecords(
        { title: "Elterncafé", cost: { free: true, amountCents: null }, shortTitle: "Café" },
        { title: "Elterncafé Olfen", cost: { free: false, amountCents: 200 }, eligibility: "" },
      ),
    ).toEqual([
      { path: "title", before: "Elterncafé", after: "Elterncafé Olfen" },
      { path: "cost.free", before: true, after: false },
      { path: "cost.amountCents", before: null, after: 200 },
      { path: "shortTitle", before: "Café", after: undefined },
      { path: "eligibility", before: undefined, after: "" },
    ]);
  });

  it("compares arrays by index, recursing into their elements", () => {
    expect(diffRecords({ languages: ["de", "tr"] }, { languages: ["de", "ar", "uk"] })).toEqual([
      { path: "languages.1", before: "tr", after: "ar" },
      { path: "languages.2", before: undefined, after: "uk" },
    ]);
    expect(diffRecords({ locations: [{ city: "Olfen", zip: "59399" }] }, { locations: [{ city: "Olfen", zip: "59394" }] })).toEqual([
      { path: "locations.0.zip", before: "59399", after: "59394" },
    ]);
    expect(diffRecords({ ids: ["a", "b"] }, { ids: [] })).toEqual([
      { path: "ids.0", before: "a", after: undefined },
      { path: "ids.1", before: "b", after: undefined },
    ]);
  });

  it("reports whole values where the kinds differ", () => {
    expect(diffRecords({ address: null }, { address: { city: "Olfen" } })).toEqual([{ path: "address", before: null, after: { city: "Olfen" } }]);
    expect(diffRecords({ v: [1] }, { v: { 0: 1 } })).toEqual([{ path: "v", before: [1], after: { 0: 1 } }]);
  });

  it("treats a missing record as an empty one", () => {
    expect(diffRecords(null, { title: "Neu", tags: ["a"] })).toEqual([
      { path: "title", before: undefined, after: "Neu" },
      { path: "tags", before: undefined, after: ["a"] },
    ]);
    expect(diffRecords({ title: "Alt" }, null)).toEqual([{ path: "title", before: "Alt", after: undefined }]);
    expect(diffRecords(null, null)).toEqual([]);
  });

  it("finds nothing between a record and itself or a deep copy of it", () => {
    fc.assert(
      fc.property(record, (r) => {
        expect(diffRecords(r, r)).toEqual([]);
        expect(diffRecords(r, structuredClone(r))).toEqual([]);
      }),
    );
  });

  it("turns before into after when applied", () => {
    fc.assert(
      fc.property(record, record, (before, after) => {
        expect(applyDiff(before, diffRecords(before, after))).toEqual(after);
      }),
    );
  });

  it("reports only real changes, once each, with the values found at their paths", () => {
    fc.assert(
      fc.property(record, record, (before, after) => {
        const changes = diffRecords(before, after);
        expect(new Set(changes.map((c) => c.path)).size).toBe(changes.length);
        for (const change of changes) {
          expect(Object.is(change.before, change.after)).toBe(false);
          expect(change.before).toBe(valueAt(before, change.path));
          expect(change.after).toBe(valueAt(after, change.path));
        }
      }),
    );
  });

  it("is symmetric: swapping the records swaps before and after", () => {
    fc.assert(
      fc.property(record, record, (a, b) => {
        const swapped = diffRecords(b, a).map(({ path, before, after }) => ({ path, before: after, after: before }));
        const sortByPath = (changes: FieldChange[]) => [...changes].sort((x, y) => x.path.localeCompare(y.path));
        expect(sortByPath(swapped)).toEqual(sortByPath(diffRecords(a, b)));
      }),
    );
  });

  it("reports exactly the one field that was replaced by a different leaf", () => {
    fc.assert(
      fc.property(record, key, leaf, (before, field, value) => {
        fc.pre(!Object.is(before[field], value));
        expect(diffRecords(before, { ...before, [field]: value })).toEqual([{ path: field, before: before[field], after: value }]);
      }),
    );
  });
});
