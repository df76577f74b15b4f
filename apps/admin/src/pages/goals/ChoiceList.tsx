import { Checkbox } from "@praeventionskette/ui";
import { useId, useState } from "react";
import { useAreaTexts } from "../../lib/area-texts.js";
import { goalsDe, goalsEn } from "./texts.js";

/**
 * Several of many options as checkboxes in a group with its legend, a filter for long lists and
 * the message of a refused save; the chosen ones stay listed first so they are seen at once.
 */
export function ChoiceList({
  legend, description, options, value, onChange, errorMessage, filterable = false,
}: {
  legend: string; description?: string; options: readonly { id: string; label: string }[]; value: readonly string[]; onChange: (ids: string[]) => void; errorMessage?: string; filterable?: boolean;
}) {
  const { t } = useAreaTexts("goals", goalsDe, goalsEn);
  const id = useId();
  const [filter, setFilter] = useState("");
  const needle = filter.trim().toLocaleLowerCase("de");
  const shown = options.filter((option) => value.includes(option.id) || needle === "" || option.label.toLocaleLowerCase("de").includes(needle));
  const ordered = [...shown.filter((option) => value.includes(option.id)), ...shown.filter((option) => !value.includes(option.id))];
  return (
    <fieldset className="choice-list" aria-describedby={[description ? `${id}-description` : "", errorMessage ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined}>
      <legend>{legend}</legend>
      {description && <p id={`${id}-description`} className="ui-field__description">{description}</p>}
      {filterable && (
        <div className="choice-list__filter">
          <label htmlFor={`${id}-filter`}>{t("goals.filterChoices")}</label>
          <input id={`${id}-filter`} className="ui-input" type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
        </div>
      )}
      <div className="choice-list__options">
        {ordered.map((option) => (
          <Checkbox key={option.id} isSelected={value.includes(option.id)} onChange={(selected) => onChange(selected ? [...value, option.id] : value.filter((chosen) => chosen !== option.id))}>
            {option.label}
          </Checkbox>
        ))}
        {ordered.length === 0 && <p className="muted">{t("goals.noChoices")}</p>}
      </div>
      {errorMessage && <p id={`${id}-error`} className="ui-field__error">{errorMessage}</p>}
    </fieldset>
  );
}
