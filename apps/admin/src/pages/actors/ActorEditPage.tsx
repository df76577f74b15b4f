import { type ActorKind, actorKindLabels, ActorKindSchema } from "@praeventionskette/domain";
import { Button, Checkbox, Notice, PageHeader, Select, TextField } from "@praeventionskette/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams, useRouteContext } from "@tanstack/react-router";
import { useAreaTexts } from "../../lib/area-texts.js";
import { useLabels } from "../../lib/labels.js";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.js";
import { loadState } from "../../forms/load-state.js";
import { RecordFormFrame } from "../../forms/RecordFormFrame.js";
import { useRecordEditor } from "../../forms/use-record-editor.js";
import { editsRecords, writableTerritories } from "../../forms/write-access.js";
import { actorFormValues, type ActorFormValues, actorInputOf, NEW_CONTACT_PERSON } from "./actor-form-values.js";
import { actorsDe, actorsEn } from "./texts.js";

type StoredActor = RouterOutputs["actor"]["get"];

/** Create an actor (`/akteure/neu`) or edit one (`/akteure/:id`), with its contact persons. */
export function ActorEditPage() {
  const { t } = useAreaTexts("actors", actorsDe, actorsEn);
  const trpc = useTRPC();
  const { actorId } = useParams({ strict: false });
  const actor = useQuery({ ...trpc.actor.get.queryOptions({ id: actorId ?? "" }), enabled: Boolean(actorId) });
  if (!actorId) return <ActorForm stored={null} />;
  return loadState({ loading: t("app.loading"), notFound: t("actors.notFound") }, actor) ?? <ActorForm key={actor.data!.id} stored={actor.data!} />;
}

