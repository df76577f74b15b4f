import type { ReactNode } from "react";
import { Dialog as AriaDialog, Heading, Modal, ModalOverlay } from "react-aria-components";
import "./dialog.css";

/**
 * A modal dialog with its heading; focus stays inside until it closes, Escape closes it
 * unless `isDismissable` is false (e.g. while a save runs).
 */
export function Dialog({
  title, isOpen, onOpenChange, children, role = "dialog", isDismissable = true,
}: { title: string; isOpen: boolean; onOpenChange: (open: boolean) => void; children: ReactNode; role?: "dialog" | "alertdialog"; isDismissable?: boolean }) {
  return (
    <ModalOverlay className="ui-modal-overlay" isOpen={isOpen} onOpenChange={onOpenChange} isDismissable={isDismissable} isKeyboardDismissDisabled={!isDismissable}>
      <Modal className="ui-modal">
        <AriaDialog className="ui-dialog" role={role}>
          <Heading slot="title">{title}</Heading>
          {children}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
}

/** The row of buttons at the end of a dialog. */
export function DialogActions({ children }: { children: ReactNode }) {
  return <div className="ui-dialog__actions">{children}</div>;
}
