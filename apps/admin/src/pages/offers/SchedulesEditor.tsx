import { scheduleFrequencyLabels, type ScheduleFrequency, type Weekday, weekdayLabels } from "@praeventionskette/domain";
import { Button, Select, TextField } from "@praeventionskette/ui";
import { useOfferTexts } from "./use-offer-texts.js";
import { useLabels } from "../../lib/labels.js";
import { ChoiceGroup } from "./ChoiceGroup.js";
import { EMPTY_SCHEDULE, type ScheduleFormValues } from "./offer-form-values.js";

const WEEKDAYS = Object.keys(weekdayLabels) as Weekday[];

/** The recurring times of an offer (HSDS schedules): rhythm, weekdays, start and end, a note. */
export function SchedulesEditor({ schedules, onChange, errors }: { schedules: ScheduleFormValues[]; onChange: (schedules: ScheduleFormValues[]) => void; errors: Record<string, string> }) {
  const { t } = useOfferTexts();
  const { label } = useLabels();
  const update = (index: number, patch: Partial<ScheduleFormValues>) => onChange(schedules.map((schedule, at) => (at === index ? { ...schedule, ...patch } : schedule)));
  return (
    <>
      {schedules.length === 0 && <p className="muted">{t("offerArea.noSchedules")}</p>}
      {schedules.map((schedule, index) => {
        const number = index + 1;
        const error = (field: keyof ScheduleFormValues) => errors[`schedules.${index}.${field}`] ?? null;
        return (
          <fieldset key={index} className="repeat-group">
            <legend>{t("offerArea.schedule", { number })}</legend>
            <Select
              label={t("offerArea.frequency")}
              value={schedule.freq}
              onChange={(value) => value && update(index, { freq: value as ScheduleFrequency })}
              errorMessage={error("freq")}
              options={(Object.keys(scheduleFrequencyLabels) as ScheduleFrequency[]).map((freq) => ({ id: freq, label: label(scheduleFrequencyLabels, freq) }))}
            />
            <ChoiceGroup
              label={t("offerArea.weekdays")}
              options={WEEKDAYS.map((day) => ({ id: day, label: label(weekdayLabels, day) }))}
              selected={schedule.byDay}
              onChange={(byDay) => update(index, { byDay: byDay as Weekday[] })}
              errorMessage={error("byDay")}
            />
            <div className="field-row">
              <TextField label={t("offerArea.opensAt")} value={schedule.opensAt} onChange={(value) => update(index, { opensAt: value })} errorMessage={error("opensAt")} />
              <TextField label={t("offerArea.closesAt")} value={schedule.closesAt} onChange={(value) => update(index, { closesAt: value })} errorMessage={error("closesAt")} />
            </div>
            <TextField label={t("offerArea.scheduleNote")} value={schedule.description} onChange={(value) => update(index, { description: value })} errorMessage={error("description")} />
            <div className="repeat-group__actions">
              <Button variant="quiet" onPress={() => onChange(schedules.filter((_, at) => at !== index))}>{t("offerArea.removeSchedule", { number })}</Button>
            </div>
          </fieldset>
        );
      })}
      <Button onPress={() => onChange([...schedules, EMPTY_SCHEDULE])}>{t("offerArea.addSchedule")}</Button>
    </>
  );
}
