import { type BodyKind, bodyKindLabels, BodyKindSchema } from "@praeventionskette/domain";
import { Button, ComboBox, Notice, PageHeader, Select, TextField } from "@praeventionskette/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams, useRouteContext } from "@tanstack/react-router";
import { loadState } from "../../forms/load-state.js";
import { RecordFormFrame } from "../../forms/RecordFormFrame.js";
import { useRecordEditor } from "../../forms/use-record-editor.js";
import { editsRecords, writableTerritories } from "../../forms/write-access.js";
import { useAreaTexts } from "../../lib/area-texts.js";
import { useLabels } from "../../lib/labels.js";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.js";
import { bodyFormValues, bodyInputOf, NEW_MEMBER } from "./body-form-values.js";
import { BodyMeetingsAndDecisions } from "./BodyMeetingsAndDecisions.js";
import { bodiesDe, bodiesEn } from "./texts.js";

type StoredBody = RouterOutputs["body"]["get"];

/** Create a body (`/gremien/neu`) or edit one with its members, and reach its meetings and decisions. */
export function BodyEditPage() {
  const { t } = useAreaTexts("bodies", bodiesDe, bodiesEn);
  const trpc = useTRPC();
  const { bodyId } = useParams({ strict: false });
  const body = useQuery({ ...trpc.body.get.queryOptions({ id: bodyId ?? "" }), enabled: Boolean(bodyId) });
  if (!bodyId) return <BodyForm stored={null} />;
  return loadState({ loading: t("app.loading"), notFound: t("bodies.notFound") }, body) ?? <BodyForm key={body.data!.id} stored={body.data!} />;
}

