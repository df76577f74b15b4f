import type { ReactNode } from "react";
import { Checkbox as AriaCheckbox, type CheckboxProps } from "react-aria-components";
import "./field.css";

/** A checkbox with its label beside it. */
export function Checkbox({ children, ...props }: CheckboxProps & { children: ReactNode }) {
  return (
    <AriaCheckbox {...props} className="ui-checkbox">
      {({ isSelected }) => (
        <>
          <span className="ui-checkbox__box" aria-hidden="true">{isSelected ? "✓" : ""}</span>
          {children}
        </>
      )}
    </AriaCheckbox>
  );
}
