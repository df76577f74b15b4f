import { decisionOutcomeLabels, type MeetingInput, type MeetingStatus, meetingStatusLabels, MeetingStatusSchema } from "@praeventionskette/domain";
import { Button, DateField, Notice, PageHeader, Select, TextField } from "@praeventionskette/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams, useRouteContext } from "@tanstack/react-router";
import { orNull, textOf } from "../../forms/field-text.js";
import { loadState } from "../../forms/load-state.js";
import { RecordFormFrame } from "../../forms/RecordFormFrame.js";
import { useRecordEditor } from "../../forms/use-record-editor.js";
import { writableTerritories } from "../../forms/write-access.js";
import { formatDate } from "../../lib/format.js";
import { useLabels } from "../../lib/labels.js";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.js";
import { useAreaTexts } from "../../lib/area-texts.js";
import { bodiesDe, bodiesEn } from "./texts.js";

type StoredMeeting = RouterOutputs["meeting"]["get"];

interface MeetingFormValues {
  title: string;
  date: string | null;
  location: string;
  status: MeetingStatus;
  agenda: { number: string; title: string }[];
}

const valuesOf = (meeting: MeetingInput | null): MeetingFormValues => ({
  title: textOf(meeting?.title),
  date: meeting?.date ?? null,
  location: textOf(meeting?.location),
  status: meeting?.status ?? "planned",
  agenda: (meeting?.agenda ?? []).map((item) => ({ ...item })),
});

/** A meeting of a body with its agenda (`/gremien/:body/sitzungen/neu` or `/…/:meeting`), and the decisions taken in it. */
export function MeetingEditPage() {
  const { t } = useAreaTexts("bodies", bodiesDe, bodiesEn);
  const trpc = useTRPC();
  const { bodyId, meetingId } = useParams({ strict: false });
  const body = useQuery(trpc.body.get.queryOptions({ id: bodyId ?? "" }));
  const meeting = useQuery({ ...trpc.meeting.get.queryOptions({ id: meetingId ?? "" }), enabled: Boolean(meetingId) });
  return loadState({ loading: t("app.loading"), notFound: t("bodies.meetings.notFound") }, body, Boolean(meetingId) && meeting) ?? <MeetingForm key={meeting.data?.id ?? "new"} body={body.data!} stored={meetingId ? (meeting.data ?? null) : null} />;
}

