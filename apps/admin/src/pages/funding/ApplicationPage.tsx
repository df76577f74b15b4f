import { computeGrant, fundingApplicationStatusLabels, totalSpending } from "@praeventionskette/domain";
import { Button, Notice, PageHeader, Select, showToast, TextField } from "@praeventionskette/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams, useRouteContext, useSearch } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { ConflictDialog } from "../../components/ConflictDialog.js";
import { UnsavedChangesGuard } from "../../components/UnsavedChangesGuard.js";
import { formatDate } from "../../lib/format.js";
import { useLabels } from "../../lib/labels.js";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.js";
import { conflictDifferences } from "../actors/conflict-differences.js";
import { FormErrorSummary } from "../actors/FormErrorSummary.js";
import { centsOf, euroText, formatEuro } from "../actors/money.js";
import { saveFailure, textOf, useRecordForm } from "../actors/record-form.js";
import { editsRecords, writableTerritories } from "../actors/write-access.js";
import "../actors/forms.css";
import { ApplicationSteps } from "./ApplicationSteps.js";
import { programmeRule } from "./programme-rule.js";
import { MoneyField } from "./MoneyField.js";
import { useAreaTexts } from "../../lib/area-texts.js";
import { fundingDe, fundingEn } from "./texts.js";

type StoredApplication = RouterOutputs["fundingApplication"]["get"];

interface ApplicationFormValues {
  title: string;
  description: string;
  programmeId: string;
  territoryId: string;
  eligibleCosts: string;
  requestedGrant: string;
}

const valuesOf = (application: StoredApplication | null, programmeId = ""): ApplicationFormValues => ({
  title: textOf(application?.title),
  description: textOf(application?.description),
  programmeId: application?.programmeId ?? programmeId,
  territoryId: textOf(application?.territoryId),
  eligibleCosts: euroText(application?.eligibleCostsCents),
  requestedGrant: euroText(application?.requestedGrantCents),
});

/** A funding application (`/foerderung/antraege/neu` or `/…/:id`): its figures, what the domain computes, and its next step. */
export function ApplicationPage() {
  const { t } = useAreaTexts("funding", fundingDe, fundingEn);
  const trpc = useTRPC();
  const { applicationId } = useParams({ strict: false });
  const application = useQuery({ ...trpc.fundingApplication.get.queryOptions({ id: applicationId ?? "" }), enabled: Boolean(applicationId) });
  if (!applicationId) return <ApplicationForm stored={null} />;
  if (application.isPending) return <p role="status">{t("app.loading")}</p>;
  if (application.isError) return <Notice tone="error">{application.error.data?.code === "NOT_FOUND" ? t("funding.applications.notFound") : application.error.message}</Notice>;
  return <ApplicationForm key={application.data.id} stored={application.data} />;
}

