import { compareAssessments, type Fulfilment, labelOf, maturityScore, prerequisiteLabels, PrerequisiteSchema, qualityStationLabels, QualityStationSchema } from "@praeventionskette/domain";
import { DateField, Notice, PageHeader, Select, TextField } from "@praeventionskette/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams, useRouteContext, useSearch } from "@tanstack/react-router";
import { today } from "../../forms/field-text.js";
import { loadState } from "../../forms/load-state.js";
import { RecordFormFrame } from "../../forms/RecordFormFrame.js";
import { useRecordEditor } from "../../forms/use-record-editor.js";
import { editsRecords, writableTerritories } from "../../forms/write-access.js";
import { formatDate } from "../../lib/format.js";
import { useLabels } from "../../lib/labels.js";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.js";
import "./quality.css";
import { assessmentInputOf, assessmentValues, type AssessmentFormValues, newAssessmentValues } from "./assessment-values.js";
import { FulfilmentChoice } from "./FulfilmentChoice.js";
import { MaturityPanel } from "./MaturityPanel.js";
import { useAreaTexts } from "../../lib/area-texts.js";
import { qualityDe, qualityEn } from "./texts.js";

type StoredAssessment = RouterOutputs["qualityAssessment"]["get"];

/** A self-assessment (`/qualitaet/neu`, optionally from an earlier one, or `/qualitaet/:id`) with the maturity it gives. */
export function AssessmentEditPage() {
  const { t } = useAreaTexts("quality", qualityDe, qualityEn);
  const trpc = useTRPC();
  const { assessmentId } = useParams({ strict: false });
  const search: { von?: string } = useSearch({ strict: false });
  const sourceId = assessmentId ?? search.von;
  const source = useQuery({ ...trpc.qualityAssessment.get.queryOptions({ id: sourceId ?? "" }), enabled: Boolean(sourceId) });
  const notReady = loadState({ loading: t("app.loading"), notFound: t("quality.notFound") }, Boolean(sourceId) && source);
  if (notReady) return notReady;
  if (assessmentId) return <AssessmentForm key={assessmentId} stored={source.data ?? null} initial={assessmentValues(source.data!)} />;
  return <AssessmentForm key={`new-${sourceId ?? ""}`} stored={null} initial={newAssessmentValues(today(), source.data ?? null)} />;
}

