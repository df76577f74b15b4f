import { Button, ComboBox, type Option, Select } from "@praeventionskette/ui";
import { useId } from "react";

/**
 * Several records of one kind for an offer (its territories, its fields of action), each chosen
 * in a picker of its own, in the order given: the first is the main one. A row can be added and
 * removed; an option chosen in one row is not offered again in another.
 */
export function ChosenIdsEditor({
  label, itemLabel, description, ids, options, onChange, errorMessage, addLabel, removeLabel, picker,
}: {
  /** What the whole list is (`Gebiete`). */
  label: string;
  /** The label of the picker at this position (`Gebiet 2`). */
  itemLabel: (position: number) => string;
  description?: string;
  ids: readonly string[];
  options: readonly Option[];
  onChange: (ids: string[]) => void;
  errorMessage?: string | null;
  addLabel: string;
  /** The remove button's text for the picker at this position (`Gebiet 2 entfernen`). */
  removeLabel: (position: number) => string;
  /** `combobox` for long lists that are searched by typing, `select` for a few options. */
  picker: "combobox" | "select";
}) {
  const id = useId();
  const Picker = picker === "combobox" ? ComboBox : Select;
  const change = (index: number, value: string) => onChange(ids.map((other, i) => (i === index ? value : other)));
  return (
    <fieldset className="chosen-ids" aria-describedby={description ? `${id}-hint` : undefined}>
      <legend className="ui-field__label">{label}</legend>
      {description && <p id={`${id}-hint`} className="ui-field__description">{description}</p>}
      <ol className="chosen-ids__items">
        {ids.map((chosen, index) => (
          // By position: a row keeps its picker (and the focus in it) while its choice changes.
          <li key={index} className="chosen-ids__item">
            <Picker
              label={itemLabel(index + 1)}
              isRequired={index === 0}
              value={chosen || null}
              onChange={(value) => change(index, value ?? "")}
              // The list's message (none chosen, one unknown) shows at its first picker.
              errorMessage={index === 0 ? (errorMessage ?? null) : null}
              options={options.filter((option) => option.id === chosen || !ids.includes(option.id))}
            />
            {ids.length > 1 && <Button variant="quiet" onPress={() => onChange(ids.filter((_, i) => i !== index))}>{removeLabel(index + 1)}</Button>}
          </li>
        ))}
      </ol>
      <Button onPress={() => onChange([...ids, ""])}>{addLabel}</Button>
    </fieldset>
  );
}
