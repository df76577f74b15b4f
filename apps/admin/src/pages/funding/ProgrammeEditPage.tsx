import { type FinancingType, financingTypeLabels, FinancingTypeSchema, type FundingProgrammeInput } from "@praeventionskette/domain";
import { DateField, Notice, PageHeader, Select, TextField } from "@praeventionskette/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams, useRouteContext } from "@tanstack/react-router";
import { textOf } from "../../forms/field-text.js";
import { loadState } from "../../forms/load-state.js";
import { centsOf, euroText } from "../../forms/money.js";
import { RecordFormFrame } from "../../forms/RecordFormFrame.js";
import { useRecordEditor } from "../../forms/use-record-editor.js";
import { configuresProgrammes } from "../../forms/write-access.js";
import { useLabels } from "../../lib/labels.js";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.js";
import { MoneyField } from "./MoneyField.js";
import { useAreaTexts } from "../../lib/area-texts.js";
import { fundingDe, fundingEn } from "./texts.js";

type StoredProgramme = RouterOutputs["fundingProgramme"]["get"];

interface ProgrammeFormValues {
  name: string;
  funder: string;
  description: string;
  ratePercent: string;
  maxGrant: string;
  applicationDeadline: string | null;
  financingType: FinancingType;
  youthOfficeId: string;
}

const valuesOf = (programme: FundingProgrammeInput | null, youthOfficeId = ""): ProgrammeFormValues => ({
  name: textOf(programme?.name),
  funder: textOf(programme?.funder),
  description: textOf(programme?.description),
  ratePercent: programme ? String(Math.round(programme.fundingRate * 1000) / 10).replace(".", ",") : "",
  maxGrant: euroText(programme?.maxGrantCents),
  applicationDeadline: programme?.applicationDeadline ?? null,
  financingType: programme?.financingType ?? "shareOfCosts",
  youthOfficeId: programme ? textOf(programme.youthOfficeId) : youthOfficeId,
});

/** A funding programme (`/foerderung/programme/neu` or `/…/:id`): rate, cap, deadline and financing type. */
export function ProgrammeEditPage() {
  const { t } = useAreaTexts("funding", fundingDe, fundingEn);
  const trpc = useTRPC();
  const { programmeId } = useParams({ strict: false });
  const programme = useQuery({ ...trpc.fundingProgramme.get.queryOptions({ id: programmeId ?? "" }), enabled: Boolean(programmeId) });
  const youthOffices = useQuery(trpc.youthOffice.list.queryOptions({ limit: 200 }));
  return (
    loadState({ loading: t("app.loading"), notFound: t("funding.programmes.notFound") }, Boolean(programmeId) && programme, youthOffices) ?? (
      <ProgrammeForm key={programme.data?.id ?? "new"} stored={programmeId ? (programme.data ?? null) : null} youthOffices={youthOffices.data?.items ?? []} />
    )
  );
}

