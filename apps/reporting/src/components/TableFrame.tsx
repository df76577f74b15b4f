import type { ReactNode } from "react";

/**
 * The frame a wide table scrolls in on a phone. A scrolling region must be reachable by the
 * keyboard and named (axe: scrollable-region-focusable), so the frame is a focusable, labelled
 * region; the label says which table scrolls.
 */
export function TableFrame({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must take focus to scroll by keyboard (WCAG 2.1.1)
    <div className="ui-table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
