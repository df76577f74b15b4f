import { type DecisionInput, type DecisionOutcome, decisionOutcomeLabels, DecisionOutcomeSchema, type DecisionSubjectType, decisionSubjectTypeLabels } from "@praeventionskette/domain";
import { Button, ComboBox, DateField, Notice, PageHeader, Select, TextField } from "@praeventionskette/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams, useRouteContext, useSearch } from "@tanstack/react-router";
import { orNull, textOf } from "../../forms/field-text.js";
import { loadState } from "../../forms/load-state.js";
import { RecordFormFrame } from "../../forms/RecordFormFrame.js";
import { useRecordEditor } from "../../forms/use-record-editor.js";
import { writableTerritories } from "../../forms/write-access.js";
import { formatDate } from "../../lib/format.js";
import { useLabels } from "../../lib/labels.js";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.js";
import { LINKABLE_SUBJECT_TYPES, useSubjectOptions } from "./decision-subjects.js";
import { useAreaTexts } from "../../lib/area-texts.js";
import { bodiesDe, bodiesEn } from "./texts.js";

type StoredDecision = RouterOutputs["decision"]["get"];

interface DecisionFormValues {
  meetingId: string;
  date: string | null;
  paperNumber: string;
  title: string;
  text: string;
  outcome: DecisionOutcome;
  subjects: { type: DecisionSubjectType; id: string }[];
}

const valuesOf = (decision: DecisionInput | null, meetingId = ""): DecisionFormValues => ({
  meetingId: decision ? textOf(decision.meetingId) : meetingId,
  date: decision?.date ?? null,
  paperNumber: textOf(decision?.paperNumber),
  title: textOf(decision?.title),
  text: textOf(decision?.text),
  outcome: decision?.outcome ?? "adopted",
  subjects: (decision?.subjects ?? []).map((subject) => ({ ...subject })),
});

/** A decision of a body (`/gremien/:body/beschluesse/neu` or `/…/:decision`), linked to what it decided. */
export function DecisionEditPage() {
  const { t } = useAreaTexts("bodies", bodiesDe, bodiesEn);
  const trpc = useTRPC();
  const { bodyId, decisionId } = useParams({ strict: false });
  const body = useQuery(trpc.body.get.queryOptions({ id: bodyId ?? "" }));
  const decision = useQuery({ ...trpc.decision.get.queryOptions({ id: decisionId ?? "" }), enabled: Boolean(decisionId) });
  return loadState({ loading: t("app.loading"), notFound: t("bodies.decisions.notFound") }, body, Boolean(decisionId) && decision) ?? <DecisionForm key={decision.data?.id ?? "new"} body={body.data!} stored={decisionId ? (decision.data ?? null) : null} />;
}