function ProgrammeForm({ stored, youthOffices }: { stored: StoredProgramme | null; youthOffices: { id: string; name: string }[] }) {
  const { t } = useAreaTexts("funding", fundingDe, fundingEn);
  const { label } = useLabels();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { me } = useRouteContext({ from: "/staff" });
  const editor = useRecordEditor({
    stored,
    initial: valuesOf(stored, youthOffices[0]?.id),
    valuesOf: (programme: StoredProgramme) => valuesOf(programme),
    fetchLatest: (id) => queryClient.fetchQuery({ ...trpc.fundingProgramme.get.queryOptions({ id }), staleTime: 0 }),
    queryKey: trpc.fundingProgramme.pathKey(),
    savedToast: (saved) => ({ title: t("funding.programmes.saved"), description: saved.name }),
    openCreated: (programmeId) => void navigate({ to: "/foerderung/programme/$programmeId", params: { programmeId } }),
  });
  const { record, form } = editor;
  const { values, errors, set } = form;
  const create = useMutation(trpc.fundingProgramme.create.mutationOptions());
  const update = useMutation(trpc.fundingProgramme.update.mutationOptions());
  const canEdit = configuresProgrammes(me);

  const save = () => {
    const rate = Number(values.ratePercent.replace(",", ".").replace("%", "").trim()) / 100;
    const maxGrantCents = values.maxGrant.trim() === "" ? null : centsOf(values.maxGrant);
    const local: Record<string, string> = {};
    if (values.ratePercent.trim() === "" || Number.isNaN(rate)) local.fundingRate = t("funding.programmes.rateInvalid");
    if (maxGrantCents !== null && Number.isNaN(maxGrantCents)) local.maxGrantCents = t("funding.moneyInvalid");
    if (Object.keys(local).length > 0) {
      form.setErrors(local);
      return;
    }
    const input = { name: values.name, funder: values.funder, description: values.description, fundingRate: rate, maxGrantCents, applicationDeadline: values.applicationDeadline, financingType: values.financingType, youthOfficeId: values.youthOfficeId || null };
    void editor.save((current) => (current ? update.mutateAsync({ id: current.id, expectedVersion: current.version, data: input }) : create.mutateAsync(input)));
  };

  return (
    <>
      <PageHeader title={record ? record.name : t("funding.programmes.newTitle")} lead={t("funding.programmes.lead")} />
      {!canEdit && <Notice>{t("funding.programmes.readOnly")}</Notice>}
      <RecordFormFrame
        editor={editor}
        canEdit={canEdit}
        onSubmit={save}
        isShownAtField={(path) => ["name", "funder", "description", "fundingRate", "maxGrantCents", "applicationDeadline", "financingType"].includes(path)}
        saveLabel={t("funding.programmes.save")}
        savingLabel={t("funding.saving")}
        links={<Link to="/foerderung" className="ui-button">{t("funding.back")}</Link>}
        conflictTexts="funding"
        compared={[
          { label: t("funding.programmes.name"), of: (v) => v.name },
          { label: t("funding.programmes.rate"), of: (v) => v.ratePercent },
          { label: t("funding.programmes.maxGrant"), of: (v) => v.maxGrant },
          { label: t("funding.programmes.deadline"), of: (v) => v.applicationDeadline ?? "" },
        ]}
      >
        <fieldset disabled={!canEdit}>
          <legend>{t("funding.programmes.programme")}</legend>
          <TextField label={t("funding.programmes.name")} isRequired value={values.name} onChange={(value) => set("name", value)} errorMessage={errors.name ?? null} />
          <TextField label={t("funding.programmes.funder")} isRequired value={values.funder} onChange={(value) => set("funder", value)} errorMessage={errors.funder ?? null} />
          <TextField label={t("funding.programmes.description")} multiline value={values.description} onChange={(value) => set("description", value)} errorMessage={errors.description ?? null} />
          <Select label={t("funding.programmes.owner")} value={values.youthOfficeId} onChange={(id) => set("youthOfficeId", id ?? "")} errorMessage={errors.youthOfficeId ?? null} options={[{ id: "", label: t("funding.programmes.ownerAll") }, ...youthOffices.map((office) => ({ id: office.id, label: office.name }))]} />
        </fieldset>
        <fieldset disabled={!canEdit}>
          <legend>{t("funding.programmes.rules")}</legend>
          <div className="field-row">
            <TextField label={t("funding.programmes.rate")} description={t("funding.programmes.rateHint")} isRequired inputMode="decimal" value={values.ratePercent} onChange={(value) => set("ratePercent", value)} errorMessage={errors.fundingRate ?? null} />
            <MoneyField label={t("funding.programmes.maxGrant")} description={t("funding.programmes.maxGrantHint")} value={values.maxGrant} onChange={(value) => set("maxGrant", value)} errorMessage={errors.maxGrantCents ?? null} />
          </div>
          <div className="field-row">
            <Select label={t("funding.programmes.financingType")} value={values.financingType} onChange={(id) => id && set("financingType", id as FinancingType)} errorMessage={errors.financingType ?? null} options={FinancingTypeSchema.options.map((type) => ({ id: type, label: label(financingTypeLabels, type) }))} />
            <DateField label={t("funding.programmes.deadline")} value={values.applicationDeadline} onChange={(date) => set("applicationDeadline", date)} errorMessage={errors.applicationDeadline ?? null} description={t("funding.programmes.deadlineHint")} />
          </div>
        </fieldset>
      </RecordFormFrame>
    </>
  );
}
