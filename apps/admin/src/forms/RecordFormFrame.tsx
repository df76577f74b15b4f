import { Button } from "@praeventionskette/ui";
import type { ReactNode } from "react";
import { ConflictDialog, type FieldDifference } from "../components/ConflictDialog.js";
import { UnsavedChangesGuard } from "../components/UnsavedChangesGuard.js";
import { type ComparedField, conflictDifferences } from "./conflict-differences.js";
import { FormErrorSummary } from "./FormErrorSummary.js";
import type { RecordEditor, Versioned } from "./use-record-editor.js";
import "./forms.css";

/**
 * What every edit page shows around its fields: the summary of a refused save, the form, the
 * save button (only for those who may change the record) beside the page's links, the question
 * before leaving unsaved changes, and the conflict dialog.
 */
export function RecordFormFrame<R extends Versioned, V>({
  editor, canEdit = true, onSubmit, isShownAtField, saveLabel, savingLabel, links, compared, moreDifferences, conflictTexts, invalidMessage, intro, className = "edit-form", aside, children,
}: {
  editor: RecordEditor<R, V>;
  canEdit?: boolean;
  /** Checks what the browser can check and calls `editor.save`. */
  onSubmit: () => void;
  /** Whether a field shows the message of this path itself (the rest goes into the summary). */
  isShownAtField: (path: string) => boolean;
  saveLabel: string;
  savingLabel: string;
  /** Links beside the save button (back to the list, follow-up records). */
  links?: ReactNode;
  /** The fields the conflict dialog compares between the person's entries and the other version. */
  compared: readonly ComparedField<V>[];
  /** Differences of the record beyond the form's fields (a workflow status). */
  moreDifferences?: (theirs: R) => FieldDifference[];
  /** Whose words the conflict dialog uses (`<texts>.conflictTitle`, …). */
  conflictTexts: string;
  /** The summary's first sentence, where the area has its own words for "not saved". */
  invalidMessage?: string;
  /** Shown between the summary and the form (hints about the record as a whole). */
  intro?: ReactNode;
  className?: string;
  /** Shown beside the form on wide screens, above it on narrow ones (e.g. a computed result). */
  aside?: ReactNode;
  children: ReactNode;
}) {
  const { form, conflict, isSaving } = editor;
  const formElement = (
    <form
      className={className}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
      <div className="form-actions">
        {canEdit && <Button type="submit" variant="primary" isDisabled={isSaving}>{isSaving ? savingLabel : saveLabel}</Button>}
        {links}
      </div>
    </form>
  );
  return (
    <>
      <FormErrorSummary errors={form.errors} isShownAtField={isShownAtField} message={invalidMessage} />
      {intro}
      {aside ? (
        <div className="form-with-aside">
          {formElement}
          <div className="form-with-aside__aside">{aside}</div>
        </div>
      ) : (
        formElement
      )}
      <UnsavedChangesGuard when={form.isDirty && !isSaving && !editor.isCreated} />
      {conflict && (
        <ConflictDialog
          isOpen
          texts={conflictTexts}
          changedBy={conflict.updatedBy}
          changedAt={conflict.updatedAt}
          differences={[...conflictDifferences(form.values, editor.valuesOf(conflict), compared), ...(moreDifferences?.(conflict) ?? [])]}
          onReload={editor.reload}
          onKeep={editor.keep}
        />
      )}
    </>
  );
}
