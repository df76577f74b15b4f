import { expectedParentLevel, type GoalLevel, goalLevelLabels, type GoalStatus, goalStatusLabels, validateGoalCascade, wouldCreateCycle } from "@praeventionskette/domain";
import { Notice, PageHeader, Select, TextField } from "@praeventionskette/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useMemo } from "react";
import { RecordFormFrame } from "../../forms/RecordFormFrame.js";
import { useRecordEditor } from "../../forms/use-record-editor.js";
import { useLabels } from "../../lib/labels.js";
import { useTRPC } from "../../lib/trpc.js";
import { ChoiceList } from "./ChoiceList.js";
import { useAllIndicators } from "../indicators/indicator-data.js";
import { type StoredGoal, useActors, useCascade } from "./goal-data.js";
import { formFieldOf, type GoalBase, type GoalFormValues, formValuesOf, parseGermanNumber, validateGoal } from "./goal-form-values.js";
import { useAreaTexts } from "../../lib/area-texts.js";
import { goalsDe, goalsEn } from "./texts.js";

const LEVELS: GoalLevel[] = ["guiding", "strategic", "action", "measure"];
const STATUSES: GoalStatus[] = ["planned", "inProgress", "achieved", "discontinued"];

/**
 * The form of one goal. A refused save keeps every entry and names the field at fault; a save
 * over someone else's newer version opens the conflict dialog (who, when, which fields).
 */