function BodyForm({ stored }: { stored: StoredBody | null }) {
  const { t } = useAreaTexts("bodies", bodiesDe, bodiesEn);
  const { label } = useLabels();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { me } = useRouteContext({ from: "/staff" });
  const editor = useRecordEditor({
    stored,
    initial: bodyFormValues(stored),
    valuesOf: bodyFormValues,
    fetchLatest: (id) => queryClient.fetchQuery({ ...trpc.body.get.queryOptions({ id }), staleTime: 0 }),
    queryKey: trpc.body.pathKey(),
    savedToast: (saved) => ({ title: t("bodies.form.saved"), description: saved.name }),
    openCreated: (createdId) => void navigate({ to: "/gremien/$bodyId", params: { bodyId: createdId } }),
  });
  const { record, form } = editor;
  const { values, errors, set } = form;

  const territories = useQuery(trpc.territory.list.queryOptions({ limit: 200 }));
  const actors = useQuery(trpc.actor.list.queryOptions({ limit: 200 }));
  const bodies = useQuery(trpc.body.list.queryOptions({ limit: 200 }));
  const create = useMutation(trpc.body.create.mutationOptions());
  const update = useMutation(trpc.body.update.mutationOptions());
  const access = writableTerritories(me, territories.data?.items ?? []);
  const canEdit = record ? access.has(record.territoryId) : editsRecords(me);

  const save = () => {
    const input = bodyInputOf(values) as Parameters<typeof create.mutateAsync>[0];
    void editor.save((current) => (current ? update.mutateAsync({ id: current.id, expectedVersion: current.version, data: input }) : create.mutateAsync(input)));
  };

  const setMember = (index: number, patch: Partial<(typeof values.members)[number]>) =>
    form.update((previous) => ({ ...previous, members: previous.members.map((member, i) => (i === index ? { ...member, ...patch } : member)) }));
  const territoryItems = (territories.data?.items ?? []).filter((territory) => territory.kind !== "state");
  const noChoice = { id: "", label: t("bodies.form.none") };

  return (
    <>
      <PageHeader title={record ? record.name : t("bodies.form.newTitle")} lead={record ? label(bodyKindLabels, record.kind) : t("bodies.form.newLead")} />
      {!canEdit && <Notice>{t("bodies.form.readOnly")}</Notice>}
      {/* What people come for first: the meetings and decisions; the long member list follows. */}
      {record && <BodyMeetingsAndDecisions bodyId={record.id} canEdit={canEdit} />}
      <RecordFormFrame
        editor={editor}
        canEdit={canEdit}
        onSubmit={save}
        isShownAtField={(path) => ["name", "kind", "territoryId", "parentBodyId", "description"].includes(path) || /^members\.\d+\.(name|role)$/.test(path)}
        saveLabel={t("bodies.form.save")}
        savingLabel={t("bodies.form.saving")}
        links={<Link to="/gremien" className="ui-button">{t("bodies.form.back")}</Link>}
        conflictTexts="bodies"
        compared={[
          { label: t("bodies.form.name"), of: (v) => v.name },
          { label: t("bodies.form.description"), of: (v) => v.description },
          { label: t("bodies.form.members"), of: (v) => v.members.map((member) => member.name).join(", ") },
        ]}
      >
        <fieldset disabled={!canEdit}>
          <legend>{t("bodies.form.body")}</legend>
          <TextField label={t("bodies.form.name")} isRequired value={values.name} onChange={(value) => set("name", value)} errorMessage={errors.name ?? null} />
          <div className="field-row">
            <Select label={t("bodies.form.kind")} isRequired value={values.kind || null} onChange={(id) => set("kind", (id ?? "") as BodyKind | "")} errorMessage={errors.kind ?? null} options={BodyKindSchema.options.map((kind) => ({ id: kind, label: label(bodyKindLabels, kind) }))} />
            <Select label={t("bodies.form.territory")} isRequired value={values.territoryId || null} onChange={(id) => set("territoryId", id ?? "")} errorMessage={errors.territoryId ?? null} options={territoryItems.filter((territory) => territory.id === values.territoryId || access.has(territory.id)).map((territory) => ({ id: territory.id, label: territory.name }))} />
            <Select label={t("bodies.form.parent")} value={values.parentBodyId} onChange={(id) => set("parentBodyId", id ?? "")} errorMessage={errors.parentBodyId ?? null} options={[noChoice, ...(bodies.data?.items ?? []).filter((body) => body.id !== record?.id).map((body) => ({ id: body.id, label: body.name }))]} />
          </div>
          <TextField label={t("bodies.form.description")} multiline value={values.description} onChange={(value) => set("description", value)} errorMessage={errors.description ?? null} />
        </fieldset>
        <fieldset disabled={!canEdit}>
          <legend>{t("bodies.form.members")}</legend>
          {values.members.map((member, index) => (
            <fieldset key={index} className="repeat-group">
              <legend>{t("bodies.form.member", { number: index + 1 })}</legend>
              <div className="field-row">
                <TextField label={t("bodies.form.memberName")} isRequired value={member.name} onChange={(name) => setMember(index, { name })} errorMessage={errors[`members.${index}.name`] ?? null} />
                <TextField label={t("bodies.form.memberRole")} value={member.role} onChange={(role) => setMember(index, { role })} errorMessage={errors[`members.${index}.role`] ?? null} />
              </div>
              <div className="field-row">
                <ComboBox label={t("bodies.form.memberOrganisation")} value={member.organisationId || null} onChange={(id) => setMember(index, { organisationId: id ?? "" })} options={(actors.data?.items ?? []).map((actor) => ({ id: actor.id, label: actor.name }))} />
                <Select label={t("bodies.form.memberTerritory")} value={member.representsTerritoryId} onChange={(id) => setMember(index, { representsTerritoryId: id ?? "" })} options={[noChoice, ...territoryItems.map((territory) => ({ id: territory.id, label: territory.name }))]} />
              </div>
              {canEdit && (
                <div className="repeat-group__actions">
                  <Button variant="quiet" onPress={() => form.update((previous) => ({ ...previous, members: previous.members.filter((_, i) => i !== index) }))}>{t("bodies.form.removeMember", { number: index + 1 })}</Button>
                </div>
              )}
            </fieldset>
          ))}
          {canEdit && <Button onPress={() => form.update((previous) => ({ ...previous, members: [...previous.members, { ...NEW_MEMBER }] }))}>{t("bodies.form.addMember")}</Button>}
        </fieldset>
      </RecordFormFrame>
    </>
  );
}