function ActorForm({ stored }: { stored: StoredActor | null }) {
  const { t } = useAreaTexts("actors", actorsDe, actorsEn);
  const { label } = useLabels();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { me } = useRouteContext({ from: "/staff" });
  const queryClient = useQueryClient();
  const editor = useRecordEditor({
    stored,
    initial: actorFormValues(stored),
    valuesOf: actorFormValues,
    fetchLatest: (id) => queryClient.fetchQuery({ ...trpc.actor.get.queryOptions({ id }), staleTime: 0 }),
    queryKey: trpc.actor.pathKey(),
    savedToast: (saved) => ({ title: t("actors.form.saved"), description: saved.name }),
    openCreated: (actorId) => void navigate({ to: "/akteure/$actorId", params: { actorId } }),
  });
  const { record, form } = editor;
  const { values, errors, set } = form;

  const territories = useQuery(trpc.territory.list.queryOptions({ limit: 200 }));
  const create = useMutation(trpc.actor.create.mutationOptions());
  const update = useMutation(trpc.actor.update.mutationOptions());
  const access = writableTerritories(me, territories.data?.items ?? []);
  const canEdit = record ? access.has(record.territoryId) : editsRecords(me);

  const save = () => {
    const input = actorInputOf(values) as Parameters<typeof create.mutateAsync>[0];
    void editor.save((current) => (current ? update.mutateAsync({ id: current.id, expectedVersion: current.version, data: input }) : create.mutateAsync(input)));
  };

  const text = (field: "name" | "shortName" | "description" | "website" | "email" | "phone" | "street" | "postalCode" | "city", path: string, fieldLabel: string, options: { multiline?: boolean; type?: string; isRequired?: boolean; description?: string } = {}) => (
    <TextField label={fieldLabel} value={values[field]} onChange={(value) => set(field, value)} errorMessage={errors[path] ?? null} {...options} />
  );
  const personField = (index: number, field: "name" | "role" | "email" | "phone", fieldLabel: string, type?: string) => (
    <TextField
      label={fieldLabel}
      type={type}
      isRequired={field === "name"}
      value={values.contactPersons[index]![field]}
      onChange={(value) => form.update((previous) => ({ ...previous, contactPersons: previous.contactPersons.map((person, i) => (i === index ? { ...person, [field]: value } : person)) }))}
      errorMessage={errors[`contactPersons.${index}.${field}`] ?? null}
    />
  );
  const territoryOptions = (territories.data?.items ?? []).filter((territory) => territory.kind !== "state" && (territory.id === values.territoryId || access.has(territory.id))).map((territory) => ({ id: territory.id, label: territory.name }));
  const shownPaths = new Set(["name", "shortName", "kind", "description", "territoryId", "website", "email", "phone", "address.street", "address.postalCode", "address.city"]);

  return (
    <>
      <PageHeader title={record ? record.name : t("actors.form.newTitle")} lead={record ? label(actorKindLabels, record.kind) : t("actors.form.newLead")} />
      {!canEdit && <Notice>{t("actors.form.readOnly")}</Notice>}
      <RecordFormFrame
        editor={editor}
        canEdit={canEdit}
        onSubmit={save}
        isShownAtField={(path) => shownPaths.has(path) || /^contactPersons\.\d+\.(name|role|email|phone)$/.test(path)}
        saveLabel={t("actors.form.save")}
        savingLabel={t("actors.form.saving")}
        links={<Link to="/akteure" className="ui-button">{t("actors.form.back")}</Link>}
        conflictTexts="actors"
        compared={[
          { label: t("actors.form.name"), of: (v) => v.name },
          { label: t("actors.form.shortName"), of: (v) => v.shortName },
          { label: t("actors.form.description"), of: (v) => v.description },
          { label: t("actors.form.email"), of: (v) => v.email },
          { label: t("actors.form.phone"), of: (v) => v.phone },
          { label: t("actors.form.website"), of: (v) => v.website },
          { label: t("actors.form.contactPersons"), of: (v) => v.contactPersons.map((person) => person.name).join(", ") },
        ]}
      >
        <fieldset disabled={!canEdit}>
          <legend>{t("actors.form.organisation")}</legend>
          {text("name", "name", t("actors.form.name"), { isRequired: true })}
          <div className="field-row">
            {text("shortName", "shortName", t("actors.form.shortName"), { description: t("actors.form.shortNameHint") })}
            <Select label={t("actors.form.kind")} isRequired value={values.kind || null} onChange={(id) => set("kind", (id ?? "") as ActorKind | "")} errorMessage={errors.kind ?? null} options={ActorKindSchema.options.map((kind) => ({ id: kind, label: label(actorKindLabels, kind) }))} />
            <Select label={t("actors.form.territory")} isRequired value={values.territoryId || null} onChange={(id) => set("territoryId", id ?? "")} errorMessage={errors.territoryId ?? null} options={territoryOptions} />
          </div>
          {text("description", "description", t("actors.form.description"), { multiline: true })}
        </fieldset>
        <fieldset disabled={!canEdit}>
          <legend>{t("actors.form.contact")}</legend>
          <div className="field-row">
            {text("email", "email", t("actors.form.email"), { type: "email" })}
            {text("phone", "phone", t("actors.form.phone"), { type: "tel" })}
          </div>
          {text("website", "website", t("actors.form.website"), { type: "url", description: t("actors.form.websiteHint") })}
          <div className="field-row">
            {text("street", "address.street", t("actors.form.street"))}
            {text("postalCode", "address.postalCode", t("actors.form.postalCode"))}
            {text("city", "address.city", t("actors.form.city"))}
          </div>
        </fieldset>
        <fieldset disabled={!canEdit}>
          <legend>{t("actors.form.contactPersons")}</legend>
          <p className="muted">{t("actors.form.contactPersonsHint")}</p>
          {values.contactPersons.map((person, index) => (
            <fieldset key={index} className="repeat-group">
              <legend>{t("actors.form.contactPerson", { number: index + 1 })}</legend>
              <div className="field-row">
                {personField(index, "name", t("actors.form.personName"))}
                {personField(index, "role", t("actors.form.personRole"))}
              </div>
              <div className="field-row">
                {personField(index, "email", t("actors.form.email"), "email")}
                {personField(index, "phone", t("actors.form.phone"), "tel")}
              </div>
              <Checkbox isSelected={person.isPublic} onChange={(isPublic) => form.update((previous) => ({ ...previous, contactPersons: previous.contactPersons.map((p, i) => (i === index ? { ...p, isPublic } : p)) }))}>
                {t("actors.form.personPublic")}
              </Checkbox>
              {canEdit && (
                <div className="repeat-group__actions">
                  <Button variant="quiet" onPress={() => form.update((previous) => ({ ...previous, contactPersons: previous.contactPersons.filter((_, i) => i !== index) }))}>
                    {t("actors.form.removePerson", { number: index + 1 })}
                  </Button>
                </div>
              )}
            </fieldset>
          ))}
          {canEdit && <Button onPress={() => form.update((previous: ActorFormValues) => ({ ...previous, contactPersons: [...previous.contactPersons, { ...NEW_CONTACT_PERSON }] }))}>{t("actors.form.addPerson")}</Button>}
        </fieldset>
      </RecordFormFrame>
    </>
  );
}