function MeetingForm({ body, stored }: { body: RouterOutputs["body"]["get"]; stored: StoredMeeting | null }) {
  const { t, i18n } = useAreaTexts("bodies", bodiesDe, bodiesEn);
  const { label } = useLabels();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { me } = useRouteContext({ from: "/staff" });
  const editor = useRecordEditor({
    stored,
    initial: valuesOf(stored),
    valuesOf,
    fetchLatest: (id) => queryClient.fetchQuery({ ...trpc.meeting.get.queryOptions({ id }), staleTime: 0 }),
    queryKey: trpc.meeting.pathKey(),
    savedToast: (saved) => ({ title: t("bodies.meetings.saved"), description: saved.title }),
    openCreated: (meetingId) => void navigate({ to: "/gremien/$bodyId/sitzungen/$meetingId", params: { bodyId: body.id, meetingId } }),
  });
  const { record, form } = editor;
  const { values, errors, set } = form;
  const territories = useQuery(trpc.territory.list.queryOptions({ limit: 200 }));
  const decisions = useQuery({ ...trpc.decision.list.queryOptions({ bodyId: body.id, limit: 200 }), enabled: Boolean(record) });
  const create = useMutation(trpc.meeting.create.mutationOptions());
  const update = useMutation(trpc.meeting.update.mutationOptions());
  const canEdit = writableTerritories(me, territories.data?.items ?? []).has(body.territoryId);

  const save = () => {
    const input = { bodyId: body.id, title: values.title, date: values.date ?? "", location: orNull(values.location), status: values.status, agenda: values.agenda };
    void editor.save((current) => (current ? update.mutateAsync({ id: current.id, expectedVersion: current.version, data: input }) : create.mutateAsync(input)));
  };
  const setItem = (index: number, patch: Partial<{ number: string; title: string }>) => form.update((previous) => ({ ...previous, agenda: previous.agenda.map((item, i) => (i === index ? { ...item, ...patch } : item)) }));
  const taken = (decisions.data?.items ?? []).filter((decision) => decision.meetingId === record?.id);

  return (
    <>
      <PageHeader title={record ? record.title : t("bodies.meetings.newTitle")} lead={body.name} />
      {!canEdit && <Notice>{t("bodies.form.readOnly")}</Notice>}
      <RecordFormFrame
        editor={editor}
        canEdit={canEdit}
        onSubmit={save}
        isShownAtField={(path) => ["title", "date", "location", "status"].includes(path) || /^agenda\.\d+\.(number|title)$/.test(path)}
        saveLabel={t("bodies.meetings.save")}
        savingLabel={t("bodies.form.saving")}
        links={<Link to="/gremien/$bodyId" params={{ bodyId: body.id }} className="ui-button">{t("bodies.backToBody")}</Link>}
        conflictTexts="bodies"
        compared={[
          { label: t("bodies.meetings.title"), of: (v) => v.title },
          { label: t("bodies.meetings.date"), of: (v) => v.date ?? "" },
          { label: t("bodies.meetings.location"), of: (v) => v.location },
          { label: t("bodies.meetings.agenda"), of: (v) => v.agenda.map((item) => `${item.number} ${item.title}`).join("; ") },
        ]}
      >
        <fieldset disabled={!canEdit}>
          <legend>{t("bodies.meetings.meeting")}</legend>
          <TextField label={t("bodies.meetings.title")} isRequired value={values.title} onChange={(value) => set("title", value)} errorMessage={errors.title ?? null} />
          <div className="field-row">
            <DateField label={t("bodies.meetings.date")} isRequired value={values.date} onChange={(date) => set("date", date)} errorMessage={errors.date ?? null} />
            <Select label={t("bodies.meetings.status")} value={values.status} onChange={(id) => id && set("status", id as MeetingStatus)} errorMessage={errors.status ?? null} options={MeetingStatusSchema.options.map((status) => ({ id: status, label: label(meetingStatusLabels, status) }))} />
          </div>
          <TextField label={t("bodies.meetings.location")} value={values.location} onChange={(value) => set("location", value)} errorMessage={errors.location ?? null} />
        </fieldset>
        <fieldset disabled={!canEdit}>
          <legend>{t("bodies.meetings.agenda")}</legend>
          {values.agenda.map((item, index) => (
            <fieldset key={index} className="repeat-group">
              <legend>{t("bodies.meetings.item", { number: index + 1 })}</legend>
              <div className="field-row">
                <TextField label={t("bodies.meetings.itemNumber")} description={t("bodies.meetings.itemNumberHint")} value={item.number} onChange={(number) => setItem(index, { number })} errorMessage={errors[`agenda.${index}.number`] ?? null} />
                <TextField label={t("bodies.meetings.itemTitle")} value={item.title} onChange={(title) => setItem(index, { title })} errorMessage={errors[`agenda.${index}.title`] ?? null} />
              </div>
              {canEdit && (
                <div className="repeat-group__actions">
                  <Button variant="quiet" onPress={() => form.update((previous) => ({ ...previous, agenda: previous.agenda.filter((_, i) => i !== index) }))}>{t("bodies.meetings.removeItem", { number: index + 1 })}</Button>
                </div>
              )}
            </fieldset>
          ))}
          {canEdit && <Button onPress={() => form.update((previous) => ({ ...previous, agenda: [...previous.agenda, { number: String(previous.agenda.length + 1), title: "" }] }))}>{t("bodies.meetings.addItem")}</Button>}
        </fieldset>
      </RecordFormFrame>
      {record && (
        <section className="section" aria-labelledby="meeting-decisions">
          <div className="section__header">
            <h2 id="meeting-decisions">{t("bodies.meetings.decisions")}</h2>
            {canEdit && <Link className="ui-button" to="/gremien/$bodyId/beschluesse/neu" params={{ bodyId: body.id }} search={{ sitzung: record.id }}>{t("bodies.decisions.new")}</Link>}
          </div>
          {taken.length === 0 ? (
            <p className="muted">{t("bodies.meetings.noDecisions")}</p>
          ) : (
            <ul className="inline-list">
              {taken.map((decision) => (
                <li key={decision.id}>
                  <Link to="/gremien/$bodyId/beschluesse/$decisionId" params={{ bodyId: body.id, decisionId: decision.id }}>{decision.title}</Link>{" "}
                  <span className="muted">({[decision.paperNumber, formatDate(decision.date, i18n.language), label(decisionOutcomeLabels, decision.outcome)].filter(Boolean).join(", ")})</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