function ApplicationForm({ stored }: { stored: StoredApplication | null }) {
  const { t, i18n } = useAreaTexts("funding", fundingDe, fundingEn);
  const { label, locale } = useLabels();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { me } = useRouteContext({ from: "/staff" });
  const search: { programm?: string } = useSearch({ strict: false });
  const [record, setRecord] = useState(stored);
  const [conflict, setConflict] = useState<StoredApplication | null>(null);
  const [createdId, setCreatedId] = useState<string | null>(null);
  const form = useRecordForm(valuesOf(stored, search.programm));
  const { values, errors, set } = form;
  const territories = useQuery(trpc.territory.list.queryOptions({ limit: 200 }));
  const programmes = useQuery(trpc.fundingProgramme.list.queryOptions({ limit: 200 }));
  const create = useMutation(trpc.fundingApplication.create.mutationOptions());
  const update = useMutation(trpc.fundingApplication.update.mutationOptions());
  const saving = create.isPending || update.isPending;
  const access = writableTerritories(me, territories.data?.items ?? []);
  const canEdit = record ? access.has(record.territoryId) : editsRecords(me);
  const figuresFixed = record !== null && record.status !== "draft";
  const programme = (programmes.data?.items ?? []).find((item) => item.id === values.programmeId);
  const euro = (cents: number) => formatEuro(cents, i18n.language);

  useEffect(() => {
    if (createdId) void navigate({ to: "/foerderung/antraege/$applicationId", params: { applicationId: createdId } });
  }, [createdId, navigate]);

  const fetchLatest = async () => {
    if (record) setConflict(await queryClient.fetchQuery({ ...trpc.fundingApplication.get.queryOptions({ id: record.id }), staleTime: 0 }));
  };
  const save = async () => {
    const eligibleCostsCents = centsOf(values.eligibleCosts);
    const requestedGrantCents = centsOf(values.requestedGrant);
    const local: Record<string, string> = {};
    if (Number.isNaN(eligibleCostsCents)) local.eligibleCostsCents = t("funding.moneyInvalid");
    if (Number.isNaN(requestedGrantCents)) local.requestedGrantCents = t("funding.moneyInvalid");
    form.setErrors(local);
    if (Object.keys(local).length > 0) return;
    const own = { title: values.title, description: values.description, programmeId: values.programmeId, territoryId: values.territoryId, eligibleCostsCents, requestedGrantCents };
    try {
      const saved = record
        ? await update.mutateAsync({ id: record.id, expectedVersion: record.version, data: { ...record, ...own } })
        : await create.mutateAsync({ ...own, status: "draft", submittedOn: null, approval: null, proofOfUse: null, goalIds: [], spending: [], rejection: null, settlement: null });
      setRecord(saved);
      form.reset(valuesOf(saved));
      await queryClient.invalidateQueries({ queryKey: trpc.fundingApplication.pathKey() });
      showToast({ tone: "success", title: t("funding.applications.saved"), description: saved.title });
      if (!record) setCreatedId(saved.id);
    } catch (error) {
      const failure = saveFailure(error, record ? "data" : "");
      if (failure.conflict) await fetchLatest();
      else form.setErrors(failure.errors ?? {});
    }
  };
  const advanced = async (saved: StoredApplication, what: string) => {
    setRecord(saved);
    queryClient.setQueryData(trpc.fundingApplication.get.queryKey({ id: saved.id }), saved);
    await queryClient.invalidateQueries({ queryKey: trpc.fundingApplication.list.queryKey() });
    showToast({ tone: "success", title: what, description: label(fundingApplicationStatusLabels, saved.status) });
  };

  const costs = centsOf(values.eligibleCosts);
  const maximum = programme && !Number.isNaN(costs) ? computeGrant({ eligibleCostsCents: costs, fundingRate: programme.fundingRate, maxGrantCents: programme.maxGrantCents }) : null;
  const spent = record ? totalSpending(record) : 0;

  return (
    <>
      <PageHeader title={record ? record.title : t("funding.applications.newTitle")} lead={record ? label(fundingApplicationStatusLabels, record.status) : t("funding.applications.newLead")} />
      {!canEdit && <Notice>{t("funding.applications.readOnly")}</Notice>}
      {record && (
        <section className="section" aria-labelledby="figures-heading">
          <h2 id="figures-heading">{t("funding.figures.heading")}</h2>
          <dl className="figures">
            <div><dt>{t("funding.figures.status")}</dt><dd>{label(fundingApplicationStatusLabels, record.status)}</dd></div>
            <div><dt>{t("funding.figures.eligibleCosts")}</dt><dd>{euro(record.eligibleCostsCents)}</dd></div>
            {maximum !== null && <div><dt>{t("funding.figures.maximum")}</dt><dd>{euro(maximum)}</dd></div>}
            <div><dt>{t("funding.figures.requested")}</dt><dd>{euro(record.requestedGrantCents)}</dd></div>
            {record.approval && <div><dt>{t("funding.figures.granted")}</dt><dd>{euro(record.approval.grantCents)}</dd></div>}
            {record.approval && <div><dt>{t("funding.figures.spent")}</dt><dd>{euro(spent)}</dd></div>}
            {record.approval && <div><dt>{t("funding.figures.remaining")}</dt><dd>{euro(record.approval.grantCents - spent)}</dd></div>}
            {record.settlement && <div><dt>{t("funding.figures.repayment")}</dt><dd>{euro(record.settlement.repaymentCents)}</dd></div>}
          </dl>
          <p className="muted">
            {[
              record.submittedOn && t("funding.figures.submittedOn", { date: formatDate(record.submittedOn, i18n.language) }),
              record.approval && t("funding.figures.noticeOn", { date: formatDate(record.approval.noticeDate, i18n.language), reference: record.approval.noticeReference ?? "–" }),
              record.approval?.proofOfUseDueOn && t("funding.figures.proofDue", { date: formatDate(record.approval.proofOfUseDueOn, i18n.language) }),
              record.rejection && t("funding.figures.rejectedOn", { date: formatDate(record.rejection.noticeDate, i18n.language), reason: record.rejection.reason || "–" }),
            ].filter(Boolean).join(" · ")}
          </p>
          {(record.spending ?? []).length > 0 && (
            <div className="ui-table-wrap">
            <table className="ui-table">
              <caption>{t("funding.figures.spending")}</caption>
              <thead>
                <tr><th scope="col">{t("funding.steps.spentOn")}</th><th scope="col">{t("funding.steps.spendingDescription")}</th><th scope="col" className="ui-table__number">{t("funding.steps.amount")}</th></tr>
              </thead>
              <tbody>
                {(record.spending ?? []).map((entry, index) => (
                  <tr key={index}><td>{formatDate(entry.spentOn, i18n.language)}</td><td>{entry.description || "–"}</td><td className="ui-table__number">{euro(entry.amountCents)}</td></tr>
                ))}
              </tbody>
            </table>
            </div>
          )}
        </section>
      )}
      {record && programme && canEdit && (
        <section className="section" aria-labelledby="steps-heading">
          <h2 id="steps-heading">{t("funding.steps.heading")}</h2>
          <ApplicationSteps key={record.version} application={record} programme={programme} onAdvanced={(saved, what) => void advanced(saved, what)} onConflict={() => void fetchLatest()} />
        </section>
      )}
      <FormErrorSummary errors={errors} isShownAtField={(path) => ["title", "description", "programmeId", "territoryId", "eligibleCostsCents", "requestedGrantCents"].includes(path)} />
      <form
        className="edit-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <fieldset disabled={!canEdit}>
          <legend>{t("funding.applications.application")}</legend>
          <TextField label={t("funding.applications.title")} isRequired value={values.title} onChange={(value) => set("title", value)} errorMessage={errors.title ?? null} />
          <TextField label={t("funding.applications.description")} multiline value={values.description} onChange={(value) => set("description", value)} errorMessage={errors.description ?? null} />
        </fieldset>
        <fieldset disabled={!canEdit || figuresFixed}>
          <legend>{t("funding.applications.figures")}</legend>
          {figuresFixed && <p className="muted">{t("funding.applications.figuresFixed")}</p>}
          <div className="field-row">
            <Select label={t("funding.applications.programme")} isRequired value={values.programmeId || null} onChange={(id) => set("programmeId", id ?? "")} errorMessage={errors.programmeId ?? null} options={(programmes.data?.items ?? []).map((item) => ({ id: item.id, label: item.name }))} />
            <Select label={t("funding.applications.territory")} isRequired value={values.territoryId || null} onChange={(id) => set("territoryId", id ?? "")} errorMessage={errors.territoryId ?? null} options={(territories.data?.items ?? []).filter((territory) => territory.kind !== "state" && (territory.id === values.territoryId || access.has(territory.id))).map((territory) => ({ id: territory.id, label: territory.name }))} />
          </div>
          {programme && <p className="muted">{t("funding.applications.rule", { rule: programmeRule(programme, locale) })}</p>}
          <div className="field-row">
            <MoneyField label={t("funding.applications.eligibleCosts")} isRequired value={values.eligibleCosts} onChange={(value) => set("eligibleCosts", value)} errorMessage={errors.eligibleCostsCents ?? null} />
            <MoneyField label={t("funding.applications.requestedGrant")} isRequired value={values.requestedGrant} onChange={(value) => set("requestedGrant", value)} errorMessage={errors.requestedGrantCents ?? null} description={maximum !== null ? t("funding.applications.maximum", { amount: euro(maximum) }) : undefined} />
          </div>
        </fieldset>
        <div className="form-actions">
          {canEdit && <Button type="submit" variant="primary" isDisabled={saving}>{saving ? t("funding.saving") : t("funding.applications.save")}</Button>}
          <Link to="/foerderung" className="ui-button">{t("funding.back")}</Link>
        </div>
      </form>
      <UnsavedChangesGuard when={form.isDirty && !saving && !createdId} />
      {conflict && (
        <ConflictDialog
          isOpen
          texts="funding"
          changedBy={conflict.updatedBy}
          changedAt={conflict.updatedAt}
          differences={[
            ...conflictDifferences(values, valuesOf(conflict), [
              { label: t("funding.applications.title"), of: (v) => v.title },
              { label: t("funding.applications.description"), of: (v) => v.description },
              { label: t("funding.applications.eligibleCosts"), of: (v) => v.eligibleCosts },
              { label: t("funding.applications.requestedGrant"), of: (v) => v.requestedGrant },
            ]),
            ...(record && record.status !== conflict.status ? [{ label: t("funding.figures.status"), mine: label(fundingApplicationStatusLabels, record.status), theirs: label(fundingApplicationStatusLabels, conflict.status) }] : []),
          ]}
          onReload={() => {
            setRecord(conflict);
            form.reset(valuesOf(conflict));
            setConflict(null);
          }}
          onKeep={() => {
            setRecord((current) => (current ? { ...current, version: conflict.version, updatedAt: conflict.updatedAt, updatedBy: conflict.updatedBy } : conflict));
            setConflict(null);
          }}
        />
      )}
    </>
  );
}
