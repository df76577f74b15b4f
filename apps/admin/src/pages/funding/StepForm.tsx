import { Button, DateField, TextField } from "@praeventionskette/ui";
import { type ReactNode, useId, useState } from "react";
import { UnsavedChangesGuard } from "../../components/UnsavedChangesGuard.js";
import { centsOf } from "../../forms/money.js";
import { saveFailure } from "../../forms/save-failure.js";

export { today } from "../../forms/field-text.js";
import { MoneyField } from "./MoneyField.js";
import { useAreaTexts } from "../../lib/area-texts.js";
import { fundingDe, fundingEn } from "./texts.js";

/** One field of a lifecycle step; `name` is the step input's field, so the API's messages land here. */
export interface StepField {
  name: string;
  label: string;
  kind: "date" | "money" | "text" | "multiline";
  isRequired?: boolean;
  description?: string;
}

/** What a step form hands over: dates as ISO text, amounts in cents, empty optional fields as null. */
export type StepValues = Record<string, string | number | null>;

/**
 * A small form for one step of an application's lifecycle (submit, notice, spending, …). It
 * converts euro amounts to cents, shows the API's refusal at the field and keeps what was
 * typed; a conflict goes to `onConflict`.
 */
export function StepForm({ title, fields, initial, submitLabel, run, onConflict, children }: {
  title: string;
  fields: readonly StepField[];
  initial: Record<string, string | null>;
  submitLabel: string;
  run: (values: StepValues) => Promise<unknown>;
  onConflict: () => void;
  children?: (values: Record<string, string | null>) => ReactNode;
}) {
  const { t } = useAreaTexts("funding", fundingDe, fundingEn);
  const headingId = useId();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const isDirty = JSON.stringify(values) !== JSON.stringify(initial);

  const submit = async () => {
    const converted: StepValues = {};
    const local: Record<string, string> = {};
    for (const field of fields) {
      const value = values[field.name] ?? null;
      const empty = value === null || value.trim() === "";
      if (empty) converted[field.name] = null;
      else if (field.kind === "money") {
        const cents = centsOf(value);
        if (Number.isNaN(cents)) local[field.name] = t("funding.moneyInvalid");
        converted[field.name] = cents;
      } else converted[field.name] = value.trim();
      if (empty && field.isRequired) local[field.name] = field.kind === "date" ? t("funding.dateRequired") : t("funding.required");
    }
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      await run(converted);
    } catch (error) {
      const failure = saveFailure(error);
      if (failure.conflict) onConflict();
      else setErrors(failure.errors ?? {});
    } finally {
      setBusy(false);
    }
  };
  const general = Object.entries(errors).filter(([path]) => !fields.some((field) => field.name === path)).map(([, message]) => message);

  return (
    <form
      className="step-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3 id={headingId}>{title}</h3>
      {general.length > 0 && <p className="ui-field__error" role="alert">{general.join(" ")}</p>}
      <div className="field-row">
        {fields.map((field) => {
          const common = { label: field.label, description: field.description, isRequired: field.isRequired, errorMessage: errors[field.name] ?? null };
          const value = values[field.name] ?? "";
          const change = (next: string | null) => setValues((previous) => ({ ...previous, [field.name]: next }));
          if (field.kind === "date") return <DateField key={field.name} {...common} value={values[field.name] ?? null} onChange={change} />;
          if (field.kind === "money") return <MoneyField key={field.name} {...common} value={value} onChange={change} />;
          return <TextField key={field.name} {...common} multiline={field.kind === "multiline"} value={value} onChange={change} />;
        })}
      </div>
      {children?.(values)}
      <Button type="submit" variant="primary" isDisabled={busy}>{busy ? t("funding.saving") : submitLabel}</Button>
      <UnsavedChangesGuard when={isDirty && !busy} />
    </form>
  );
}
