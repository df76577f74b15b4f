import { type OfferStatus, offerStatusLabels, type PreventionLevel, preventionLevelLabels, type TargetGroup, targetGroupLabels } from "@praeventionskette/domain";
import { Button, Checkbox, ComboBox, DateField, fieldErrorsFromApi, isConflict, Notice, PageHeader, Select, showToast, TextField } from "@praeventionskette/ui";
import { useForm, useStore } from "@tanstack/react-form";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams, useRouteContext } from "@tanstack/react-router";
import { useState } from "react";
import { useOfferTexts } from "./use-offer-texts.js";
import { ConflictDialog } from "../../components/ConflictDialog.js";
import { UnsavedChangesGuard } from "../../components/UnsavedChangesGuard.js";
import { useLabels } from "../../lib/labels.js";
import { offerMode, providerOrganisations } from "../../lib/roles.js";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.js";
import { ChoiceGroup } from "./ChoiceGroup.js";
import { ChosenIdsEditor } from "./ChosenIdsEditor.js";
import { LocationsEditor } from "./LocationsEditor.js";
import { offerDifferences } from "./offer-differences.js";
import { formFieldOf, formValuesOf, type OfferFormValues, validateOffer } from "./offer-form-values.js";
import { SchedulesEditor } from "./SchedulesEditor.js";
import { TranslationsEditor } from "./TranslationsEditor.js";
import "./offers.css";

/** An offer as saved (get also answers display texts and the provider, which the form does not edit). */
type StoredOffer = RouterOutputs["offer"]["update"];

/**
 * Create an offer, or edit one: `/angebote/neu` and `/angebote/:id`. Reviewers save the offer
 * itself; a provider editor's save proposes the change (or the new offer) for review instead.
 */
export function OfferEditPage() {
  const { t } = useOfferTexts();
  const trpc = useTRPC();
  const { offerId } = useParams({ strict: false });
  const offer = useQuery({ ...trpc.offer.get.queryOptions({ id: offerId ?? "" }), enabled: Boolean(offerId) });
  if (!offerId) return <OfferForm stored={null} />;
  if (offer.isPending) return <p role="status">{t("app.loading")}</p>;
  if (offer.isError) return <Notice tone="error">{offer.error.data?.code === "NOT_FOUND" ? t("offerEdit.notFound") : offer.error.message}</Notice>;
  return <OfferForm key={offer.data.id} stored={offer.data} />;
}

