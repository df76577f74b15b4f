import type { LifePhaseInput } from "@praeventionskette/domain";
import { Notice, PageHeader, TextField } from "@praeventionskette/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useParams } from "@tanstack/react-router";
import { loadState } from "../../forms/load-state.js";
import { RecordFormFrame } from "../../forms/RecordFormFrame.js";
import { useRecordEditor } from "../../forms/use-record-editor.js";
import { useTRPC } from "../../lib/trpc.js";
import type { LifePhase } from "./configuration-data.js";
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
  return loadState({ loading: t("app.loading"), notFound: t("configuration.notFound") }, phase) ?? <PhaseForm key={phase.data!.id} stored={phase.data!} />;
}

function PhaseForm({ stored }: { stored: LifePhase }) {
  const { t } = useAreaTexts("configuration", configurationDe, configurationEn);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.lifePhase.update.mutationOptions());
  const editor = useRecordEditor({
    stored,
    initial: valuesOf(stored),
    valuesOf,
    fetchLatest: (id) => queryClient.fetchQuery({ ...trpc.lifePhase.get.queryOptions({ id }), staleTime: 0 }),
    queryKey: trpc.lifePhase.pathKey(),
    savedToast: (saved) => ({ title: t("configuration.saved"), description: saved.name.de }),
  });
  const { form } = editor;
  // An existing record's form: the editor's record is never null here.
  const record = editor.record ?? stored;
  const { values, errors } = form;
  const set = (change: Partial<PhaseValues>) => form.update((previous) => ({ ...previous, ...change }));

  const save = () => {
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
    void editor.save(() => update.mutateAsync({ id: record.id, expectedVersion: record.version, data }));
  };

  // The API reports the name's languages as `name.de`/`name.en`.
  const nameError = (language: "de" | "en") => errors[`name.${language}`] ?? (language === "de" ? errors.name : undefined) ?? null;
  return (
    <>
      <p className="back-link">
        <Link to="/konfiguration" search={{ jugendamt: record.youthOfficeId ?? undefined }}>{t("configuration.back")}</Link>
      </p>
      <PageHeader title={t("configuration.editPhaseTitle")} lead={record.name.de} />
      {record.youthOfficeId === null && <Notice>{t("configuration.readOnlyDefault")}</Notice>}
      <RecordFormFrame
        editor={editor}
        onSubmit={save}
        isShownAtField={(path) => ["name", "name.de", "name.en", "description", "minAgeMonths", "maxAgeMonths", "order"].includes(path)}
        saveLabel={t("configuration.save")}
        savingLabel={t("configuration.saving")}
        conflictTexts="configuration"
        compared={[
          { label: t("configuration.nameDe"), of: (v) => v.nameDe },
          { label: t("configuration.nameEn"), of: (v) => v.nameEn },
          { label: t("configuration.description"), of: (v) => v.description },
          { label: t("configuration.minAge"), of: (v) => v.minAgeMonths },
          { label: t("configuration.maxAge"), of: (v) => v.maxAgeMonths },
          { label: t("configuration.order"), of: (v) => v.order },
        ]}
        className="edit-form config-form"
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
      </RecordFormFrame>
    </>
  );
}
