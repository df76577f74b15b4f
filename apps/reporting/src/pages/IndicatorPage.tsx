import { periodEndYear, polarityLabels } from "@praeventionskette/domain";
import { Notice, PageHeader } from "@praeventionskette/ui";
import { useQueries, useQuery } from "@tanstack/react-query";
import { useNavigate, useParams, useSearch } from "@tanstack/react-router";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { ChoroplethMap, type MapArea } from "../components/ChoroplethMap.js";
import { CsvButton } from "../components/CsvButton.js";
import { TerritorySelect } from "../components/TerritorySelect.js";
import { TimeSeriesChart } from "../components/TimeSeriesChart.js";
import { formatCount, formatDate, formatNumber, formatValue } from "../lib/format.js";
import { useLabels } from "../lib/labels.js";
import { useTerritoryTree } from "../lib/territories.js";
import { type RouterOutputs, useTRPC } from "../lib/trpc.js";
import type { Level } from "../router.js";
import { TableFrame } from "../components/TableFrame.js";

type Cell = RouterOutputs["report"]["indicatorValues"]["territory"];

/**
 * The status of a cell in words, never only by colour; staff reading their own territory see
 * that its counts are unsuppressed and not public.
 */
function useStatusText() {
  const { t } = useTranslation();
  return (cell: Pick<Cell, "status" | "view"> | null) =>
    cell?.status === "shown" && cell.view === "internal" ? t("status.internal") : t(`status.${cell?.status ?? "noData"}`);
}

/**
 * Ein Indikator auf der Karte: the towns of a county (or the social areas of its towns) coloured
 * by the indicator's value in a period, a table that says the same, and the chosen territory's
 * series beside its county's and the Land's.
 */
