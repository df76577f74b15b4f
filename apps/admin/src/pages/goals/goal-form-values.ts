import { type GoalInput, GoalInputSchema, type GoalLevel, type GoalStatus, type GoalValue } from "@praeventionskette/domain";

/** What the goal form holds: numbers and dates as typed, so that nothing typed is lost on a refused save. */
export interface GoalFormValues {
  level: GoalLevel;
  parentId: string;
  title: string;
  description: string;
  status: GoalStatus;
  responsibleActorIds: string[];
  indicatorIds: string[];
  baselineValue: string;
  baselineDate: string;
  targetValue: string;
  targetDate: string;
}

/** A form field, or `""` for a message about the goal as a whole. */
export type GoalFormField = keyof GoalFormValues | "";

/** Error messages by form field. */
export type GoalFormErrors = Partial<Record<GoalFormField, string>>;

const decimal = (value: number) => new Intl.NumberFormat("de-DE", { useGrouping: false, maximumFractionDigits: 6 }).format(value);

/** The form's values for a stored goal, or for a new one at a level below a parent. */
export function formValuesOf(goal: GoalInput | null, start: { level?: GoalLevel; parentId?: string } = {}): GoalFormValues {
  return {
    level: goal?.level ?? start.level ?? "guiding",
    parentId: goal?.parentId ?? start.parentId ?? "",
    title: goal?.title ?? "",
    description: goal?.description ?? "",
    status: goal?.status ?? "planned",
    responsibleActorIds: goal?.responsibleActorIds ?? [],
    indicatorIds: goal?.indicatorIds ?? [],
    baselineValue: goal?.baseline ? decimal(goal.baseline.value) : "",
    baselineDate: goal?.baseline?.date ?? "",
    targetValue: goal?.target ? decimal(goal.target.value) : "",
    targetDate: goal?.target?.date ?? "",
  };
}

/**
 * A number as German staff type it: decimal comma (or point), thousands points allowed when a
 * comma follows ("1.050,5"). `null` for an empty field, `NaN` for anything else.
 *
 * @example
 * parseGermanNumber("39,3"); // 39.3
 */
export function parseGermanNumber(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, "");
  if (trimmed === "") return null;
  const normalised = trimmed.includes(",") ? trimmed.replace(/\./g, "").replace(",", ".") : trimmed;
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}

/** A baseline or target from its two fields; the messages name the field to fix. */
function valueAt(kind: "baseline" | "target", valueText: string, date: string, errors: GoalFormErrors): GoalValue | null {
  const valueField = kind === "baseline" ? "baselineValue" : "targetValue";
  const dateField = kind === "baseline" ? "baselineDate" : "targetDate";
  const what = kind === "baseline" ? "Ausgangswert" : "Zielwert";
  const value = parseGermanNumber(valueText);
  if (value === null && date === "") return null;
  if (Number.isNaN(value)) errors[valueField] = `„${valueText}“ ist keine Zahl. Bitte mit Komma schreiben, z. B. 39,3.`;
  else if (value === null) errors[valueField] = `Bitte den ${what} angeben oder auch das Datum leeren.`;
  if (date === "") errors[dateField] = `Bitte das Datum zum ${what} angeben oder auch den Wert leeren.`;
  return value === null || Number.isNaN(value) || date === "" ? null : { value, date };
}

/** The form field an API or schema issue path belongs to (`target.date` → `targetDate`). */
export function formFieldOf(path: string): GoalFormField {
  const [head, tail] = path.split(".");
  if (head === "baseline") return tail === "date" ? "baselineDate" : "baselineValue";
  if (head === "target") return tail === "date" ? "targetDate" : "targetValue";
  const fields: readonly string[] = ["level", "parentId", "title", "description", "status", "responsibleActorIds", "indicatorIds"];
  return head && fields.includes(head) ? (head as GoalFormField) : "";
}

/** What a save keeps from the stored goal: its territory and the axes this form does not edit. */
export type GoalBase = Pick<GoalInput, "territoryId" | "lifePhaseIds" | "fieldOfActionIds">;

/**
 * Checks the form with the domain's goal schema, as the API will: either the input to send or
 * German messages by field.
 */
export function validateGoal(values: GoalFormValues, kept: GoalBase): { input: GoalInput; errors: null } | { input: null; errors: GoalFormErrors } {
  const errors: GoalFormErrors = {};
  const baseline = valueAt("baseline", values.baselineValue, values.baselineDate, errors);
  const target = valueAt("target", values.targetValue, values.targetDate, errors);
  const checked = GoalInputSchema.safeParse({
    territoryId: kept.territoryId,
    level: values.level,
    parentId: values.level === "guiding" ? null : values.parentId || null,
    title: values.title,
    description: values.description,
    responsibleActorIds: values.responsibleActorIds,
    indicatorIds: values.indicatorIds,
    baseline,
    target,
    status: values.status,
    lifePhaseIds: kept.lifePhaseIds,
    fieldOfActionIds: kept.fieldOfActionIds,
  });
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = formFieldOf(issue.path.join("."));
      // A half-filled baseline or target has its own, more precise message already.
      if ((field === "targetValue" || field === "targetDate") && (errors.targetValue || errors.targetDate)) continue;
      errors[field] ??= issue.message;
    }
  }
  if (Object.keys(errors).length > 0 || !checked.success) return { input: null, errors };
  return { input: checked.data, errors: null };
}
