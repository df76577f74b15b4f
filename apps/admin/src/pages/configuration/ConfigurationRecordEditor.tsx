import { Notice, PageHeader, TextField } from "@praeventionskette/ui";
import { type QueryKey, type UseQueryOptions, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import type { ComparedField } from "../../forms/conflict-differences.js";
import { loadState } from "../../forms/load-state.js";
import { RecordFormFrame } from "../../forms/RecordFormFrame.js";
import type { RecordForm } from "../../forms/use-record-form.js";
import { useRecordEditor, type Versioned } from "../../forms/use-record-editor.js";
import { useAreaTexts } from "../../lib/area-texts.js";
import "./configuration.css";
import { configurationDe, configurationEn } from "./texts.js";

/** What life phases and fields of action share: a code, a name in two languages, a description and an owner. */
export interface ConfigurationRecord extends Versioned {
  code: string;
  name: { de: string; en: string };
  description: string;
  youthOfficeId: string | null;
  adoptedFromId: string | null;
}

/** The form values every configuration record has. */
export interface NamedValues {
  nameDe: string;
  nameEn: string;
  description: string;
}

/** The form values of the name and description, as the record stores them. */
export const namedValuesOf = (record: ConfigurationRecord): NamedValues => ({ nameDe: record.name.de, nameEn: record.name.en, description: record.description });

/**
 * What the API gets for the name and description, with what the form does not change (code,
 * owner, origin) kept as stored. Pages add their own fields.
 */
export const namedDataOf = (values: NamedValues, record: ConfigurationRecord) => ({
  code: record.code,
  name: { de: values.nameDe, en: values.nameEn },
  description: values.description,
  youthOfficeId: record.youthOfficeId,
  adoptedFromId: record.adoptedFromId,
});

/** The outcome of turning the form's values into what the API gets: the data, or the messages that stop the save. */
export type DataOrErrors<D> = { data: D } | { errors: Record<string, string> };

/** A failed query as the page's load state reads it (tRPC's errors have this shape). */
type QueryError = { message: string; data?: { code?: string } | null };

export interface ConfigurationRecordEditorProps<R extends ConfigurationRecord, V extends NamedValues, D, E extends QueryError, K extends QueryKey> {
  /** The page's heading. */
  title: string;
  /** The record's query; it is read afresh (without cache) after a conflict. */
  query: UseQueryOptions<R, E, R, K>;
  /** The queries that show this kind of record, refreshed after each save. */
  queryKey: QueryKey;
  /** Saves the data if the record still has `expectedVersion`, and answers the saved record. */
  update: (input: { id: string; expectedVersion: number; data: D }) => Promise<R>;
  valuesOf: (record: R) => V;
  dataOf: (values: V, record: R) => DataOrErrors<D>;
  /** The fields below the names and description; messages of `paths` show at them, `compared` go into the conflict dialog. */
  moreFields?: { paths: readonly string[]; compared: readonly ComparedField<V>[]; render: (form: RecordForm<V>) => ReactNode };
}

/**
 * An edit page of the configuration (a life phase, a field of action): loads the record, shows
 * its names and description and the page's own fields, and saves with the version that was
 * loaded, so that a change someone else saved meanwhile opens the conflict dialog.
 */
export function ConfigurationRecordEditor<R extends ConfigurationRecord, V extends NamedValues, D, E extends QueryError, K extends QueryKey>(props: ConfigurationRecordEditorProps<R, V, D, E, K>) {
  const { t } = useAreaTexts("configuration", configurationDe, configurationEn);
  const record = useQuery(props.query);
  return loadState({ loading: t("app.loading"), notFound: t("configuration.notFound") }, record) ?? <EditForm key={record.data!.id} stored={record.data!} {...props} />;
}

function EditForm<R extends ConfigurationRecord, V extends NamedValues, D, E extends QueryError, K extends QueryKey>({ stored, title, query, queryKey, update, valuesOf, dataOf, moreFields }: ConfigurationRecordEditorProps<R, V, D, E, K> & { stored: R }) {
  const { t } = useAreaTexts("configuration", configurationDe, configurationEn);
  const queryClient = useQueryClient();
  const editor = useRecordEditor({
    stored,
    initial: valuesOf(stored),
    valuesOf,
    fetchLatest: () => queryClient.fetchQuery({ ...query, staleTime: 0 }),
    queryKey,
    savedToast: (saved) => ({ title: t("configuration.saved"), description: saved.name.de }),
  });
  const { form } = editor;
  // An existing record's form: the editor's record is never null here.
  const record = editor.record ?? stored;
  const { values, errors } = form;
  const set = (change: Partial<NamedValues>) => form.update((previous) => ({ ...previous, ...change }));

  const save = () => {
    const result = dataOf(values, record);
    if ("errors" in result) {
      form.setErrors(result.errors);
      return;
    }
    void editor.save(() => update({ id: record.id, expectedVersion: record.version, data: result.data }));
  };

  // The API reports the name's languages as `name.de`/`name.en`, a missing name as `name`.
  const nameError = (language: "de" | "en") => errors[`name.${language}`] ?? (language === "de" ? errors.name : undefined) ?? null;
  const shownAtField = ["name", "name.de", "name.en", "description", ...(moreFields?.paths ?? [])];
  return (
    <>
      <p className="back-link">
        <Link to="/konfiguration" search={{ jugendamt: record.youthOfficeId ?? undefined }}>{t("configuration.back")}</Link>
      </p>
      <PageHeader title={title} lead={record.name.de} />
      {record.youthOfficeId === null && <Notice>{t("configuration.readOnlyDefault")}</Notice>}
      <RecordFormFrame
        editor={editor}
        onSubmit={save}
        isShownAtField={(path) => shownAtField.includes(path)}
        saveLabel={t("configuration.save")}
        savingLabel={t("configuration.saving")}
        conflictTexts="configuration"
        compared={[
          { label: t("configuration.nameDe"), of: (v) => v.nameDe },
          { label: t("configuration.nameEn"), of: (v) => v.nameEn },
          { label: t("configuration.description"), of: (v) => v.description },
          ...(moreFields?.compared ?? []),
        ]}
        className="edit-form config-form"
      >
        <div className="field-row">
          <TextField label={t("configuration.nameDe")} isRequired validationBehavior="aria" value={values.nameDe} onChange={(nameDe) => set({ nameDe })} errorMessage={nameError("de")} />
          <TextField label={t("configuration.nameEn")} isRequired validationBehavior="aria" value={values.nameEn} onChange={(nameEn) => set({ nameEn })} errorMessage={nameError("en")} />
        </div>
        <TextField label={t("configuration.description")} multiline value={values.description} onChange={(description) => set({ description })} errorMessage={errors.description ?? null} />
        {moreFields?.render(form)}
      </RecordFormFrame>
    </>
  );
}