export function IndicatorPage() {
  const { t, i18n } = useTranslation();
  const { label, name } = useLabels();
  const trpc = useTRPC();
  const statusText = useStatusText();
  const { indicatorId } = useParams({ from: "/indikatoren/$indicatorId" });
  const search = useSearch({ from: "/indikatoren/$indicatorId" });
  const navigate = useNavigate({ from: "/indikatoren/$indicatorId" });
  const { tree, error: treeError } = useTerritoryTree();
  const indicator = useQuery(trpc.indicator.get.queryOptions({ id: indicatorId }));
  const territoryId = search.gebiet ?? tree?.defaultTerritory?.id;
  const county = territoryId ? tree?.countyOf(territoryId) : undefined;
  const socialAreasPossible = indicator.data?.spatialLevels.includes("socialArea") ?? false;
  const level: Level = search.ebene === "sozialraeume" && socialAreasPossible ? "sozialraeume" : "gemeinden";

  // The county's table gives the periods, the towns' values and the county's and Land's references.
  const countyTable = useQuery({
    ...trpc.report.indicatorValues.queryOptions({ indicatorId, territoryId: county?.id ?? "", period: search.zeitraum }),
    enabled: Boolean(county),
    retry: false,
  });
  const period = countyTable.data?.period;
  const boundaryDate = period ? `${periodEndYear(period)}-12-31` : undefined;
  const towns = useMemo(() => (county && tree ? tree.childrenOf(county.id) : []), [county, tree]);
  const townsWithAreas = level === "sozialraeume" && tree ? towns.filter((town) => tree.childrenOf(town.id).length > 0) : [];
  const townTables = useQueries({
    queries: townsWithAreas.map((town) => ({ ...trpc.report.indicatorValues.queryOptions({ indicatorId, territoryId: town.id, period }), enabled: Boolean(period), retry: false })),
  });
  const countyShapes = useQuery({ ...trpc.territory.boundaries.queryOptions({ parentId: county?.id ?? "", date: boundaryDate }), enabled: Boolean(county && boundaryDate) });
  const townShapes = useQueries({
    queries: townsWithAreas.map((town) => ({ ...trpc.territory.boundaries.queryOptions({ parentId: town.id, date: boundaryDate }), enabled: Boolean(boundaryDate) })),
  });
  const isPublic = indicator.data?.visibility === "public";
  const seriesTerritories = territoryId && tree ? [territoryId, ...tree.ancestorsOf(territoryId).map((a) => a.id)].slice(0, 4) : [];
  const series = useQuery({ ...trpc.observation.publicSeries.queryOptions({ indicatorId, territoryIds: seriesTerritories }), enabled: isPublic && seriesTerritories.length > 0 });

  // Every cell of the map, by territory: a town's social areas without a table count as "keine Daten".
  const cells = useMemo(() => {
    const result = new Map<string, Cell>();
    if (level === "gemeinden") for (const c of countyTable.data?.children ?? []) result.set(c.territory.id, c);
    else for (const q of townTables) for (const c of q.data?.children ?? []) result.set(c.territory.id, c);
    return result;
  }, [level, countyTable.data, townTables]);
  const features = level === "gemeinden" ? (countyShapes.data?.features ?? []) : townShapes.flatMap((q) => q.data?.features ?? []);
  const attribution = [...new Set([...(countyShapes.data?.attribution ?? []), ...(level === "sozialraeume" ? townShapes.flatMap((q) => q.data?.attribution ?? []) : [])])];
  const areas: MapArea[] = features.map((feature) => {
    const cell = cells.get(feature.id);
    return { id: feature.id, name: feature.properties.name, geometry: feature.geometry, status: cell?.status ?? "noData", value: cell?.value ?? null };
  });
  const background = level === "sozialraeume" ? (countyShapes.data?.features ?? []).filter((f) => !townsWithAreas.some((town) => town.id === f.id)) : [];
  const rows = features.map((feature) => cells.get(feature.id) ?? null).map((cell, index) => ({ id: features[index]?.id ?? "", name: features[index]?.properties.name ?? "", cell }));
  rows.sort((a, b) => a.name.localeCompare(b.name, "de"));

  const data = indicator.data;
  const unit = data?.unit ?? "";
  const show = (value: number) => formatValue(value, unit, i18n.language);
  const select = (patch: Partial<typeof search>) => void navigate({ search: (previous) => ({ ...previous, ...patch }) });
  const references = countyTable.data ? [countyTable.data.territory, ...countyTable.data.references] : [];
  const seriesPeriods = [...new Set((series.data?.observations ?? []).map((o) => o.period))].sort();
  const seriesLines = seriesTerritories.map((id) => ({
    name: tree?.byId.get(id)?.name ?? "",
    values: new Map((series.data?.observations ?? []).filter((o) => o.territoryId === id).map((o) => [o.period, o.suppressed ? null : o.value])),
  }));
  const observationOf = (territory: string, p: string) => series.data?.observations.find((o) => o.territoryId === territory && o.period === p);
  const loadingMap = countyTable.isPending || countyShapes.isPending || townTables.some((q) => q.isPending && q.fetchStatus !== "idle");
  const levelName = level === "gemeinden" ? t("indicator.levelTowns") : t("indicator.levelSocialAreas");

  if (indicator.isError) return <Notice tone="error">{indicator.error.message}</Notice>;
  return (
    <>
      <PageHeader title={data ? `${data.code} ${name(data.name)}` : t("app.loading")} lead={data?.description} />
      {treeError && <Notice tone="error">{treeError.message}</Notice>}
      {data && tree && territoryId && (
        <div className="controls no-print">
          <fieldset className="control control--radios">
            <legend className="control__label">{t("indicator.level")}</legend>
            <label>
              <input type="radio" name="ebene" value="gemeinden" checked={level === "gemeinden"} onChange={() => select({ ebene: "gemeinden" })} />
              {t("indicator.levelTowns")}
            </label>
            <label>
              <input type="radio" name="ebene" value="sozialraeume" checked={level === "sozialraeume"} disabled={!socialAreasPossible} onChange={() => select({ ebene: "sozialraeume" })} />
              {t("indicator.levelSocialAreas")}
            </label>
            {!socialAreasPossible && <span className="control__hint">{t("indicator.noSocialAreas")}</span>}
          </fieldset>
          <label className="control">
            <span className="control__label">{t("indicator.period")}</span>
            <select value={period ?? ""} onChange={(event) => select({ zeitraum: event.target.value })} disabled={!countyTable.data}>
              {(countyTable.data?.periods ?? []).map((p) => <option key={p} value={p}>{p}</option>)}
            </select>
          </label>
          <TerritorySelect tree={tree} value={territoryId} withSocialAreas onChange={(id) => select({ gebiet: id })} label={t("indicator.focus")} />
        </div>
      )}
      {data && (
        <dl className="facts">
          <div><dt>{t("indicator.direction")}</dt><dd>{label(polarityLabels, data.polarity)}</dd></div>
          <div><dt>{t("indicator.source")}</dt><dd>{data.source}</dd></div>
          <div><dt>{t("indicator.asOf")}</dt><dd>{countyTable.data?.asOf ? formatDate(countyTable.data.asOf, i18n.language) : "–"}</dd></div>
          <div><dt>{t("indicator.definition")}</dt><dd>{data.numerator} / {data.denominator}</dd></div>
        </dl>
      )}
      {countyTable.isError && <Notice tone="error">{countyTable.error.message}</Notice>}
      {data && county && countyTable.data && (
        <section aria-labelledby="map-heading">
          <h2 id="map-heading">{t("indicator.mapHeading", { level: levelName, county: county.name, period })}</h2>
          {loadingMap ? (
            <p role="status">{t("app.loading")}</p>
          ) : (
            <ChoroplethMap
              title={t("indicator.mapTitle", { indicator: name(data.name), level: levelName, county: county.name, period })}
              areas={areas}
              background={background}
              backgroundLabel={t("indicator.townsWithoutAreas")}
              formatValue={show}
              direction={label(polarityLabels, data.polarity)}
              attribution={attribution}
              selectedId={territoryId}
              onSelect={(id) => select({ gebiet: id })}
            />
          )}
          <div className="table-head">
            <h3 id="map-table-heading">{t("indicator.tableHeading")}</h3>
            <CsvButton
              what={t("indicator.tableHeading")}
              fileName={`${data.code}-${period}-${level}.csv`}
              header={[t("table.territory"), t("table.value"), t("table.numerator"), t("table.denominator"), t("table.status")]}
              rows={[...rows.map((r) => [r.name, r.cell?.value ?? null, r.cell?.numerator ?? null, r.cell?.denominator ?? null, statusText(r.cell)]), ...references.map((c) => [c.territory.name, c.value, c.numerator, c.denominator, statusText(c)])]}
            />
          </div>
          <TableFrame label={t("indicator.tableHeading")}>
            <table className="ui-table" aria-labelledby="map-table-heading">
              <thead>
                <tr>
                  <th scope="col">{t("table.territory")}</th>
                  <th scope="col" className="ui-table__number">{t("table.value")}</th>
                  <th scope="col" className="ui-table__number">{t("table.numerator")}</th>
                  <th scope="col" className="ui-table__number">{t("table.denominator")}</th>
                  <th scope="col">{t("table.status")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id} data-territory-id={row.id} className={row.id === territoryId ? "is-selected" : undefined}>
                    <th scope="row">{row.name}</th>
                    <td className="ui-table__number">{row.cell?.value != null && row.cell.status === "shown" ? show(row.cell.value) : "–"}</td>
                    <td className="ui-table__number">{row.cell?.numerator != null ? formatCount(row.cell.numerator, i18n.language) : "–"}</td>
                    <td className="ui-table__number">{row.cell?.denominator != null ? formatCount(row.cell.denominator, i18n.language) : "–"}</td>
                    <td>{statusText(row.cell)}</td>
                  </tr>
                ))}
              </tbody>
              <tbody className="ui-table__references">
                {references.map((c) => (
                  <tr key={c.territory.id}>
                    <th scope="row">{t("indicator.reference", { name: c.territory.name })}</th>
                    <td className="ui-table__number">{c.value != null && c.status === "shown" ? show(c.value) : "–"}</td>
                    <td className="ui-table__number">{c.numerator != null ? formatCount(c.numerator, i18n.language) : "–"}</td>
                    <td className="ui-table__number">{c.denominator != null ? formatCount(c.denominator, i18n.language) : "–"}</td>
                    <td>{statusText(c)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
          {countyShapes.data && countyShapes.data.withoutBoundary.length > 0 && <p className="muted">{t("indicator.withoutBoundary", { names: countyShapes.data.withoutBoundary.map((w) => w.name).join(", ") })}</p>}
        </section>
      )}
      {data && territoryId && tree && (
        <section aria-labelledby="series-heading" className="section">
          <h2 id="series-heading">{t("indicator.seriesHeading", { name: tree.byId.get(territoryId)?.name ?? "" })}</h2>
          {!isPublic && <Notice>{t("indicator.seriesInternal")}</Notice>}
          {series.isError && <Notice tone="error">{series.error.message}</Notice>}
          {series.data && seriesPeriods.length > 0 && (
            <div className="series">
              <TimeSeriesChart
                title={t("indicator.seriesTitle", { indicator: name(data.name), names: seriesLines.map((s) => s.name).join(", ") })}
                periods={seriesPeriods}
                series={seriesLines}
                formatTick={(value) => formatNumber(value, i18n.language, 0)}
              />
              <TableFrame label={t("indicator.seriesTable")}>
                <table className="ui-table">
                  <caption>{t("indicator.seriesTable")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("indicator.period")}</th>
                      {seriesLines.map((s) => <th key={s.name} scope="col" className="ui-table__number">{s.name}</th>)}
                    </tr>
                  </thead>
                  <tbody>
                    {seriesPeriods.map((p) => (
                      <tr key={p}>
                        <th scope="row">{p}</th>
                        {seriesTerritories.map((id) => {
                          const o = observationOf(id, p);
                          return <td key={id} className="ui-table__number">{!o ? t("status.noData") : o.suppressed || o.value === null ? t("status.suppressed") : show(o.value)}</td>;
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableFrame>
            </div>
          )}
        </section>
      )}
    </>
  );
}
