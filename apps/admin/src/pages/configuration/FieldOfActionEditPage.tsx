import type { FieldOfActionInput } from "@praeventionskette/domain";
import { Button, Notice, PageHeader, showToast, TextField } from "@praeventionskette/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useParams } from "@tanstack/react-router";
import { ConflictDialog, type FieldDifference } from "../../components/ConflictDialog.js";
import { UnsavedChangesGuard } from "../../components/UnsavedChangesGuard.js";
import { useTRPC } from "../../lib/trpc.js";
import type { FieldOfAction } from "./configuration-data.js";
import { useVersionedSave } from "./use-versioned-save.js";
import "./configuration.css";
import { useAreaTexts } from "../../lib/area-texts.js";
import { configurationDe, configurationEn } from "./texts.js";

interface FieldValues {
  nameDe: string;
  nameEn: string;
  description: string;
}

const valuesOf = (field: FieldOfAction): FieldValues => ({ nameDe: field.name.de, nameEn: field.name.en, description: field.description });

/** `/konfiguration/handlungsfelder/:id`: a youth office adapts one of its fields of action. */
export function FieldOfActionEditPage() {
  const { t } = useAreaTexts("configuration", configurationDe, configurationEn);
  const trpc = useTRPC();
  const { id } = useParams({ from: "/staff/konfiguration/handlungsfelder/$id" });
  const field = useQuery(trpc.fieldOfAction.get.queryOptions({ id }));
  if (field.isPending) return <p role="status">{t("app.loading")}</p>;
  if (field.isError) return <Notice tone="error">{field.error.data?.code === "NOT_FOUND" ? t("configuration.notFound") : field.error.message}</Notice>;
  return <FieldForm key={field.data.id} stored={field.data} />;
}

function FieldForm({ stored }: { stored: FieldOfAction }) {
  const { t } = useAreaTexts("configuration", configurationDe, configurationEn);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.fieldOfAction.update.mutationOptions());
  const form = useVersionedSave(stored, valuesOf);
  const { values, errors, record } = form;
  const set = (change: Partial<FieldValues>) => form.setValues({ ...values, ...change });

  const save = async () => {
    const data: FieldOfActionInput = {
      code: record.code,
      name: { de: values.nameDe, en: values.nameEn },
      description: values.description,
      youthOfficeId: record.youthOfficeId,
      adoptedFromId: record.adoptedFromId,
    };
    const result = await form.run(
      (current) => update.mutateAsync({ id: current.id, expectedVersion: current.version, data }),
      () => queryClient.fetchQuery({ ...trpc.fieldOfAction.get.queryOptions({ id: record.id }), staleTime: 0 }),
    );
    if (!result) return;
    queryClient.setQueryData(trpc.fieldOfAction.get.queryKey({ id: result.id }), result);
    await queryClient.invalidateQueries({ queryKey: trpc.fieldOfAction.list.queryKey() });
    showToast({ tone: "success", title: t("configuration.saved"), description: result.name.de });
  };

  const differences = (theirs: FieldOfAction): FieldDifference[] => {
    const other = valuesOf(theirs);
    const labels: Record<keyof FieldValues, string> = { nameDe: t("configuration.nameDe"), nameEn: t("configuration.nameEn"), description: t("configuration.description") };
    return (Object.keys(labels) as (keyof FieldValues)[])
      .filter((key) => values[key] !== other[key])
      .map((key) => ({ label: labels[key], mine: values[key], theirs: other[key] }));
  };

  const generalError = errors[""] ?? errors.code ?? errors.youthOfficeId;
  return (
    <>
      <p className="back-link">
        <Link to="/konfiguration" search={{ jugendamt: record.youthOfficeId ?? undefined }}>{t("configuration.back")}</Link>
      </p>
      <PageHeader title={t("configuration.editFieldTitle")} lead={record.name.de} />
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
          <TextField label={t("configuration.nameDe")} isRequired validationBehavior="aria" value={values.nameDe} onChange={(nameDe) => set({ nameDe })} errorMessage={errors["name.de"] ?? errors.name ?? null} />
          <TextField label={t("configuration.nameEn")} isRequired validationBehavior="aria" value={values.nameEn} onChange={(nameEn) => set({ nameEn })} errorMessage={errors["name.en"] ?? null} />
        </div>
        <TextField label={t("configuration.description")} multiline value={values.description} onChange={(description) => set({ description })} errorMessage={errors.description ?? null} />
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
