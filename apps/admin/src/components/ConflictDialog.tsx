import { Button, Dialog, DialogActions } from "@praeventionskette/ui";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../lib/format.js";

/** One field where the saved version and the person's entries differ. */
export interface FieldDifference {
  label: string;
  mine: string;
  theirs: string;
}

/**
 * Someone else saved the record while this person edited it. Nothing is lost: the dialog says
 * who and when, lists the fields that differ, and lets the person load the other version or
 * keep their entries (the next save then knowingly replaces the other version).
 */
export function ConflictDialog({
  isOpen, changedBy, changedAt, differences, onReload, onKeep, texts = "offerEdit",
}: {
  isOpen: boolean; changedBy: string | null; changedAt: string; differences: FieldDifference[]; onReload: () => void; onKeep: () => void;
  /** Whose title and explanation to show (`<texts>.conflictTitle`, `.conflictText`, `.conflictTextAnonymous`): the record's own words. */
  texts?: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Dialog title={t(`${texts}.conflictTitle`)} role="alertdialog" isOpen={isOpen} onOpenChange={(open) => !open && onKeep()}>
      {/* The name is shown only to those who may see who edits (staff of the offer's territories). */}
      <p>{changedBy ? t(`${texts}.conflictText`, { name: changedBy, date: formatDateTime(changedAt, i18n.language) }) : t(`${texts}.conflictTextAnonymous`, { date: formatDateTime(changedAt, i18n.language) })}</p>
      {differences.length > 0 && (
        <table className="ui-table diff-table">
          <caption className="visually-hidden">{t(`${texts}.conflictTitle`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t("offerEdit.diffField")}</th>
              <th scope="col">{t("offerEdit.diffMine")}</th>
              <th scope="col">{t("offerEdit.diffTheirs")}</th>
            </tr>
          </thead>
          <tbody>
            {differences.map((difference) => (
              <tr key={difference.label}>
                <th scope="row">{difference.label}</th>
                <td>{difference.mine}</td>
                <td>{difference.theirs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <DialogActions>
        <Button onPress={onKeep}>{t("offerEdit.conflictKeep")}</Button>
        <Button variant="primary" onPress={onReload}>{t("offerEdit.conflictReload")}</Button>
      </DialogActions>
    </Dialog>
  );
}
