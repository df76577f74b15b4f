import type { LifePhaseInput } from "@praeventionskette/domain";
import { Button, Notice, PageHeader, showToast, TextField } from "@praeventionskette/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useParams } from "@tanstack/react-router";
import { ConflictDialog, type FieldDifference } from "../../components/ConflictDialog.js";
import { UnsavedChangesGuard } from "../../components/UnsavedChangesGuard.js";
import { useTRPC } from "../../lib/trpc.js";
import type { LifePhase } from "./configuration-data.js";
import { useVersionedSave } from "./use-versioned-save.js";
import "./configuration.css";
import { useAreaTexts } from "../../lib/area-texts.js";
import { configurationDe, configurationEn } from "./texts.js";

/** The form's values: numbers stay text while typed, so that nothing typed is lost. */
interface PhaseValues {
  nameDe: string;
  nameEn: string;
  description: string;
  minAgeMonths: string;
  maxAgeMonths: string;
  order: string;
}

const valuesOf = (phase: LifePhase): PhaseValues => ({
  nameDe: phase.name.de,
  nameEn: phase.name.en,
  description: phase.description,
  minAgeMonths: String(phase.minAgeMonths),
  maxAgeMonths: String(phase.maxAgeMonths),
  order: String(phase.order),
});

/** A whole number as typed (also with the typographic minus), or null. */
function wholeNumber(text: string): number | null {
  const normalised = text.trim().replace("−", "-");
  return /^-?\d+$/.test(normalised) ? Number(normalised) : null;
}

/** `/konfiguration/lebensphasen/:id`: a youth office adapts one of its life phases. */
export function LifePhaseEditPage() {
  const { t } = useAreaTexts("configuration", configurationDe, configurationEn);
  const trpc = useTRPC();
  const { id } = useParams({ from: "/staff/konfiguration/lebensphasen/$id" });
  const phase = useQuery(trpc.lifePhase.get.queryOptions({ id }));
  if (phase.isPending) return <p role="status">{t("app.loading")}</p>;
  if (phase.isError) return <Notice tone="error">{phase.error.data?.code === "NOT_FOUND" ? t("configuration.notFound") : phase.error.message}</Notice>;
  return <PhaseForm key={phase.data.id} stored={phase.data} />;
}

function PhaseForm({ stored }: { stored: LifePhase }) {
  const { t } = useAreaTexts("configuration", configurationDe, configurationEn);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.lifePhase.update.mutationOptions());
  const form = useVersionedSave(stored, valuesOf);
  const { values, errors, record } = form;
  const set = (change: Partial<PhaseValues>) => form.setValues({ ...values, ...change });

  const save = async () => {
    const numbers = { minAgeMonths: wholeNumber(values.minAgeMonths), maxAgeMonths: wholeNumber(values.maxAgeMonths), order: wholeNumber(values.order) };
    const notNumbers = Object.entries(numbers).filter(([, value]) => value === null);
    if (notNumbers.length > 0) {
      form.setErrors(Object.fromEntries(notNumbers.map(([field]) => [field, t("configuration.notANumber")])));
      return;
    }
    const data: LifePhaseInput = {
      code: record.code,
      name: { de: values.nameDe, en: values.nameEn },
      description: values.description,
      minAgeMonths: numbers.minAgeMonths ?? 0,
      maxAgeMonths: numbers.maxAgeMonths ?? 0,
      order: numbers.order ?? 0,
      youthOfficeId: record.youthOfficeId,
      adoptedFromId: record.adoptedFromId,
    };
    const result = await form.run(
      (current) => update.mutateAsync({ id: current.id, expectedVersion: current.version, data }),
      () => queryClient.fetchQuery({ ...trpc.lifePhase.get.queryOptions({ id: record.id }), staleTime: 0 }),
    );
    if (!result) return;
    queryClient.setQueryData(trpc.lifePhase.get.queryKey({ id: result.id }), result);
    await queryClient.invalidateQueries({ queryKey: trpc.lifePhase.list.queryKey() });
    showToast({ tone: "success", title: t("configuration.saved"), description: result.name.de });
  };

  const differences = (theirs: LifePhase): FieldDifference[] => {
    const other = valuesOf(theirs);
    const labels: Record<keyof PhaseValues, string> = {
      nameDe: t("configuration.nameDe"),
      nameEn: t("configuration.nameEn"),
      description: t("configuration.description"),
      minAgeMonths: t("configuration.minAge"),
      maxAgeMonths: t("configuration.maxAge"),
      order: t("configuration.order"),
    };
    return (Object.keys(labels) as (keyof PhaseValues)[])
      .filter((field) => values[field] !== other[field])
      .map((field) => ({ label: labels[field], mine: values[field], theirs: other[field] }));
  };

  // The API reports the name's languages as `name.de`/`name.en`.
  const nameError = (language: "de" | "en") => errors[`name.${language}`] ?? (language === "de" ? errors.name : undefined) ?? null;
  const generalError = errors[""] ?? errors.code ?? errors.youthOfficeId;
  return (
    <>
      <p className="back-link">
        <Link to="/konfiguration" search={{ jugendamt: record.youthOfficeId ?? undefined }}>{t("configuration.back")}</Link>
      </p>
      <PageHeader title={t("configuration.editPhaseTitle")} lead={record.name.de} />
      {record.youthOfficeId === null && <Notice>{t("configuration.readOnlyDefault")}</Notice>}
      {Object.keys(errors).length > 0 && <Notice tone="error">{generalError ?? t("configuration.invalid")}</Notice>}
      <form
        className="edit-form config-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="field-row">
          <TextField label={t("configuration.nameDe")} isRequired validationBehavior="aria" value={values.nameDe} onChange={(nameDe) => set({ nameDe })} errorMessage={nameError("de")} />
          <TextField label={t("configuration.nameEn")} isRequired validationBehavior="aria" value={values.nameEn} onChange={(nameEn) => set({ nameEn })} errorMessage={nameError("en")} />
        </div>
        <TextField label={t("configuration.description")} multiline value={values.description} onChange={(description) => set({ description })} errorMessage={errors.description ?? null} />
        <div className="field-row">
          <TextField
            label={t("configuration.minAge")}
            description={t("configuration.minAgeHint")}
            inputMode="numeric"
            isRequired validationBehavior="aria"
            value={values.minAgeMonths}
            onChange={(minAgeMonths) => set({ minAgeMonths })}
            errorMessage={errors.minAgeMonths ?? null}
          />
          <TextField
            label={t("configuration.maxAge")}
            description={t("configuration.maxAgeHint")}
            inputMode="numeric"
            isRequired validationBehavior="aria"
            value={values.maxAgeMonths}
            onChange={(maxAgeMonths) => set({ maxAgeMonths })}
            errorMessage={errors.maxAgeMonths ?? null}
          />
        </div>
        <TextField label={t("configuration.order")} inputMode="numeric" value={values.order} onChange={(order) => set({ order })} errorMessage={errors.order ?? null} />
        <div className="form-actions">
          <Button type="submit" variant="primary" isDisabled={update.isPending}>{update.isPending ? t("configuration.saving") : t("configuration.save")}</Button>
        </div>
      </form>
      <UnsavedChangesGuard when={form.isDirty && !update.isPending} />
      {form.conflict && (
        <ConflictDialog
          isOpen
          texts="configuration"
          changedBy={form.conflict.updatedBy}
          changedAt={form.conflict.updatedAt}
          differences={differences(form.conflict)}
          onReload={form.reload}
          onKeep={form.keep}
        />
      )}
    </>
  );
}
