/** One changed value between two versions of a record. */
export interface FieldChange {
  /**
   * Where the value sits: field names and array indices joined with dots, as zod paths are
   * (`"title"`, `"cost.free"`, `"territoryIds.1"`, `"locations.0.address.city"`). Field names
   * are not escaped, so a name containing a dot makes the path ambiguous; domain records
   * have no such names.
   */
  path: string;
  /** The value before the change; `undefined` when the field or array element was added. */
  before: unknown;
  /** The value after the change; `undefined` when the field or array element was removed. */
  after: unknown;
}

/** A plain object (`{…}`, also one without prototype), as opposed to arrays, dates, class instances. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function join(path: string, segment: string | number): string {
  return path === "" ? String(segment) : `${path}.${segment}`;
}

function collect(before: unknown, after: unknown, path: string, changes: FieldChange[]): void {
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    for (let index = 0; index < length; index += 1) {
      collect(before[index], after[index], join(path, index), changes);
    }
    return;
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...Object.keys(before), ...Object.keys(after).filter((key) => !Object.hasOwn(before, key))];
    for (const key of keys) {
      collect(Object.hasOwn(before, key) ? before[key] : undefined, Object.hasOwn(after, key) ? after[key] : undefined, join(path, key), changes);
    }
    return;
  }
  if (!Object.is(before, after)) changes.push({ path, before, after });
}

/**
 * The changed leaves between two versions of a record, e.g. to show a reviewer what a
 * proposed change to an offer would alter.
 *
 * - Plain objects are compared field by field, recursively; a field present on one side only
 *   is reported with `undefined` on the other.
 * - Arrays are compared **by index**: element `i` of `before` with element `i` of `after`,
 *   recursively. Inserting an element at the front therefore reports every later index as
 *   changed, and a shorter array reports its missing tail as `undefined` after. This keeps
 *   paths stable and simple; the diff does not try to detect moved elements.
 * - Everything else (strings, numbers, booleans, `null`, dates, class instances) is a leaf,
 *   compared with `Object.is`. Where the two sides differ in kind (an object against an
 *   array, `null` or a string), the whole values are reported at that path.
 * - A missing record (`null`) counts as an empty one, so a new record lists each of its
 *   fields as added.
 *
 * Changes come in the order of the fields of `before`, followed by fields new in `after`.
 * Replacing each change's path in a copy of `before` by its `after` value (deleting it when
 * `undefined`) yields `after`. Meant for JSON-like data, as records are stored.
 *
 * @example
 * diffRecords(
 *   { title: "Elterncafé", cost: { free: true }, languages: ["de"] },
 *   { title: "Elterncafé Olfen", cost: { free: true }, languages: ["de", "tr"] },
 * );
 * // [
 * //   { path: "title", before: "Elterncafé", after: "Elterncafé Olfen" },
 * //   { path: "languages.1", before: undefined, after: "tr" },
 * // ]
 */
export function diffRecords(
  before: Readonly<Record<string, unknown>> | null,
  after: Readonly<Record<string, unknown>> | null,
): FieldChange[] {
  const changes: FieldChange[] = [];
  collect(before ?? {}, after ?? {}, "", changes);
  return changes;
}
