import type { ReactNode } from "react";
import "@praeventionskette/ui/table.css";
import "./table-scroll.css";

/**
 * A table that scrolls sideways on its own on narrow screens instead of widening the page; a
 * labelled region that takes the keyboard focus, so the hidden part can be scrolled by keys too.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must take focus to scroll by keyboard (WCAG 2.1.1)
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
