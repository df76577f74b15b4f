import { useEffect, useRef, useState } from "react";
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
 *
 * The list itself scrolls inside its popover (not the popover): React Aria scrolls the focused
 * option into view in the list first; when the popover scrolled instead, it centred the list in
 * the window, and that scroll of the page closed the list again (on phones, where the full list
 * is taller than its popover). While the list is open, what React Aria hides from screen readers
 * is also made inert, so that nothing hidden can take the focus (axe: aria-hidden-focus).
 */
export function ComboBox({
  label, description, errorMessage, options, value, onChange, isRequired,
}: FieldTextProps & { options: readonly Option[]; value: string | null; onChange: (id: string | null) => void; isRequired?: boolean }) {
  const [isOpen, setOpen] = useState(false);
  const hiddenBefore = useRef<ReadonlySet<Element>>(new Set());
  useEffect(() => (isOpen ? inertWhileHidden(hiddenBefore.current) : undefined), [isOpen]);
  return (
    <AriaComboBox
      className="ui-field"
      onOpenChange={(open) => {
        // Called before React Aria hides the page, so what is hidden now was hidden before.
        if (open) hiddenBefore.current = new Set(document.querySelectorAll('[aria-hidden="true"]'));
        setOpen(open);
      }}
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
      <Popover className="ui-popover ui-combobox-popover">
        <ListBox className="ui-listbox ui-combobox-listbox">
          {(option: Option) => <ListBoxItem className="ui-listbox-item" id={option.id}>{option.label}</ListBoxItem>}
        </ListBox>
      </Popover>
    </AriaComboBox>
  );
}

/**
 * Makes inert what React Aria hid from screen readers when the list opened (all but the field
 * and its list), until the returned function is called on closing. A click outside then closes
 * the list (the field loses the focus) instead of activating what it hit.
 */
function inertWhileHidden(hiddenBefore: ReadonlySet<Element>): () => void {
  const madeInert = [...document.querySelectorAll<HTMLElement>('[aria-hidden="true"]')].filter((element) => !hiddenBefore.has(element) && !element.inert);
  for (const element of madeInert) element.inert = true;
  return () => {
    for (const element of madeInert) element.inert = false;
  };
}
