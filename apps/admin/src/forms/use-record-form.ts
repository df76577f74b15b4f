import { useState } from "react";

/**
 * The draft of an edit form whose values are one plain object: what is typed, what was last
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

/** The draft as `useRecordForm` returns it. */
export type RecordForm<V> = ReturnType<typeof useRecordForm<V>>;
