import { Button, Dialog, DialogActions } from "@praeventionskette/ui";
import { useBlocker } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";

/**
 * Asks before leaving a form with unsaved changes: inside the app with a dialog, when closing
 * the tab or reloading with the browser's own question.
 */
export function UnsavedChangesGuard({ when }: { when: boolean }) {
  const { t } = useTranslation();
  const blocker = useBlocker({ shouldBlockFn: () => when, enableBeforeUnload: () => when, withResolver: true });
  return (
    <Dialog title={t("offerEdit.leaveTitle")} role="alertdialog" isOpen={blocker.status === "blocked"} onOpenChange={(open) => !open && blocker.reset?.()}>
      <p>{t("offerEdit.leaveText")}</p>
      <DialogActions>
        <Button variant="primary" onPress={() => blocker.reset?.()}>{t("offerEdit.stay")}</Button>
        <Button variant="danger" onPress={() => blocker.proceed?.()}>{t("offerEdit.leave")}</Button>
      </DialogActions>
    </Dialog>
  );
}
