import { type FundingApplicationStatus, fundingApplicationStatusLabels, FundingApplicationStatusSchema } from "@praeventionskette/domain";
import { Button, DataTable, Notice, PageHeader, Select } from "@praeventionskette/ui";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useRouteContext, useSearch } from "@tanstack/react-router";
import type { ColumnDef } from "@tanstack/react-table";
import { useMemo } from "react";
import { formatDate } from "../../lib/format.js";
import { useLabels } from "../../lib/labels.js";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.js";
import { formatEuro } from "../../forms/money.js";
import { configuresProgrammes, editsRecords } from "../../forms/write-access.js";
import "../../forms/forms.css";
import { programmeRule } from "./programme-rule.js";
import { useAreaTexts } from "../../lib/area-texts.js";
import { fundingDe, fundingEn } from "./texts.js";

type Programme = RouterOutputs["fundingProgramme"]["list"]["items"][number];
type Application = RouterOutputs["fundingApplication"]["list"]["items"][number];

/** Funding programmes and the applications to them, filtered by programme, status and territory (in the URL). */
export function FundingPage() {
  const { t, i18n } = useAreaTexts("funding", fundingDe, fundingEn);
  const { label, locale } = useLabels();
  const trpc = useTRPC();
  const search = useSearch({ from: "/staff/foerderung" });
  const navigate = useNavigate({ from: "/foerderung" });
  const { me } = useRouteContext({ from: "/staff" });
  const status = FundingApplicationStatusSchema.safeParse(search.status).data;

  const territories = useQuery(trpc.territory.list.queryOptions({ limit: 200 }));
  const programmes = useQuery(trpc.fundingProgramme.list.queryOptions({ limit: 200 }));
  const applications = useQuery({
    ...trpc.fundingApplication.list.queryOptions({ programmeId: search.programm, status, territoryId: search.gebiet, limit: 200 }),
    placeholderData: keepPreviousData,
  });
  const territoryNames = useMemo(() => new Map((territories.data?.items ?? []).map((territory) => [territory.id, territory.name])), [territories.data]);
  const programmeNames = useMemo(() => new Map((programmes.data?.items ?? []).map((programme) => [programme.id, programme.name])), [programmes.data]);

  const programmeColumns = useMemo<ColumnDef<Programme, unknown>[]>(
    () => [
      { id: "name", header: t("funding.programmes.name"), accessorFn: (programme) => programme.name, cell: ({ row }) => <Link to="/foerderung/programme/$programmeId" params={{ programmeId: row.original.id }}>{row.original.name}</Link> },
      { id: "funder", header: t("funding.programmes.funder"), accessorFn: (programme) => programme.funder },
      { id: "rule", header: t("funding.programmes.rule"), enableSorting: false, accessorFn: (programme) => programmeRule(programme, locale) },
      { id: "deadline", header: t("funding.programmes.deadline"), accessorFn: (programme) => programme.applicationDeadline ?? "", cell: ({ row }) => (row.original.applicationDeadline ? formatDate(row.original.applicationDeadline, i18n.language) : t("funding.programmes.noDeadline")) },
    ],
    [t, i18n.language, locale],
  );
  const applicationColumns = useMemo<ColumnDef<Application, unknown>[]>(
    () => [
      { id: "title", header: t("funding.applications.title"), accessorFn: (application) => application.title, cell: ({ row }) => <Link to="/foerderung/antraege/$applicationId" params={{ applicationId: row.original.id }}>{row.original.title}</Link> },
      { id: "programme", header: t("funding.applications.programme"), accessorFn: (application) => programmeNames.get(application.programmeId) ?? "…" },
      { id: "territory", header: t("funding.applications.territory"), accessorFn: (application) => territoryNames.get(application.territoryId) ?? "…" },
      { id: "status", header: t("funding.applications.status"), accessorFn: (application) => label(fundingApplicationStatusLabels, application.status) },
      { id: "requested", header: t("funding.applications.requested"), meta: { numeric: true }, accessorFn: (application) => application.requestedGrantCents, cell: ({ row }) => formatEuro(row.original.requestedGrantCents, i18n.language) },
      { id: "granted", header: t("funding.applications.granted"), meta: { numeric: true }, accessorFn: (application) => application.approval?.grantCents ?? -1, cell: ({ row }) => (row.original.approval ? formatEuro(row.original.approval.grantCents, i18n.language) : "–") },
    ],
    [t, label, programmeNames, territoryNames, i18n.language],
  );
  const setFilter = (patch: { programm?: string; status?: string; gebiet?: string }) => void navigate({ search: (previous) => ({ ...previous, ...patch }) });
  const all = { id: "", label: t("funding.all") };
  const total = applications.data?.total ?? 0;

  return (
    <>
      <PageHeader
        title={t("funding.title")}
        lead={t("funding.lead")}
        actions={editsRecords(me) ? <Link className="ui-button ui-button--primary" to="/foerderung/antraege/neu">{t("funding.applications.new")}</Link> : undefined}
      />
      <section className="section" aria-labelledby="applications-heading">
        <h2 id="applications-heading">{t("funding.applications.heading")}</h2>
        <div className="filters" role="search" aria-label={t("funding.applications.filters")}>
          <Select label={t("funding.applications.programme")} value={search.programm ?? ""} onChange={(id) => setFilter({ programm: id || undefined })} options={[all, ...(programmes.data?.items ?? []).map((programme) => ({ id: programme.id, label: programme.name }))]} />
          <Select label={t("funding.applications.status")} value={status ?? ""} onChange={(id) => setFilter({ status: id || undefined })} options={[all, ...FundingApplicationStatusSchema.options.map((value: FundingApplicationStatus) => ({ id: value, label: label(fundingApplicationStatusLabels, value) }))]} />
          <Select label={t("funding.applications.territory")} value={search.gebiet ?? ""} onChange={(id) => setFilter({ gebiet: id || undefined })} options={[all, ...(territories.data?.items ?? []).filter((territory) => territory.kind !== "state").map((territory) => ({ id: territory.id, label: territory.name }))]} />
          <Button variant="quiet" onPress={() => void navigate({ search: {} })}>{t("funding.resetFilters")}</Button>
        </div>
        {applications.isError && <Notice tone="error">{applications.error.message}</Notice>}
        <DataTable caption={t("funding.applications.caption", { count: total })} columns={applicationColumns} rows={applications.data?.items ?? []} getRowId={(application) => application.id} emptyMessage={applications.isPending ? t("app.loading") : t("funding.applications.empty")} />
      </section>
      <section className="section" aria-labelledby="programmes-heading">
        <div className="section__header">
          <h2 id="programmes-heading">{t("funding.programmes.heading")}</h2>
          {configuresProgrammes(me) && <Link className="ui-button" to="/foerderung/programme/neu">{t("funding.programmes.new")}</Link>}
        </div>
        <DataTable caption={t("funding.programmes.heading")} columns={programmeColumns} rows={programmes.data?.items ?? []} getRowId={(programme) => programme.id} emptyMessage={programmes.isPending ? t("app.loading") : t("funding.programmes.empty")} />
      </section>
    </>
  );
}