function DecisionForm({ body, stored }: { body: RouterOutputs["body"]["get"]; stored: StoredDecision | null }) {
  const { t, i18n } = useAreaTexts("bodies", bodiesDe, bodiesEn);
  const { label, locale } = useLabels();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { me } = useRouteContext({ from: "/staff" });
  const search: { sitzung?: string } = useSearch({ strict: false });
  const editor = useRecordEditor({
    stored,
    initial: valuesOf(stored, search.sitzung ?? ""),
    valuesOf: (decision: StoredDecision) => valuesOf(decision),
    fetchLatest: (id) => queryClient.fetchQuery({ ...trpc.decision.get.queryOptions({ id }), staleTime: 0 }),
    queryKey: trpc.decision.pathKey(),
    savedToast: (saved) => ({ title: t("bodies.decisions.saved"), description: saved.title }),
    openCreated: (decisionId) => void navigate({ to: "/gremien/$bodyId/beschluesse/$decisionId", params: { bodyId: body.id, decisionId } }),
  });
  const { form } = editor;
  const { values, errors, set } = form;
  const territories = useQuery(trpc.territory.list.queryOptions({ limit: 200 }));
  const meetings = useQuery(trpc.meeting.list.queryOptions({ bodyId: body.id, limit: 200 }));
  const subjectOptions = useSubjectOptions(locale);
  const create = useMutation(trpc.decision.create.mutationOptions());
  const update = useMutation(trpc.decision.update.mutationOptions());
  const canEdit = writableTerritories(me, territories.data?.items ?? []).has(body.territoryId);

  const save = () => {
    const input = { bodyId: body.id, meetingId: orNull(values.meetingId), date: values.date ?? "", paperNumber: orNull(values.paperNumber), title: values.title, text: values.text, outcome: values.outcome, subjects: values.subjects };
    void editor.save((current) => (current ? update.mutateAsync({ id: current.id, expectedVersion: current.version, data: input }) : create.mutateAsync(input)));
  };
  const setSubject = (index: number, patch: Partial<{ type: DecisionSubjectType; id: string }>) => form.update((previous) => ({ ...previous, subjects: previous.subjects.map((subject, i) => (i === index ? { ...subject, ...patch } : subject)) }));
  const subjectError = (index: number) => errors[`subjects.${index}.id`] ?? errors[`subjects.${index}`] ?? null;
  const subjectName = (subject: { type: DecisionSubjectType; id: string }) => subjectOptions[subject.type].find((option) => option.id === subject.id)?.label ?? subject.id;

  return (
    <>
      <PageHeader title={editor.record ? editor.record.title : t("bodies.decisions.newTitle")} lead={body.name} />
      {!canEdit && <Notice>{t("bodies.form.readOnly")}</Notice>}
      <RecordFormFrame
        editor={editor}
        canEdit={canEdit}
        onSubmit={save}
        isShownAtField={(path) => ["meetingId", "date", "paperNumber", "title", "text", "outcome"].includes(path) || /^subjects\.\d+(\.id)?$/.test(path)}
        saveLabel={t("bodies.decisions.save")}
        savingLabel={t("bodies.form.saving")}
        links={<Link to="/gremien/$bodyId" params={{ bodyId: body.id }} className="ui-button">{t("bodies.backToBody")}</Link>}
        conflictTexts="bodies"
        compared={[
          { label: t("bodies.decisions.title"), of: (v) => v.title },
          { label: t("bodies.decisions.date"), of: (v) => v.date ?? "" },
          { label: t("bodies.decisions.paper"), of: (v) => v.paperNumber },
          { label: t("bodies.decisions.text"), of: (v) => v.text },
          { label: t("bodies.decisions.outcome"), of: (v) => label(decisionOutcomeLabels, v.outcome) },
          { label: t("bodies.decisions.subjects"), of: (v) => v.subjects.map(subjectName).join("; ") },
        ]}
      >
        <fieldset disabled={!canEdit}>
          <legend>{t("bodies.decisions.decision")}</legend>
          <TextField label={t("bodies.decisions.title")} isRequired value={values.title} onChange={(value) => set("title", value)} errorMessage={errors.title ?? null} />
          <div className="field-row">
            <Select label={t("bodies.decisions.meeting")} value={values.meetingId} onChange={(id) => set("meetingId", id ?? "")} errorMessage={errors.meetingId ?? null} options={[{ id: "", label: t("bodies.decisions.noMeeting") }, ...(meetings.data?.items ?? []).map((meeting) => ({ id: meeting.id, label: `${meeting.title} (${formatDate(meeting.date, i18n.language)})` }))]} />
            <DateField label={t("bodies.decisions.date")} isRequired value={values.date} onChange={(date) => set("date", date)} errorMessage={errors.date ?? null} />
          </div>
          <div className="field-row">
            <TextField label={t("bodies.decisions.paper")} description={t("bodies.decisions.paperHint")} value={values.paperNumber} onChange={(value) => set("paperNumber", value)} errorMessage={errors.paperNumber ?? null} />
            <Select label={t("bodies.decisions.outcome")} value={values.outcome} onChange={(id) => id && set("outcome", id as DecisionOutcome)} errorMessage={errors.outcome ?? null} options={DecisionOutcomeSchema.options.map((outcome) => ({ id: outcome, label: label(decisionOutcomeLabels, outcome) }))} />
          </div>
          <TextField label={t("bodies.decisions.text")} multiline value={values.text} onChange={(value) => set("text", value)} errorMessage={errors.text ?? null} />
        </fieldset>
        <fieldset disabled={!canEdit}>
          <legend>{t("bodies.decisions.subjects")}</legend>
          <p className="muted">{t("bodies.decisions.subjectsHint")}</p>
          {values.subjects.map((subject, index) => (
            <fieldset key={index} className="repeat-group">
              <legend>{t("bodies.decisions.subject", { number: index + 1 })}</legend>
              {(LINKABLE_SUBJECT_TYPES as readonly string[]).includes(subject.type) ? (
                <div className="field-row">
                  <Select label={t("bodies.decisions.subjectType")} value={subject.type} onChange={(id) => id && setSubject(index, { type: id as DecisionSubjectType, id: "" })} options={LINKABLE_SUBJECT_TYPES.map((type) => ({ id: type, label: label(decisionSubjectTypeLabels, type) }))} />
                  <ComboBox key={subject.type} label={label(decisionSubjectTypeLabels, subject.type)} isRequired value={subject.id || null} onChange={(id) => setSubject(index, { id: id ?? "" })} errorMessage={subjectError(index)} options={subjectOptions[subject.type]} />
                </div>
              ) : (
                <p>{label(decisionSubjectTypeLabels, subject.type)}: {subjectName(subject)}</p>
              )}
              {canEdit && (
                <div className="repeat-group__actions">
                  <Button variant="quiet" onPress={() => form.update((previous) => ({ ...previous, subjects: previous.subjects.filter((_, i) => i !== index) }))}>{t("bodies.decisions.removeSubject", { number: index + 1 })}</Button>
                </div>
              )}
            </fieldset>
          ))}
          {canEdit && <Button onPress={() => form.update((previous) => ({ ...previous, subjects: [...previous.subjects, { type: "goal", id: "" }] }))}>{t("bodies.decisions.addSubject")}</Button>}
        </fieldset>
      </RecordFormFrame>
    </>
  );
}
