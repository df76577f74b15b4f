import { type OfferStatus, offerStatusLabels } from "@praeventionskette/domain";
import { Button, Checkbox, ComboBox, fieldErrorsFromApi, isConflict, Notice, PageHeader, Select, showToast, TextField } from "@praeventionskette/ui";
import { useForm, useStore } from "@tanstack/react-form";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams, useRouteContext } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConflictDialog, type FieldDifference } from "../../components/ConflictDialog.js";
import { UnsavedChangesGuard } from "../../components/UnsavedChangesGuard.js";
import { useLabels } from "../../lib/labels.js";
import { offerMode, providerOrganisations } from "../../lib/roles.js";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.js";
import { formFieldOf, formValuesOf, NEW_OFFER_BASE, type OfferBase, type OfferFormValues, validateOffer } from "./offer-form-values.js";

/** An offer as saved (get also answers display texts and the provider, which the form does not edit). */
type StoredOffer = RouterOutputs["offer"]["update"];

const RECORD_META = new Set(["id", "version", "createdAt", "updatedAt", "updatedBy", "archivedAt", "provider", "shownLanguage", "fallback", "display"]);

/** The offer's own fields, without what the API adds to every record. */
function baseOf(offer: StoredOffer): OfferBase {
  return Object.fromEntries(Object.entries(offer).filter(([key]) => !RECORD_META.has(key))) as unknown as OfferBase;
}

/**
 * Create an offer, or edit one: `/angebote/neu` and `/angebote/:id`. Reviewers save the offer
 * itself; a provider editor's save proposes the change (or the new offer) for review instead.
 */
export function OfferEditPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { offerId } = useParams({ strict: false });
  const offer = useQuery({ ...trpc.offer.get.queryOptions({ id: offerId ?? "" }), enabled: Boolean(offerId) });
  if (!offerId) return <OfferForm stored={null} />;
  if (offer.isPending) return <p role="status">{t("app.loading")}</p>;
  if (offer.isError) return <Notice tone="error">{offer.error.data?.code === "NOT_FOUND" ? t("offerEdit.notFound") : offer.error.message}</Notice>;
  return <OfferForm key={offer.data.id} stored={offer.data} />;
}

function OfferForm({ stored }: { stored: StoredOffer | null }) {
  const { t } = useTranslation();
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
    const base = record ? baseOf(record) : NEW_OFFER_BASE;
    const checked = validateOffer(values, base);
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

  const differences = (theirs: StoredOffer): FieldDifference[] => {
    const mine = form.state.values;
    const saved = formValuesOf(theirs);
    const labels: Partial<Record<keyof OfferFormValues, string>> = { title: t("offerEdit.offerTitle"), shortTitle: t("offerEdit.shortTitle"), description: t("offerEdit.description"), eligibility: t("offerEdit.eligibility"), email: t("offerEdit.email"), phone: t("offerEdit.phone"), url: t("offerEdit.website"), languages: t("offerEdit.languages"), minAge: t("offerEdit.minAge"), maxAge: t("offerEdit.maxAge") };
    return (Object.keys(labels) as (keyof OfferFormValues)[]).filter((key) => String(mine[key]) !== String(saved[key])).map((key) => ({ label: labels[key]!, mine: String(mine[key]), theirs: String(saved[key]) }));
  };

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
        className="edit-form"
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
          <form.Field name="territoryId">
            {(f) => <ComboBox label={t("offerEdit.territory")} isRequired value={f.state.value || null} onChange={(id) => f.handleChange(id ?? "")} errorMessage={errors.territoryId ?? null} options={(territories.data?.items ?? []).filter((territory) => territory.kind !== "state").map((territory) => ({ id: territory.id, label: territory.name }))} />}
          </form.Field>
          <form.Field name="fieldOfActionId">
            {(f) => <Select label={t("offerEdit.fieldOfAction")} isRequired value={f.state.value || null} onChange={(id) => f.handleChange(id ?? "")} errorMessage={errors.fieldOfActionId ?? null} options={(fields.data?.items ?? []).map((field) => ({ id: field.id, label: name(field.name) }))} />}
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
          <form.Field name="free">{(f) => <Checkbox isSelected={f.state.value} onChange={f.handleChange}>{t("offerEdit.free")}</Checkbox>}</form.Field>
          {errors.free && <p className="ui-field__error">{errors.free}</p>}
        </fieldset>
        <fieldset>
          <legend>{t("offerEdit.contact")}</legend>
          {text("email", t("offerEdit.email"), { type: "email" })}
          {text("phone", t("offerEdit.phone"), { type: "tel" })}
          {text("url", t("offerEdit.website"), { type: "url" })}
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
          differences={differences(conflict)}
          onReload={() => {
            setRecord(conflict);
            form.reset(formValuesOf(conflict));
            setConflict(null);
          }}
          onKeep={() => {
            // The next save knowingly replaces the other version.
            setRecord({ ...conflict, ...(record ? baseOf(record) : {}), id: conflict.id, version: conflict.version } as StoredOffer);
            setConflict(null);
          }}
        />
      )}
    </>
  );
}