function OfferForm({ stored }: { stored: StoredOffer | null }) {
  const { t } = useOfferTexts();
  const { label, name } = useLabels();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [record, setRecord] = useState(stored);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<StoredOffer | null>(null);
  const { me } = useRouteContext({ from: "/staff" });
  const mode = offerMode(me);
  const ownOrganisations = providerOrganisations(me);

  const territories = useQuery(trpc.territory.list.queryOptions({ limit: 200 }));
  const fields = useQuery(trpc.fieldOfAction.list.queryOptions({ limit: 200 }));
  const providers = useQuery(trpc.actor.list.queryOptions({ limit: 200 }));
  const create = useMutation(trpc.offer.create.mutationOptions());
  const update = useMutation(trpc.offer.update.mutationOptions());
  const propose = useMutation(trpc.offerProposal.create.mutationOptions());
  const pendingProposals = useQuery({ ...trpc.offerProposal.list.queryOptions({ offerId: record?.id, status: "pending", limit: 1 }), enabled: mode === "propose" && Boolean(record) });

  const save = async (values: OfferFormValues) => {
    const checked = validateOffer(values);
    if (checked.errors) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    try {
      if (mode === "propose") {
        const proposal = await propose.mutateAsync({ offerId: record?.id ?? null, expectedVersion: record?.version ?? null, data: checked.input });
        form.reset(values);
        await queryClient.invalidateQueries({ queryKey: trpc.offerProposal.pathKey() });
        showToast({ tone: "success", title: t("proposals.submitted"), description: proposal.data.title });
        await navigate({ to: "/vorschlaege/$proposalId", params: { proposalId: proposal.id } });
        return;
      }
      const saved = record
        ? await update.mutateAsync({ id: record.id, expectedVersion: record.version, data: checked.input })
        : await create.mutateAsync(checked.input);
      setRecord(saved);
      form.reset(formValuesOf(saved));
      await queryClient.invalidateQueries({ queryKey: trpc.offer.get.queryKey({ id: saved.id }) });
      await queryClient.invalidateQueries({ queryKey: trpc.offer.search.queryKey() });
      showToast({ tone: "success", title: t("offerEdit.saved"), description: saved.title });
      if (!record) await navigate({ to: "/angebote/$offerId", params: { offerId: saved.id } });
    } catch (error) {
      if (record && isConflict(error)) {
        setConflict(await queryClient.fetchQuery({ ...trpc.offer.get.queryOptions({ id: record.id }), staleTime: 0 }));
        return;
      }
      const byField: Record<string, string> = {};
      for (const [path, message] of Object.entries(fieldErrorsFromApi(error, "data"))) byField[formFieldOf(path)] ??= message;
      setErrors(byField);
    }
  };

  const initialValues = formValuesOf(stored);
  if (!stored && mode === "propose") initialValues.providerId = ownOrganisations[0] ?? "";
  const form = useForm({ defaultValues: initialValues, onSubmit: ({ value }) => save(value) });
  const isDirty = useStore(form.store, (state) => state.isDirty);
  const isSubmitting = useStore(form.store, (state) => state.isSubmitting);

  const text = (field: keyof OfferFormValues, fieldLabel: string, options: { multiline?: boolean; description?: string; type?: string; isRequired?: boolean } = {}) => (
    <form.Field name={field}>
      {(f) => (
        <TextField
          label={fieldLabel}
          value={String(f.state.value)}
          onChange={(value) => f.handleChange(value as never)}
          onBlur={f.handleBlur}
          errorMessage={errors[field] ?? null}
          multiline={options.multiline}
          description={options.description}
          type={options.type}
          isRequired={options.isRequired}
        />
      )}
    </form.Field>
  );

  // The main territory (the first) decides the life phases, goals and the map of places.
  const territoryId = useStore(form.store, (state) => state.values.territoryIds[0] ?? "");
  const free = useStore(form.store, (state) => state.values.free);
  const territory = (territories.data?.items ?? []).find((item) => item.id === territoryId) ?? null;
  // Life phases, transitions and goals as they apply in the chosen territory (and, for goals, the one above it).
  const phases = useQuery({ ...trpc.lifePhase.list.queryOptions({ territoryId, limit: 200 }), enabled: territoryId !== "" });
  const transitions = useQuery({ ...trpc.transition.list.queryOptions({ territoryId, limit: 200 }), enabled: territoryId !== "" });
  const ownGoals = useQuery({ ...trpc.goal.list.queryOptions({ territoryId, limit: 200 }), enabled: territoryId !== "" });
  const parentGoals = useQuery({ ...trpc.goal.list.queryOptions({ territoryId: territory?.parentId ?? "", limit: 200 }), enabled: Boolean(territory?.parentId) });
  const goalOptions = [...(parentGoals.data?.items ?? []), ...(ownGoals.data?.items ?? [])].map((goal) => ({ id: goal.id, label: goal.title }));

  const territoryOptions = (territories.data?.items ?? []).filter((item) => item.kind !== "state").map((item) => ({ id: item.id, label: item.name }));
  const fieldOptions = (fields.data?.items ?? []).map((field) => ({ id: field.id, label: name(field.name) }));
  const nameOf = (id: string) =>
    [...(phases.data?.items ?? []), ...(transitions.data?.items ?? [])].find((item) => item.id === id)?.name.de ?? [...goalOptions, ...territoryOptions, ...fieldOptions].find((option) => option.id === id)?.label ?? id;

  return (
    <>
      <PageHeader title={mode === "propose" ? (record ? t("proposals.proposeTitle") : t("proposals.proposeNew")) : record ? t("offerEdit.editTitle") : t("offerEdit.newTitle")} lead={record?.title} />
      {mode === "propose" && <Notice>{t("proposals.proposeNotice")}</Notice>}
      {pendingProposals.data?.items[0] && (
        <Notice tone="warning">
          {t("proposals.pendingNotice")} <Link to="/vorschlaege/$proposalId" params={{ proposalId: pendingProposals.data.items[0].id }}>{t("proposals.showPending")}</Link>
        </Notice>
      )}
      {Object.keys(errors).length > 0 && <Notice tone="error">{errors[""] ?? t("offerEdit.invalid")}</Notice>}
      <form
        className="edit-form offer-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void form.handleSubmit();
        }}
      >
        <fieldset>
          <legend>{t("offerEdit.basics")}</legend>
          {text("title", t("offerEdit.offerTitle"), { isRequired: true })}
          {text("shortTitle", t("offerEdit.shortTitle"))}
          {text("description", t("offerEdit.description"), { multiline: true })}
          {text("eligibility", t("offerEdit.eligibility"), { multiline: true })}
          <form.Field name="providerId">
            {(f) => <ComboBox label={t("offerEdit.provider")} isRequired value={f.state.value || null} onChange={(id) => f.handleChange(id ?? "")} errorMessage={errors.providerId ?? null} options={(providers.data?.items ?? []).filter((actor) => mode === "edit" || ownOrganisations.includes(actor.id)).map((actor) => ({ id: actor.id, label: actor.name }))} />}
          </form.Field>
          <form.Field name="territoryIds">
            {(f) => (
              <ChosenIdsEditor
                picker="combobox"
                label={t("offerEdit.territories")}
                description={t("offerEdit.territoriesHint")}
                itemLabel={(position) => t("offerEdit.territoryAt", { position })}
                addLabel={t("offerEdit.addTerritory")}
                removeLabel={(position) => t("offerEdit.removeTerritory", { position })}
                ids={f.state.value}
                onChange={f.handleChange}
                errorMessage={errors.territoryIds ?? null}
                options={territoryOptions}
              />
            )}
          </form.Field>
          <form.Field name="fieldOfActionIds">
            {(f) => (
              <ChosenIdsEditor
                picker="select"
                label={t("offerEdit.fieldsOfAction")}
                itemLabel={(position) => t("offerEdit.fieldOfActionAt", { position })}
                addLabel={t("offerEdit.addFieldOfAction")}
                removeLabel={(position) => t("offerEdit.removeFieldOfAction", { position })}
                ids={f.state.value}
                onChange={f.handleChange}
                errorMessage={errors.fieldOfActionIds ?? null}
                options={fieldOptions}
              />
            )}
          </form.Field>
          <form.Field name="status">
            {(f) => <Select label={t("offerEdit.status")} value={f.state.value} onChange={(id) => id && f.handleChange(id as OfferStatus)} errorMessage={errors.status ?? null} options={(Object.keys(offerStatusLabels) as OfferStatus[]).map((status) => ({ id: status, label: label(offerStatusLabels, status) }))} />}
          </form.Field>
        </fieldset>
        <fieldset>
          <legend>{t("offerEdit.ages")}</legend>
          <p className="muted">{t("offerEdit.ageHint")}</p>
          <div className="field-row">
            {text("minAge", t("offerEdit.minAge"), { type: "number" })}
            {text("maxAge", t("offerEdit.maxAge"), { type: "number" })}
          </div>
          {text("languages", t("offerEdit.languages"), { description: t("offerEdit.languagesHint") })}
        </fieldset>
        <fieldset>
          <legend>{t("offerArea.sections.cost")}</legend>
          <form.Field name="free">{(f) => <Checkbox isSelected={f.state.value} onChange={f.handleChange}>{t("offerEdit.free")}</Checkbox>}</form.Field>
          {errors.free && <p className="ui-field__error">{errors.free}</p>}
          {!free && text("costAmount", t("offerArea.costAmount"), { description: t("offerArea.costAmountHint") })}
          {text("costDescription", t("offerArea.costDescription"))}
        </fieldset>
        <fieldset>
          <legend>{t("offerEdit.contact")}</legend>
          {text("contactName", t("offerArea.contactName"), { description: t("offerArea.contactNameHint") })}
          {text("email", t("offerEdit.email"), { type: "email" })}
          {text("phone", t("offerEdit.phone"), { type: "tel" })}
          {text("url", t("offerEdit.website"), { type: "url" })}
        </fieldset>
        <fieldset>
          <legend>{t("offerArea.sections.classification")}</legend>
          <form.Field name="preventionLevel">
            {(f) => <Select label={t("offerArea.preventionLevel")} value={f.state.value} onChange={(id) => id && f.handleChange(id as PreventionLevel)} errorMessage={errors.preventionLevel ?? null} options={(Object.keys(preventionLevelLabels) as PreventionLevel[]).map((level) => ({ id: level, label: label(preventionLevelLabels, level) }))} />}
          </form.Field>
          <form.Field name="targetGroups">
            {(f) => <ChoiceGroup label={t("offerArea.targetGroups")} selected={f.state.value} onChange={(ids) => f.handleChange(ids as TargetGroup[])} errorMessage={errors.targetGroups ?? null} options={(Object.keys(targetGroupLabels) as TargetGroup[]).map((group) => ({ id: group, label: label(targetGroupLabels, group) }))} />}
          </form.Field>
          <form.Field name="lifePhaseIds">
            {(f) => <ChoiceGroup label={t("offerArea.lifePhases")} selected={f.state.value} onChange={f.handleChange} errorMessage={errors.lifePhaseIds ?? null} options={(phases.data?.items ?? []).map((phase) => ({ id: phase.id, label: name(phase.name) }))} />}
          </form.Field>
          <form.Field name="transitionIds">
            {(f) => <ChoiceGroup label={t("offerArea.transitions")} selected={f.state.value} onChange={f.handleChange} errorMessage={errors.transitionIds ?? null} options={(transitions.data?.items ?? []).map((transition) => ({ id: transition.id, label: name(transition.name) }))} />}
          </form.Field>
          <form.Field name="goalIds">
            {(f) => (goalOptions.length > 0
              ? <ChoiceGroup long label={t("offerArea.goals")} description={t("offerArea.goalsHint")} selected={f.state.value} onChange={f.handleChange} errorMessage={errors.goalIds ?? null} options={goalOptions} />
              : territoryId !== "" && !ownGoals.isPending && <p className="muted">{t("offerArea.noGoals")}</p>)}
          </form.Field>
        </fieldset>
        <fieldset>
          <legend>{t("offerArea.sections.publication")}</legend>
          <p className="muted">{t("offerArea.visibleHint")}</p>
          <div className="field-row">
            <form.Field name="visibleFrom">{(f) => <DateField label={t("offerArea.visibleFrom")} value={f.state.value} onChange={f.handleChange} errorMessage={errors.visibleFrom ?? null} />}</form.Field>
            <form.Field name="visibleTo">{(f) => <DateField label={t("offerArea.visibleTo")} value={f.state.value} onChange={f.handleChange} errorMessage={errors.visibleTo ?? null} />}</form.Field>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t("offerArea.sections.locations")}</legend>
          {errors.locations && <p className="ui-field__error">{errors.locations}</p>}
          <form.Field name="locations">
            {(f) => <LocationsEditor locations={f.state.value} onChange={f.handleChange} errors={errors} territory={territory ? { id: territory.id, name: territory.name, parentId: territory.parentId ?? null } : null} />}
          </form.Field>
        </fieldset>
        <fieldset>
          <legend>{t("offerArea.sections.schedules")}</legend>
          {errors.schedules && <p className="ui-field__error">{errors.schedules}</p>}
          <form.Field name="schedules">{(f) => <SchedulesEditor schedules={f.state.value} onChange={f.handleChange} errors={errors} />}</form.Field>
        </fieldset>
        <fieldset>
          <legend>{t("offerArea.sections.translations")}</legend>
          {errors.translations && <p className="ui-field__error">{errors.translations}</p>}
          <form.Field name="translations">{(f) => <TranslationsEditor translations={f.state.value} onChange={f.handleChange} errors={errors} />}</form.Field>
        </fieldset>
        <div className="form-actions">
          <Button type="submit" variant="primary" isDisabled={isSubmitting}>{mode === "propose" ? (isSubmitting ? t("proposals.submitting") : t("proposals.submit")) : isSubmitting ? t("offerEdit.saving") : t("offerEdit.save")}</Button>
          <Link to="/angebote" className="ui-button">{t("offerEdit.cancel")}</Link>
        </div>
      </form>
      <UnsavedChangesGuard when={isDirty && !isSubmitting} />
      {conflict && (
        <ConflictDialog
          isOpen
          changedBy={conflict.updatedBy}
          changedAt={conflict.updatedAt}
          differences={offerDifferences(form.state.values, formValuesOf(conflict), { t, nameOf })}
          onReload={() => {
            setRecord(conflict);
            form.reset(formValuesOf(conflict));
            setConflict(null);
          }}
          onKeep={() => {
            // The next save knowingly replaces the other version.
            setRecord(conflict);
            setConflict(null);
          }}
        />
      )}
    </>
  );
}
