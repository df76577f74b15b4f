import type { Key } from "react-aria-components";
import { Button, ComboBox as AriaComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover, Text } from "react-aria-components";
import type { Option } from "./Select.js";
import type { FieldTextProps } from "./TextField.js";
import "./field.css";

/**
 * Choose one of many options by typing part of its name (towns, providers, indicators). The list
 * opens on typing, the arrow keys or the button, not on mere focus (React Aria's default), so
 * tabbing through a form does not cover the page. The options may change at any time (they
 * often arrive after the field is shown): React Aria rebuilds its collection from `defaultItems`
 * on every change and shows the chosen option's name once it is there.
 */
export function ComboBox({
  label, description, errorMessage, options, value, onChange, isRequired,
}: FieldTextProps & { options: readonly Option[]; value: string | null; onChange: (id: string | null) => void; isRequired?: boolean }) {
  return (
    <AriaComboBox
      className="ui-field"
      defaultItems={options}
      selectedKey={value}
      onSelectionChange={(key: Key | null) => onChange(key === null ? null : String(key))}
      isInvalid={Boolean(errorMessage)}
      isRequired={isRequired}
    >
      <Label className="ui-field__label">{label}</Label>
      <div className="ui-combobox">
        <Input className="ui-combobox-input" />
        <Button className="ui-button ui-button--quiet" aria-label="Vorschläge zeigen">▾</Button>
      </div>
      {description && <Text slot="description" className="ui-field__description">{description}</Text>}
      <FieldError className="ui-field__error">{errorMessage}</FieldError>
      <Popover className="ui-popover">
        <ListBox className="ui-listbox">
          {(option: Option) => <ListBoxItem className="ui-listbox-item" id={option.id}>{option.label}</ListBoxItem>}
        </ListBox>
      </Popover>
    </AriaComboBox>
  );
}
