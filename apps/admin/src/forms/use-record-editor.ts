import { type QueryKey, useQueryClient } from "@tanstack/react-query";
import { showToast } from "@praeventionskette/ui";
import { useEffect, useEffectEvent, useState } from "react";
import { saveFailure } from "./save-failure.js";
import { useRecordForm } from "./use-record-form.js";

/** What every stored record brings for optimistic locking and the conflict dialog. */
export interface Versioned {
  id: string;
  version: number;
  updatedAt: string;
  updatedBy: string | null;
}

export interface RecordEditorOptions<R extends Versioned, V> {
  /** The stored record, or null while creating one. */
  stored: R | null;
  /** The form's first values: the stored record's, or those a new record starts with. */
  initial: V;
  /** The form's values of a stored record (after a save, or when loading the other version). */
  valuesOf: (record: R) => V;
  /** The record as it is stored now, read afresh after a conflict. */
  fetchLatest: (id: string) => Promise<R>;
  /** The queries that show this kind of record, refreshed after each save. */
  queryKey: QueryKey;
  /** The message after a save: what was saved. */
  savedToast: (saved: R) => { title: string; description?: string };
  /** The form field that shows the API's message for a path, where the form's fields are not the API's (first message wins). */
  fieldOf?: (path: string) => string;
  /** Opens a newly created record's own page. */
  openCreated?: (id: string) => void;
}

/**
 * The frame every edit form shares: the record as last saved, the draft, the save (create or
 * update with the record's `version`), the API's messages at the fields, and the other person's
 * version when a save met a CONFLICT. Pages add only their fields and what the save sends.
 */
export function useRecordEditor<R extends Versioned, V>(options: RecordEditorOptions<R, V>) {
  const queryClient = useQueryClient();
  const [record, setRecord] = useState(options.stored);
  const [conflict, setConflict] = useState<R | null>(null);
  const [createdId, setCreatedId] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const form = useRecordForm(options.initial);
  const { valuesOf, fetchLatest, queryKey, savedToast } = options;
  const openCreated = useEffectEvent((id: string) => options.openCreated?.(id));

  // Navigate only once the saved values are rendered, so the unsaved-changes guard lets go.
  useEffect(() => {
    if (createdId) openCreated(createdId);
  }, [createdId]);

  /** Reads the stored version and opens the conflict dialog with it. */
  const showConflict = async () => {
    if (record) setConflict(await fetchLatest(record.id));
  };

  /**
   * Sends the draft: `send` gets the record as last saved (null: create it) and answers the
   * saved record. On success the draft becomes the saved state; a refusal lands at the fields.
   */
  const save = async (send: (record: R | null) => Promise<R>) => {
    form.setErrors({});
    setSaving(true);
    try {
      const saved = await send(record);
      setRecord(saved);
      form.reset(valuesOf(saved));
      await queryClient.invalidateQueries({ queryKey });
      showToast({ tone: "success", ...savedToast(saved) });
      if (!record) setCreatedId(saved.id);
    } catch (error) {
      const failure = saveFailure(error, record ? "data" : "");
      if (failure.conflict) await showConflict();
      else form.setErrors(atFields(failure.errors ?? {}, options.fieldOf));
    } finally {
      setSaving(false);
    }
  };

  return {
    record,
    /** Replaces the record as last saved (after a workflow step saved it elsewhere). */
    setRecord,
    form,
    isSaving,
    /** True once a new record is saved and its own page is about to open. */
    isCreated: createdId !== null,
    conflict,
    /** The form's values of a stored record. */
    valuesOf,
    save,
    showConflict,
    /** Takes the other person's version into the form. */
    reload: () => {
      if (!conflict) return;
      setRecord(conflict);
      form.reset(valuesOf(conflict));
      setConflict(null);
    },
    /** Keeps the typed values; the next save knowingly replaces the other version. */
    keep: () => {
      if (!conflict) return;
      setRecord((current) => (current ? { ...current, version: conflict.version, updatedAt: conflict.updatedAt, updatedBy: conflict.updatedBy } : conflict));
      setConflict(null);
    },
  };
}

/** An edit form's frame as `useRecordEditor` returns it. */
export type RecordEditor<R extends Versioned, V> = ReturnType<typeof useRecordEditor<R, V>>;

/** The API's messages by path, moved to the form fields that show them. */
function atFields(errors: Record<string, string>, fieldOf?: (path: string) => string): Record<string, string> {
  if (!fieldOf) return errors;
  const byField: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) byField[fieldOf(path)] ??= message;
  return byField;
}
