import type { Key } from "react-aria-components";
import { Button, FieldError, Label, ListBox, ListBoxItem, Popover, Select as AriaSelect, SelectValue, Text } from "react-aria-components";
import type { FieldTextProps } from "./TextField.js";
import "./field.css";

/** One choice of a select or combobox. */
export interface Option {
  id: string;
  label: string;
}

/** Choose one of a few options (for many, use ComboBox, which can be typed into). */
export function Select({
  label, description, errorMessage, options, value, onChange, isRequired, placeholder = "Bitte wählen",
}: FieldTextProps & { options: readonly Option[]; value: string | null; onChange: (id: string | null) => void; isRequired?: boolean; placeholder?: string }) {
  return (
    <AriaSelect
      className="ui-field"
      selectedKey={value}
      onSelectionChange={(key: Key | null) => onChange(key === null ? null : String(key))}
      isInvalid={Boolean(errorMessage)}
      isRequired={isRequired}
      placeholder={placeholder}
    >
      <Label className="ui-field__label">{label}</Label>
      <Button className="ui-select-button">
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </Button>
      {description && <Text slot="description" className="ui-field__description">{description}</Text>}
      <FieldError className="ui-field__error">{errorMessage}</FieldError>
      <Popover className="ui-popover">
        <ListBox className="ui-listbox" items={options}>
          {(option) => <ListBoxItem className="ui-listbox-item" id={option.id}>{option.label}</ListBoxItem>}
        </ListBox>
      </Popover>
    </AriaSelect>
  );
}
