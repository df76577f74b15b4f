import { computeGrant, fundingApplicationStatusLabels, totalSpending } from "@praeventionskette/domain";
import { Notice, PageHeader, Select, showToast, TextField } from "@praeventionskette/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams, useRouteContext, useSearch } from "@tanstack/react-router";
import { textOf } from "../../forms/field-text.js";
import { loadState } from "../../forms/load-state.js";
import { centsOf, euroText, formatEuro } from "../../forms/money.js";
import { RecordFormFrame } from "../../forms/RecordFormFrame.js";
import { useRecordEditor } from "../../forms/use-record-editor.js";
import { editsRecords, writableTerritories } from "../../forms/write-access.js";
import { formatDate } from "../../lib/format.js";
import { useLabels } from "../../lib/labels.js";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.js";
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
  return loadState({ loading: t("app.loading"), notFound: t("funding.applications.notFound") }, application) ?? <ApplicationForm key={application.data!.id} stored={application.data!} />;
}

function ApplicationForm({ stored }: { stored: StoredApplication | null }) {
  const { t, i18n } = useAreaTexts("funding", fundingDe, fundingEn);
  const { label, locale } = useLabels();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { me } = useRouteContext({ from: "/staff" });
  const search: { programm?: string } = useSearch({ strict: false });
  const editor = useRecordEditor({
    stored,
    initial: valuesOf(stored, search.programm),
    valuesOf: (application: StoredApplication) => valuesOf(application),
    fetchLatest: (id) => queryClient.fetchQuery({ ...trpc.fundingApplication.get.queryOptions({ id }), staleTime: 0 }),
    queryKey: trpc.fundingApplication.pathKey(),
    savedToast: (saved) => ({ title: t("funding.applications.saved"), description: saved.title }),
    openCreated: (applicationId) => void navigate({ to: "/foerderung/antraege/$applicationId", params: { applicationId } }),
  });
  const { record, form } = editor;
  const { values, errors, set } = form;
  const territories = useQuery(trpc.territory.list.queryOptions({ limit: 200 }));
  const programmes = useQuery(trpc.fundingProgramme.list.queryOptions({ limit: 200 }));
  const create = useMutation(trpc.fundingApplication.create.mutationOptions());
  const update = useMutation(trpc.fundingApplication.update.mutationOptions());
  const access = writableTerritories(me, territories.data?.items ?? []);
  const canEdit = record ? access.has(record.territoryId) : editsRecords(me);
  const figuresFixed = record !== null && record.status !== "draft";
  const programme = (programmes.data?.items ?? []).find((item) => item.id === values.programmeId);
  const euro = (cents: number) => formatEuro(cents, i18n.language);

  const save = () => {
    const eligibleCostsCents = centsOf(values.eligibleCosts);
    const requestedGrantCents = centsOf(values.requestedGrant);
    const local: Record<string, string> = {};
    if (Number.isNaN(eligibleCostsCents)) local.eligibleCostsCents = t("funding.moneyInvalid");
    if (Number.isNaN(requestedGrantCents)) local.requestedGrantCents = t("funding.moneyInvalid");
    if (Object.keys(local).length > 0) {
      form.setErrors(local);
      return;
    }
    const own = { title: values.title, description: values.description, programmeId: values.programmeId, territoryId: values.territoryId, eligibleCostsCents, requestedGrantCents };
    void editor.save((current) =>
      current
        ? update.mutateAsync({ id: current.id, expectedVersion: current.version, data: { ...current, ...own } })
        : create.mutateAsync({ ...own, status: "draft", submittedOn: null, approval: null, proofOfUse: null, goalIds: [], spending: [], rejection: null, settlement: null }),
    );
  };
  const advanced = async (saved: StoredApplication, what: string) => {
    editor.setRecord(saved);
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
          <ApplicationSteps key={record.version} application={record} programme={programme} onAdvanced={(saved, what) => void advanced(saved, what)} onConflict={() => void editor.showConflict()} />
        </section>
      )}
      <RecordFormFrame
        editor={editor}
        canEdit={canEdit}
        onSubmit={save}
        isShownAtField={(path) => ["title", "description", "programmeId", "territoryId", "eligibleCostsCents", "requestedGrantCents"].includes(path)}
        saveLabel={t("funding.applications.save")}
        savingLabel={t("funding.saving")}
        links={<Link to="/foerderung" className="ui-button">{t("funding.back")}</Link>}
        conflictTexts="funding"
        compared={[
          { label: t("funding.applications.title"), of: (v) => v.title },
          { label: t("funding.applications.description"), of: (v) => v.description },
          { label: t("funding.applications.eligibleCosts"), of: (v) => v.eligibleCosts },
          { label: t("funding.applications.requestedGrant"), of: (v) => v.requestedGrant },
        ]}
        moreDifferences={(theirs) => (record && record.status !== theirs.status ? [{ label: t("funding.figures.status"), mine: label(fundingApplicationStatusLabels, record.status), theirs: label(fundingApplicationStatusLabels, theirs.status) }] : [])}
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
      </RecordFormFrame>
    </>
  );
}
