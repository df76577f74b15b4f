import type { FieldDifference } from "../components/ConflictDialog.js";

/** A field the conflict dialog compares: its label and how to show its value. */
export interface ComparedField<V> {
  label: string;
  of: (values: V) => string;
}

/**
 * The fields where the person's entries and the version someone else saved differ, for the
 * conflict dialog. `fields` names each compared field and how to show its value.
 *
 * @example
 * conflictDifferences(mine, theirs, [{ label: "Name", of: (v) => v.name }])
 */
export function conflictDifferences<V>(mine: V, theirs: V, fields: readonly ComparedField<V>[]): FieldDifference[] {
  return fields.filter((field) => field.of(mine) !== field.of(theirs)).map((field) => ({ label: field.label, mine: field.of(mine), theirs: field.of(theirs) }));
}