export function GoalForm({ stored, territoryId, start }: { stored: StoredGoal | null; territoryId: string; start: { level?: GoalLevel; parentId?: string } }) {
  const { t } = useAreaTexts("goals", goalsDe, goalsEn);
  const { label, name } = useLabels();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const editor = useRecordEditor({
    stored,
    initial: formValuesOf(stored, start),
    valuesOf: (goal: StoredGoal) => formValuesOf(goal),
    fetchLatest: (id) => queryClient.fetchQuery({ ...trpc.goal.get.queryOptions({ id }), staleTime: 0 }),
    queryKey: trpc.goal.pathKey(),
    savedToast: (saved) => ({ title: t("goals.saved"), description: saved.title }),
    fieldOf: formFieldOf,
    // A new goal's page is left only after the saved state has rendered, so the guard lets it go.
    openCreated: (goalId) => void navigate({ to: "/ziele/$goalId", params: { goalId } }),
  });
  const { record, form, isSaving: saving } = editor;
  const { values, errors, set } = form;
  const cascade = useCascade(territoryId);
  const indicators = useAllIndicators();
  const actors = useActors();
  const create = useMutation(trpc.goal.create.mutationOptions());
  const update = useMutation(trpc.goal.update.mutationOptions());

  const others = useMemo(() => (cascade.data ?? []).filter((goal) => goal.id !== record?.id), [cascade.data, record?.id]);
  const parentLevel = expectedParentLevel(values.level);
  const parentOptions = others
    .filter((goal) => goal.level === parentLevel && !(record && wouldCreateCycle(cascade.data ?? [], record.id, goal.id)))
    .map((goal) => ({ id: goal.id, label: goal.title }));

  // The cascade's checks as they would stand with this goal saved: shown while typing.
  const hints = useMemo(() => {
    const id = record?.id ?? "new-goal";
    const target = parseGermanNumber(values.targetValue);
    const candidate = {
      id,
      level: values.level,
      parentId: values.level === "guiding" ? null : values.parentId || null,
      target: target !== null && !Number.isNaN(target) && values.targetDate ? { value: target, date: values.targetDate } : null,
      indicatorIds: values.indicatorIds,
    };
    return validateGoalCascade([...others, candidate]).filter((issue) => issue.goalId === id || others.some((goal) => goal.id === issue.goalId && goal.parentId === id)).map((issue) => issue.message);
  }, [others, record?.id, values]);

  const base: GoalBase = { territoryId, lifePhaseIds: record?.lifePhaseIds ?? [], fieldOfActionIds: record?.fieldOfActionIds ?? [] };

  const save = () => {
    const checked = validateGoal(values, base);
    if (checked.errors) {
      form.setErrors(checked.errors);
      return;
    }
    void editor.save((current) => (current ? update.mutateAsync({ id: current.id, expectedVersion: current.version, data: checked.input }) : create.mutateAsync(checked.input)));
  };

  // How the conflict dialog shows each compared field: names instead of ids.
  const shown = (key: keyof GoalFormValues, form: GoalFormValues) => {
    const value = form[key];
    if (key === "parentId") return (cascade.data ?? []).find((goal) => goal.id === value)?.title ?? "";
    if (key === "indicatorIds") return form.indicatorIds.map((id) => indicators.data?.find((indicator) => indicator.id === id)?.code ?? "…").join(", ");
    if (key === "responsibleActorIds") return form.responsibleActorIds.map((id) => actors.data?.find((actor) => actor.id === id)?.name ?? "…").join(", ");
    if (key === "level") return label(goalLevelLabels, form.level);
    if (key === "status") return label(goalStatusLabels, form.status);
    return String(value);
  };
  const comparedLabels: Partial<Record<keyof GoalFormValues, string>> = {
    title: t("goals.goalTitle"), description: t("goals.description"), level: t("goals.level"), parentId: t("goals.parent"), status: t("goals.status"),
    baselineValue: t("goals.baselineValue"), baselineDate: t("goals.baselineDate"), targetValue: t("goals.targetValue"), targetDate: t("goals.targetDate"),
    indicatorIds: t("goals.indicators"), responsibleActorIds: t("goals.responsible"),
  };
  const compared = (Object.keys(comparedLabels) as (keyof GoalFormValues)[]).map((key) => ({ label: comparedLabels[key]!, of: (v: GoalFormValues) => shown(key, v) }));

  const text = (field: "title" | "description" | "baselineValue" | "baselineDate" | "targetValue" | "targetDate", fieldLabel: string, options: { multiline?: boolean; description?: string; type?: string; isRequired?: boolean; inputMode?: "decimal" } = {}) => (
    <TextField
      label={fieldLabel}
      value={values[field]}
      onChange={(value) => set(field, value)}
      errorMessage={errors[field] ?? null}
      multiline={options.multiline}
      description={options.description}
      type={options.type}
      inputMode={options.inputMode}
      isRequired={options.isRequired}
    />
  );

  const levelLabel = label(goalLevelLabels, values.level);
  return (
    <>
      <PageHeader title={record ? t("goals.editTitle", { level: levelLabel }) : t("goals.newTitle", { level: levelLabel })} lead={record?.title} />
      <RecordFormFrame
        editor={editor}
        onSubmit={save}
        isShownAtField={(path) => path !== ""}
        invalidMessage={t("goals.invalid")}
        intro={
          hints.length > 0 && (
            <Notice tone="warning">
              <strong>{t("goals.cascadeHints")}</strong>
              <ul className="goal-hints">
                {hints.map((hint) => <li key={hint}>{hint}</li>)}
              </ul>
            </Notice>
          )
        }
        saveLabel={t("goals.save")}
        savingLabel={t("goals.saving")}
        links={
          <>
            <Link to="/ziele" search={{ gebiet: territoryId }} className="ui-button">{t("goals.backToCascade")}</Link>
            {saving && <span role="status" className="muted">{t("goals.saving")}</span>}
          </>
        }
        conflictTexts="goals"
        compared={compared}
      >
        <fieldset>
          <legend>{t("goals.placement")}</legend>
          <div className="field-row">
            <Select
              label={t("goals.level")}
              isRequired
              value={values.level}
              errorMessage={errors.level ?? null}
              onChange={(level) => {
                if (!level) return;
                const next = level as GoalLevel;
                // A parent of the wrong level would only be refused: the choice starts over.
                const keepParent = others.some((goal) => goal.id === values.parentId && goal.level === expectedParentLevel(next));
                form.update((previous) => ({ ...previous, level: next, parentId: keepParent ? previous.parentId : "" }));
              }}
              options={LEVELS.map((level) => ({ id: level, label: label(goalLevelLabels, level) }))}
            />
            {parentLevel && (
              <Select
                label={t("goals.parent")}
                isRequired
                description={record ? t("goals.moveHint", { level: label(goalLevelLabels, parentLevel) }) : t("goals.parentHint", { level: label(goalLevelLabels, parentLevel) })}
                value={values.parentId || null}
                errorMessage={errors.parentId ?? null}
                onChange={(id) => set("parentId", id ?? "")}
                options={parentOptions}
              />
            )}
          </div>
          {!parentLevel && errors.parentId && <p className="ui-field__error">{errors.parentId}</p>}
          <Select label={t("goals.status")} value={values.status} errorMessage={errors.status ?? null} onChange={(status) => status && set("status", status as GoalStatus)} options={STATUSES.map((status) => ({ id: status, label: label(goalStatusLabels, status) }))} />
        </fieldset>
        <fieldset>
          <legend>{t("goals.content")}</legend>
          {text("title", t("goals.goalTitle"), { isRequired: true, description: values.level === "action" ? t("goals.smartHint") : undefined })}
          {text("description", t("goals.description"), { multiline: true })}
        </fieldset>
        <fieldset>
          <legend>{t("goals.measurement")}</legend>
          <p className="muted">{t("goals.measurementHint")}</p>
          <div className="field-row">
            {text("baselineValue", t("goals.baselineValue"), { inputMode: "decimal", description: t("goals.decimalHint") })}
            {text("baselineDate", t("goals.baselineDate"), { type: "date" })}
          </div>
          <div className="field-row">
            {text("targetValue", t("goals.targetValue"), { inputMode: "decimal", isRequired: values.level === "action" })}
            {text("targetDate", t("goals.targetDate"), { type: "date", isRequired: values.level === "action" })}
          </div>
          <ChoiceList
            legend={t("goals.indicators")}
            description={values.level === "action" ? t("goals.indicatorsRequired") : t("goals.indicatorsHint")}
            options={(indicators.data ?? []).map((indicator) => ({ id: indicator.id, label: `${indicator.code} – ${name(indicator.name)}` }))}
            value={values.indicatorIds}
            onChange={(ids) => set("indicatorIds", ids)}
            errorMessage={errors.indicatorIds}
          />
        </fieldset>
        <fieldset>
          <legend>{t("goals.responsibility")}</legend>
          <ChoiceList
            legend={t("goals.responsible")}
            description={t("goals.responsibleHint")}
            options={(actors.data ?? []).map((actor) => ({ id: actor.id, label: actor.name }))}
            value={values.responsibleActorIds}
            onChange={(ids) => set("responsibleActorIds", ids)}
            errorMessage={errors.responsibleActorIds}
            filterable
          />
        </fieldset>
      </RecordFormFrame>
    </>
  );
}
