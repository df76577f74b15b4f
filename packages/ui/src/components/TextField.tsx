import { FieldError, Input, Label, Text, TextArea, TextField as AriaTextField, type TextFieldProps as AriaTextFieldProps } from "react-aria-components";
import "./field.css";

/** What every labelled field shows besides its input. */
export interface FieldTextProps {
  label: string;
  /** A hint under the label, e.g. the expected format. */
  description?: string;
  /** The message that says what to fix; shown at the field and announced to screen readers. */
  errorMessage?: string | null;
}

/** A single-line or, with `multiline`, a multi-line text field with its label, hint and error. */
export function TextField({ label, description, errorMessage, multiline = false, ...props }: AriaTextFieldProps & FieldTextProps & { multiline?: boolean }) {
  return (
    <AriaTextField {...props} className="ui-field" isInvalid={Boolean(errorMessage) || props.isInvalid}>
      <Label className="ui-field__label">{label}</Label>
      {multiline ? <TextArea className="ui-textarea" /> : <Input className="ui-input" />}
      {description && <Text slot="description" className="ui-field__description">{description}</Text>}
      <FieldError className="ui-field__error">{errorMessage}</FieldError>
    </AriaTextField>
  );
}
