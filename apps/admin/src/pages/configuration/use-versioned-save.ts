import { fieldErrorsFromApi, isConflict } from "@praeventionskette/ui";
import { useState } from "react";

/** What every stored record brings for optimistic locking and the conflict dialog. */
export interface Versioned {
  id: string;
  version: number;
  updatedAt: string;
  updatedBy: string | null;
}

/**
 * The save of a form over a versioned record: the values as typed, the last saved state, field
 * errors from the API (kept beside what was typed), and the other person's version when a save
 * met a CONFLICT. `load` turns a record into form values.
 */
export function useVersionedSave<R extends Versioned, V>(initial: R, load: (record: R) => V) {
  const [record, setRecord] = useState(initial);
  const [saved, setSaved] = useState(() => load(initial));
  const [values, setValues] = useState(saved);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<R | null>(null);
  const isDirty = JSON.stringify(values) !== JSON.stringify(saved);

  /** Runs the save; on success the saved state moves on, on a refusal the errors land at the fields. */
  const run = async (save: (record: R) => Promise<R>, fetchCurrent: () => Promise<R>): Promise<R | null> => {
    setErrors({});
    try {
      const result = await save(record);
      const next = load(result);
      setRecord(result);
      setSaved(next);
      setValues(next);
      return result;
    } catch (error) {
      if (isConflict(error)) setConflict(await fetchCurrent());
      else setErrors(fieldErrorsFromApi(error, "data"));
      return null;
    }
  };

  return {
    record,
    values,
    setValues,
    errors,
    setErrors,
    isDirty,
    conflict,
    run,
    /** Takes the other person's version into the form. */
    reload: () => {
      if (!conflict) return;
      const next = load(conflict);
      setRecord(conflict);
      setSaved(next);
      setValues(next);
      setConflict(null);
    },
    /** Keeps the typed values; the next save knowingly replaces the other version. */
    keep: () => {
      if (conflict) setRecord(conflict);
      setConflict(null);
    },
  };
}
