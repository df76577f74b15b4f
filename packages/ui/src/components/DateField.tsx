import { parseDate } from "@internationalized/date";
import { DateField as AriaDateField, DateInput, DateSegment, FieldError, Label, Text } from "react-aria-components";
import type { FieldTextProps } from "./TextField.js";
import "./field.css";

/**
 * A date typed segment by segment (TT.MM.JJJJ in German), with the value as the ISO date the
 * domain uses (`2026-11-29`) or `null` while empty or incomplete.
 */
export function DateField({
  label, description, errorMessage, value, onChange, isRequired,
}: FieldTextProps & { value: string | null; onChange: (isoDate: string | null) => void; isRequired?: boolean }) {
  return (
    <AriaDateField
      className="ui-field"
      value={value ? parseDate(value) : null}
      onChange={(date) => onChange(date ? date.toString() : null)}
      isInvalid={Boolean(errorMessage)}
      isRequired={isRequired}
      granularity="day"
    >
      <Label className="ui-field__label">{label}</Label>
      <DateInput className="ui-datefield">{(segment) => <DateSegment className="ui-datefield__segment" segment={segment} />}</DateInput>
      {description && <Text slot="description" className="ui-field__description">{description}</Text>}
      <FieldError className="ui-field__error">{errorMessage}</FieldError>
    </AriaDateField>
  );
}
