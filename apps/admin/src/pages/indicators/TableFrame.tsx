import type { ReactNode } from "react";
// The table styles come with DataTable; a page with only hand-made tables (the import) needs them too.
import "@praeventionskette/ui/table.css";
import "./indicators.css";

/**
 * The frame of a wide table: it scrolls sideways on a phone, so it is a named region that takes
 * focus, for scrolling by keyboard.
 */
export function TableFrame({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must take focus to scroll by keyboard (WCAG 2.1.1)
    <div className="ui-table-wrap table-frame" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
