import { Button, Text, UNSTABLE_Toast as AriaToast, UNSTABLE_ToastContent as ToastContent, UNSTABLE_ToastQueue as ToastQueue, UNSTABLE_ToastRegion as ToastRegion } from "react-aria-components";
import "./toast.css";

/** What a toast says: a short title, optionally a sentence more. */
export interface ToastMessage {
  title: string;
  description?: string;
  tone: "success" | "error";
}

/** The app's one queue of toasts; success disappears after a while, errors stay until closed. */
export const toasts = new ToastQueue<ToastMessage>({ maxVisibleToasts: 4 });

/** Shows a confirmation ("Gespeichert") or a failure that did not belong to one field. */
export function showToast(message: ToastMessage): void {
  toasts.add(message, message.tone === "success" ? { timeout: 6000 } : undefined);
}

/** Where toasts appear, announced to screen readers; place once per app. */
export function ToastArea({ closeLabel }: { closeLabel: string }) {
  return (
    <ToastRegion queue={toasts} className="ui-toast-region">
      {({ toast }) => (
        <AriaToast toast={toast} className={toast.content.tone === "error" ? "ui-toast ui-toast--error" : "ui-toast"}>
          <ToastContent className="ui-toast__text">
            <Text slot="title" className="ui-toast__title">{toast.content.title}</Text>
            {toast.content.description && <Text slot="description">{toast.content.description}</Text>}
          </ToastContent>
          <Button slot="close" className="ui-button ui-button--quiet" aria-label={closeLabel}>×</Button>
        </AriaToast>
      )}
    </ToastRegion>
  );
}
