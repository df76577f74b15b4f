import { fieldErrorsFromApi, isConflict } from "@praeventionskette/ui";
import { useState } from "react";

/**
 * The state of an edit form whose values are one plain object: what is typed, what was last
 * saved (to know whether anything is unsaved) and the messages per field path
 * (`contactPersons.0.email`; `""` for the form as a whole).
 */
export function useRecordForm<V>(initial: V) {
  const [saved, setSaved] = useState(initial);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  return {
    values,
    errors,
    setErrors,
    isDirty: JSON.stringify(values) !== JSON.stringify(saved),
    /** Changes one top-level field. */
    set: <K extends keyof V>(key: K, value: V[K]) => setValues((previous) => ({ ...previous, [key]: value })),
    /** Changes the values with a function of the previous ones (lists of members, agenda items, …). */
    update: (change: (previous: V) => V) => setValues(change),
    /** After a save or a reload: these values are now the saved ones. */
    reset: (next: V) => {
      setSaved(next);
      setValues(next);
      setErrors({});
    },
  };
}

/**
 * What a failed save means for the form: a conflict (someone else saved first), or the API's
 * German messages by field path (`prefix` removes the `data.` of update procedures).
 */
export function saveFailure(error: unknown, prefix = ""): { conflict: true; errors: null } | { conflict: false; errors: Record<string, string> } {
  if (isConflict(error)) return { conflict: true, errors: null };
  return { conflict: false, errors: fieldErrorsFromApi(error, prefix) };
}

/** "" for null, so text fields always hold a string. */
export const textOf = (value: string | null | undefined): string => value ?? "";

/** null for an empty or blank field, the trimmed text otherwise. */
export const orNull = (text: string): string | null => (text.trim() === "" ? null : text.trim());

/** Today in the county's time zone, as the API counts it (ISO date). */
export function today(): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Berlin" }).format(new Date());
}
