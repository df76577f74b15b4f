import { maturityLevelLabels, maturityScore } from "@praeventionskette/domain";
import { Button, DataTable, Notice, PageHeader, Select } from "@praeventionskette/ui";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useRouteContext, useSearch } from "@tanstack/react-router";
import type { ColumnDef } from "@tanstack/react-table";
import { useMemo } from "react";
import { formatDate } from "../../lib/format.js";
import { useLabels } from "../../lib/labels.js";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.js";
import { editsRecords } from "../../forms/write-access.js";
import { useAreaTexts } from "../../lib/area-texts.js";
import { qualityDe, qualityEn } from "./texts.js";

type Assessment = RouterOutputs["qualityAssessment"]["list"]["items"][number];

/** The self-assessments along the ISA quality framework, newest first, with the maturity each gives. */
export function QualityPage() {
  const { t, i18n } = useAreaTexts("quality", qualityDe, qualityEn);
  const { label } = useLabels();
  const trpc = useTRPC();
  const search = useSearch({ from: "/staff/qualitaet" });
  const navigate = useNavigate({ from: "/qualitaet" });
  const { me } = useRouteContext({ from: "/staff" });
  const territories = useQuery(trpc.territory.list.queryOptions({ limit: 200 }));
  const assessments = useQuery({ ...trpc.qualityAssessment.list.queryOptions({ territoryId: search.gebiet, limit: 200 }), placeholderData: keepPreviousData });
  const territoryNames = useMemo(() => new Map((territories.data?.items ?? []).map((territory) => [territory.id, territory.name])), [territories.data]);
  const columns = useMemo<ColumnDef<Assessment, unknown>[]>(
    () => [
      { id: "date", header: t("quality.columns.date"), accessorFn: (assessment) => assessment.assessedOn, cell: ({ row }) => <Link to="/qualitaet/$assessmentId" params={{ assessmentId: row.original.id }}>{t("quality.columns.link", { date: formatDate(row.original.assessedOn, i18n.language) })}</Link> },
      { id: "territory", header: t("quality.columns.territory"), accessorFn: (assessment) => territoryNames.get(assessment.territoryId) ?? "…" },
      { id: "by", header: t("quality.columns.by"), accessorFn: (assessment) => assessment.assessedBy },
      { id: "score", header: t("quality.columns.score"), meta: { numeric: true }, accessorFn: (assessment) => maturityScore(assessment).score },
      { id: "level", header: t("quality.columns.level"), accessorFn: (assessment) => label(maturityLevelLabels, maturityScore(assessment).level) },
    ],
    [t, i18n.language, label, territoryNames],
  );
  const rows = [...(assessments.data?.items ?? [])].sort((a, b) => b.assessedOn.localeCompare(a.assessedOn));

  return (
    <>
      <PageHeader title={t("quality.title")} lead={t("quality.lead")} actions={editsRecords(me) ? <Link className="ui-button ui-button--primary" to="/qualitaet/neu">{t("quality.new")}</Link> : undefined} />
      <div className="filters" role="search" aria-label={t("quality.filters")}>
        <Select label={t("quality.territory")} value={search.gebiet ?? ""} onChange={(id) => void navigate({ search: { gebiet: id || undefined } })} options={[{ id: "", label: t("quality.all") }, ...(territories.data?.items ?? []).filter((territory) => territory.kind !== "state").map((territory) => ({ id: territory.id, label: territory.name }))]} />
        <Button variant="quiet" onPress={() => void navigate({ search: {} })}>{t("quality.resetFilters")}</Button>
      </div>
      {assessments.isError && <Notice tone="error">{assessments.error.message}</Notice>}
      <DataTable caption={t("quality.caption", { count: assessments.data?.total ?? 0 })} columns={columns} rows={rows} getRowId={(assessment) => assessment.id} emptyMessage={assessments.isPending ? t("app.loading") : t("quality.empty")} />
    </>
  );
}