function AssessmentForm({ stored, initial }: { stored: StoredAssessment | null; initial: AssessmentFormValues }) {
  const { t, i18n } = useAreaTexts("quality", qualityDe, qualityEn);
  const { locale } = useLabels();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { me } = useRouteContext({ from: "/staff" });
  const editor = useRecordEditor({
    stored,
    initial,
    valuesOf: assessmentValues,
    fetchLatest: (id) => queryClient.fetchQuery({ ...trpc.qualityAssessment.get.queryOptions({ id }), staleTime: 0 }),
    queryKey: trpc.qualityAssessment.pathKey(),
    savedToast: (saved) => ({ title: t("quality.form.saved"), description: formatDate(saved.assessedOn, i18n.language) }),
    openCreated: (assessmentId) => void navigate({ to: "/qualitaet/$assessmentId", params: { assessmentId } }),
  });
  const { record, form } = editor;
  const { values, errors, set } = form;
  const territories = useQuery(trpc.territory.list.queryOptions({ limit: 200 }));
  const others = useQuery({ ...trpc.qualityAssessment.list.queryOptions({ territoryId: values.territoryId, limit: 200 }), enabled: Boolean(values.territoryId) });
  const create = useMutation(trpc.qualityAssessment.create.mutationOptions());
  const update = useMutation(trpc.qualityAssessment.update.mutationOptions());
  const access = writableTerritories(me, territories.data?.items ?? []);
  const canEdit = record ? access.has(record.territoryId) : editsRecords(me);

  const save = () => {
    const input = assessmentInputOf(values);
    void editor.save((current) => (current ? update.mutateAsync({ id: current.id, expectedVersion: current.version, data: input }) : create.mutateAsync(input)));
  };
  const setItem = (group: "prerequisites" | "stations", key: string, patch: { fulfilment?: Fulfilment; note?: string }) =>
    form.update((previous) => ({ ...previous, [group]: { ...previous[group], [key]: { ...(previous[group] as Record<string, { fulfilment: Fulfilment; note: string }>)[key]!, ...patch } } }));

  const current = assessmentInputOf(values);
  const earlier = (others.data?.items ?? []).filter((other) => other.id !== record?.id && values.assessedOn !== null && other.assessedOn < values.assessedOn).sort((a, b) => b.assessedOn.localeCompare(a.assessedOn))[0];
  const comparison = earlier && values.assessedOn ? compareAssessments(earlier, current) : null;
  const itemName = (change: { kind: "prerequisite" | "station"; item: string }) =>
    change.kind === "prerequisite" ? `(${change.item}) ${labelOf(prerequisiteLabels, change.item as never, locale)}` : labelOf(qualityStationLabels, change.item as never, locale);
  const describe = (v: AssessmentFormValues) => String(maturityScore(assessmentInputOf(v)).score);

  return (
    <>
      <PageHeader title={record ? t("quality.form.editTitle", { date: formatDate(record.assessedOn, i18n.language) }) : t("quality.form.newTitle")} lead={t("quality.form.lead")} />
      {!canEdit && <Notice>{t("quality.form.readOnly")}</Notice>}
      <RecordFormFrame
        editor={editor}
        canEdit={canEdit}
        onSubmit={save}
        isShownAtField={(path) => ["territoryId", "assessedOn", "assessedBy"].includes(path) || /^(prerequisites|stations)\.\w+\.note$/.test(path)}
        saveLabel={t("quality.form.save")}
        savingLabel={t("quality.form.saving")}
        links={
          <>
            {record && <Link className="ui-button" to="/qualitaet/neu" search={{ von: record.id }}>{t("quality.form.followUp")}</Link>}
            <Link to="/qualitaet" className="ui-button">{t("quality.form.back")}</Link>
          </>
        }
        conflictTexts="quality"
        compared={[
          { label: t("quality.form.assessedOn"), of: (v) => v.assessedOn ?? "" },
          { label: t("quality.form.assessedBy"), of: (v) => v.assessedBy },
          { label: t("quality.maturity.heading"), of: describe },
        ]}
        aside={
          <>
            <MaturityPanel assessment={current} />
            {comparison && earlier && (
              <section className="maturity" aria-labelledby="comparison-heading">
                <h2 id="comparison-heading">{t("quality.comparison.heading", { date: formatDate(earlier.assessedOn, i18n.language) })}</h2>
                <p>{t("quality.comparison.score", { change: `${comparison.scoreChange > 0 ? "+" : ""}${comparison.scoreChange}` })}</p>
                {comparison.improved.length > 0 && <p>{t("quality.comparison.improved", { list: comparison.improved.map(itemName).join("; ") })}</p>}
                {comparison.worsened.length > 0 && <p>{t("quality.comparison.worsened", { list: comparison.worsened.map(itemName).join("; ") })}</p>}
              </section>
            )}
          </>
        }
      >
        <fieldset disabled={!canEdit}>
          <legend>{t("quality.form.assessment")}</legend>
          <div className="field-row">
            <Select label={t("quality.form.territory")} isRequired value={values.territoryId || null} onChange={(id) => set("territoryId", id ?? "")} errorMessage={errors.territoryId ?? null} options={(territories.data?.items ?? []).filter((territory) => territory.kind !== "state" && (territory.id === values.territoryId || access.has(territory.id))).map((territory) => ({ id: territory.id, label: territory.name }))} />
            <DateField label={t("quality.form.assessedOn")} isRequired value={values.assessedOn} onChange={(date) => set("assessedOn", date)} errorMessage={errors.assessedOn ?? null} />
          </div>
          <TextField label={t("quality.form.assessedBy")} description={t("quality.form.assessedByHint")} isRequired value={values.assessedBy} onChange={(value) => set("assessedBy", value)} errorMessage={errors.assessedBy ?? null} />
        </fieldset>
        <fieldset>
          <legend>{t("quality.form.prerequisites")}</legend>
          <p className="muted">{t("quality.form.prerequisitesHint")}</p>
          {PrerequisiteSchema.options.map((key) => (
            <FulfilmentChoice key={key} title={`(${key}) ${labelOf(prerequisiteLabels, key, locale)}`} value={values.prerequisites[key].fulfilment} note={values.prerequisites[key].note} isDisabled={!canEdit} errorMessage={errors[`prerequisites.${key}.note`] ?? null} onChange={(fulfilment) => setItem("prerequisites", key, { fulfilment })} onNoteChange={(note) => setItem("prerequisites", key, { note })} />
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("quality.form.stations")}</legend>
          <p className="muted">{t("quality.form.stationsHint")}</p>
          {QualityStationSchema.options.map((key, index) => (
            <FulfilmentChoice key={key} title={`${index + 1}. ${labelOf(qualityStationLabels, key, locale)}`} value={values.stations[key].fulfilment} note={values.stations[key].note} isDisabled={!canEdit} errorMessage={errors[`stations.${key}.note`] ?? null} onChange={(fulfilment) => setItem("stations", key, { fulfilment })} onNoteChange={(note) => setItem("stations", key, { note })} />
          ))}
        </fieldset>
      </RecordFormFrame>
    </>
  );
}
