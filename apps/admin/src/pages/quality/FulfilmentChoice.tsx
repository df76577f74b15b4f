import { type Fulfilment, fulfilmentLabels, FulfilmentSchema } from "@praeventionskette/domain";
import { TextField } from "@praeventionskette/ui";
import { useId } from "react";
import { useLabels } from "../../lib/labels.js";
import { useAreaTexts } from "../../lib/area-texts.js";
import { qualityDe, qualityEn } from "./texts.js";

/**
 * One item of the checklist: how far it is in place (four radio buttons in a group named by the
 * item) and a note on why or what is missing.
 */
export function FulfilmentChoice({ title, value, note, onChange, onNoteChange, errorMessage, isDisabled }: {
  title: string;
  value: Fulfilment;
  note: string;
  onChange: (value: Fulfilment) => void;
  onNoteChange: (note: string) => void;
  errorMessage: string | null;
  isDisabled: boolean;
}) {
  const { t } = useAreaTexts("quality", qualityDe, qualityEn);
  const { label } = useLabels();
  const name = useId();
  return (
    <fieldset className="repeat-group fulfilment">
      <legend>{title}</legend>
      <div className="fulfilment__options">
        {FulfilmentSchema.options.map((option) => (
          <label key={option} className="fulfilment__option">
            <input type="radio" name={name} value={option} checked={value === option} disabled={isDisabled} onChange={() => onChange(option)} />
            {label(fulfilmentLabels, option)}
          </label>
        ))}
      </div>
      <TextField label={t("quality.form.note")} value={note} onChange={onNoteChange} errorMessage={errorMessage} isDisabled={isDisabled} />
    </fieldset>
  );
}
