import { indicatorFactorLabels, type IndicatorVisibility, indicatorVisibilityLabels, periodTypeLabels } from "@praeventionskette/domain";
import { Button, DataTable, Notice, PageHeader, Select } from "@praeventionskette/ui";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import type { ColumnDef } from "@tanstack/react-table";
import { useMemo, useState } from "react";
import { useLabels } from "../../lib/labels.js";
import { type StoredIndicator, useAllIndicators } from "./indicator-data.js";
import { useAreaTexts } from "../../lib/area-texts.js";
import { indicatorsDe, indicatorsEn } from "./texts.js";

/** `/indikatoren`: the indicator definitions, searchable and filtered by visibility, filters in the URL. */
export function IndicatorsPage() {
  const { t } = useAreaTexts("indicators", indicatorsDe, indicatorsEn);
  const { label, name } = useLabels();
  const search = useSearch({ from: "/staff/indikatoren" });
  const navigate = useNavigate({ from: "/indikatoren" });
  const [text, setText] = useState(search.q ?? "");
  const indicators = useAllIndicators();

  const needle = (search.q ?? "").trim().toLocaleLowerCase("de");
  const rows = (indicators.data ?? [])
    .filter((indicator) => !search.sichtbarkeit || indicator.visibility === search.sichtbarkeit)
    .filter((indicator) => needle === "" || `${indicator.code} ${indicator.name.de} ${indicator.name.en} ${indicator.source}`.toLocaleLowerCase("de").includes(needle));

  const columns = useMemo<ColumnDef<StoredIndicator, unknown>[]>(
    () => [
      { id: "code", header: t("indicators.columns.code"), accessorFn: (indicator) => indicator.code },
      { id: "name", header: t("indicators.columns.name"), accessorFn: (indicator) => name(indicator.name), cell: ({ row }) => <Link to="/indikatoren/$indicatorId" params={{ indicatorId: row.original.id }}>{name(row.original.name)}</Link> },
      { id: "factor", header: t("indicators.columns.factor"), accessorFn: (indicator) => label(indicatorFactorLabels, indicator.factor) },
      { id: "period", header: t("indicators.columns.periodType"), accessorFn: (indicator) => label(periodTypeLabels, indicator.periodType) },
      { id: "visibility", header: t("indicators.columns.visibility"), accessorFn: (indicator) => label(indicatorVisibilityLabels, indicator.visibility) },
      { id: "source", header: t("indicators.columns.source"), accessorFn: (indicator) => indicator.source },
    ],
    [t, label, name],
  );

  return (
    <>
      <PageHeader title={t("indicators.title")} lead={t("indicators.lead")} actions={<Link className="ui-button ui-button--primary" to="/indikatoren/import">{t("indicators.import")}</Link>} />
      <form
        className="filters"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          void navigate({ search: (previous) => ({ ...previous, q: text.trim() || undefined }) });
        }}
      >
        <div className="filters__search">
          <label htmlFor="indicator-search">{t("indicators.search")}</label>
          <div className="filters__search-row">
            <input id="indicator-search" className="ui-input" type="search" value={text} placeholder={t("indicators.searchHint")} onChange={(event) => setText(event.target.value)} />
            <Button type="submit" variant="primary">{t("indicators.search")}</Button>
          </div>
        </div>
        <Select
          label={t("indicators.visibility")}
          value={search.sichtbarkeit ?? ""}
          onChange={(value) => void navigate({ search: (previous) => ({ ...previous, sichtbarkeit: (value || undefined) as IndicatorVisibility | undefined }) })}
          options={[{ id: "", label: t("indicators.all") }, ...(["public", "internal"] as const).map((visibility) => ({ id: visibility, label: label(indicatorVisibilityLabels, visibility) }))]}
        />
        <Button variant="quiet" onPress={() => { setText(""); void navigate({ search: {} }); }}>{t("indicators.resetFilters")}</Button>
      </form>
      {indicators.isError && <Notice tone="error">{indicators.error.message}</Notice>}
      <DataTable
        caption={t("indicators.caption", { count: rows.length })}
        columns={columns}
        rows={rows}
        getRowId={(indicator) => indicator.id}
        emptyMessage={indicators.isPending ? t("app.loading") : t("indicators.empty")}
      />
    </>
  );
}
