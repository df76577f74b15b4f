import type { FieldOfActionInput } from "@praeventionskette/domain";
import { Notice, PageHeader, TextField } from "@praeventionskette/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useParams } from "@tanstack/react-router";
import { loadState } from "../../forms/load-state.js";
import { RecordFormFrame } from "../../forms/RecordFormFrame.js";
import { useRecordEditor } from "../../forms/use-record-editor.js";
import { useTRPC } from "../../lib/trpc.js";
import type { FieldOfAction } from "./configuration-data.js";
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
  return loadState({ loading: t("app.loading"), notFound: t("configuration.notFound") }, field) ?? <FieldForm key={field.data!.id} stored={field.data!} />;
}

function FieldForm({ stored }: { stored: FieldOfAction }) {
  const { t } = useAreaTexts("configuration", configurationDe, configurationEn);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.fieldOfAction.update.mutationOptions());
  const editor = useRecordEditor({
    stored,
    initial: valuesOf(stored),
    valuesOf,
    fetchLatest: (id) => queryClient.fetchQuery({ ...trpc.fieldOfAction.get.queryOptions({ id }), staleTime: 0 }),
    queryKey: trpc.fieldOfAction.pathKey(),
    savedToast: (saved) => ({ title: t("configuration.saved"), description: saved.name.de }),
  });
  const { form } = editor;
  // An existing record's form: the editor's record is never null here.
  const record = editor.record ?? stored;
  const { values, errors } = form;
  const set = (change: Partial<FieldValues>) => form.update((previous) => ({ ...previous, ...change }));

  const save = () => {
    const data: FieldOfActionInput = {
      code: record.code,
      name: { de: values.nameDe, en: values.nameEn },
      description: values.description,
      youthOfficeId: record.youthOfficeId,
      adoptedFromId: record.adoptedFromId,
    };
    void editor.save(() => update.mutateAsync({ id: record.id, expectedVersion: record.version, data }));
  };

  return (
    <>
      <p className="back-link">
        <Link to="/konfiguration" search={{ jugendamt: record.youthOfficeId ?? undefined }}>{t("configuration.back")}</Link>
      </p>
      <PageHeader title={t("configuration.editFieldTitle")} lead={record.name.de} />
      {record.youthOfficeId === null && <Notice>{t("configuration.readOnlyDefault")}</Notice>}
      <RecordFormFrame
        editor={editor}
        onSubmit={save}
        isShownAtField={(path) => ["name", "name.de", "name.en", "description"].includes(path)}
        saveLabel={t("configuration.save")}
        savingLabel={t("configuration.saving")}
        conflictTexts="configuration"
        compared={[
          { label: t("configuration.nameDe"), of: (v) => v.nameDe },
          { label: t("configuration.nameEn"), of: (v) => v.nameEn },
          { label: t("configuration.description"), of: (v) => v.description },
        ]}
        className="edit-form config-form"
      >
        <div className="field-row">
          <TextField label={t("configuration.nameDe")} isRequired validationBehavior="aria" value={values.nameDe} onChange={(nameDe) => set({ nameDe })} errorMessage={errors["name.de"] ?? errors.name ?? null} />
          <TextField label={t("configuration.nameEn")} isRequired validationBehavior="aria" value={values.nameEn} onChange={(nameEn) => set({ nameEn })} errorMessage={errors["name.en"] ?? null} />
        </div>
        <TextField label={t("configuration.description")} multiline value={values.description} onChange={(description) => set({ description })} errorMessage={errors.description ?? null} />
      </RecordFormFrame>
    </>
  );
}
