import { Checkbox } from "@praeventionskette/ui";
import { useId } from "react";

/** Several of a few options, as labelled checkboxes in a group that names what is chosen. */
export function ChoiceGroup({
  label, options, selected, onChange, errorMessage, description, long = false,
}: {
  label: string;
  options: readonly { id: string; label: string }[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  errorMessage?: string | null;
  description?: string;
  /** Many options: shown in a box of their own that scrolls, so the form stays short. */
  long?: boolean;
}) {
  const id = useId();
  const describedBy = [description ? `${id}-hint` : null, errorMessage ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div role="group" aria-labelledby={`${id}-label`} aria-describedby={describedBy} className="choice-group">
      <span id={`${id}-label`} className="ui-field__label">{label}</span>
      {description && <p id={`${id}-hint`} className="ui-field__description">{description}</p>}
      <div className={long ? "choice-group__items choice-group__items--long" : "choice-group__items"}>
        {options.map((option) => (
          <Checkbox
            key={option.id}
            isSelected={selected.includes(option.id)}
            // Keeps the options' order, so the saved list does not depend on the order of the clicks.
            onChange={(isSelected) => onChange(options.filter((o) => (o.id === option.id ? isSelected : selected.includes(o.id))).map((o) => o.id).concat(selected.filter((s) => !options.some((o) => o.id === s))))}
          >
            {option.label}
          </Checkbox>
        ))}
      </div>
      {errorMessage && <p id={`${id}-error`} className="ui-field__error">{errorMessage}</p>}
    </div>
  );
}
