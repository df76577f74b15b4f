import { periodEndYear, polarityLabels } from "@praeventionskette/domain";
import { Notice, PageHeader } from "@praeventionskette/ui";
import { useQuery } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { ChoroplethMap, type MapArea } from "../components/ChoroplethMap.js";
import { CsvButton } from "../components/CsvButton.js";
import { TableFrame } from "../components/TableFrame.js";
import { usePageTexts } from "../i18n/page-texts.js";
import { needSupplyTexts } from "../i18n/pages/need-supply.js";
import { formatCount, formatDate, formatNumber, formatValue } from "../lib/format.js";
import { useVisibleIndicators } from "../lib/indicator-series.js";
import { useLabels } from "../lib/labels.js";
import { useTerritoryTree } from "../lib/territories.js";
import { type RouterOutputs, useTRPC } from "../lib/trpc.js";

type Row = RouterOutputs["report"]["needVsSupply"]["territory"];

/** The code of the need indicator shown first: child poverty (SGB-II-Quote unter 15). */
const DEFAULT_NEED = "S1";

/**
 * Bedarf und Angebot: per town of a county (or social area of a town) a need indicator beside
 * the published offers of a life phase per 1,000 children of the phase (`report.needVsSupply`),
 * as two maps and one table that says the same.
 */
export function NeedSupplyPage() {
  const { t } = usePageTexts("needSupply", needSupplyTexts);
  const { i18n } = useTranslation();
  const { label, name } = useLabels();
  const trpc = useTRPC();
  const search = useSearch({ from: "/bedarf" });
  const navigate = useNavigate({ from: "/bedarf" });
  const { tree, error: treeError } = useTerritoryTree();
  const territoryId = search.gebiet ?? tree?.defaultTerritory?.id;
  const territory = territoryId ? tree?.byId.get(territoryId) : undefined;
  const { indicators } = useVisibleIndicators();
  const needCandidates = indicators.filter((i) => i.spatialLevels.includes(territory?.kind === "county" ? "town" : "socialArea"));
  const needId = search.indikator ?? (needCandidates.find((i) => i.code === DEFAULT_NEED) ?? needCandidates[0])?.id;
  const phases = useQuery({ ...trpc.lifePhase.list.queryOptions({ territoryId: territoryId ?? "", limit: 200 }), enabled: Boolean(territoryId) });
  const phaseList = [...(phases.data?.items ?? [])].sort((a, b) => a.minAgeMonths - b.minAgeMonths);
  const phaseId = search.phase ?? (phaseList.find((p) => p.minAgeMonths === 0 && p.maxAgeMonths === 36) ?? phaseList[0])?.id;
  const report = useQuery({
    ...trpc.report.needVsSupply.queryOptions({ territoryId: territoryId ?? "", needIndicatorId: needId ?? "", lifePhaseId: phaseId ?? "", period: search.zeitraum }),
    enabled: Boolean(territoryId && needId && phaseId),
    retry: false,
  });
  const period = report.data?.need.period;
  const shapes = useQuery({
    ...trpc.territory.boundaries.queryOptions({ parentId: territoryId ?? "", date: period ? `${periodEndYear(period)}-12-31` : undefined }),
    enabled: Boolean(territoryId && period),
  });
  const select = (patch: Partial<typeof search>) => void navigate({ search: (previous) => ({ ...previous, ...patch }) });
  const data = report.data;
  const indicator = data?.need.indicator;
  const unit = indicator?.unit ?? "";
  const needText = (row: Row) => (row.need.status === "shown" && row.need.value !== null ? formatValue(row.need.value, unit, i18n.language) : t(`status.${row.need.status}`, { ns: "translation" }));
  const childrenText = (row: Row) => (row.children !== null ? formatCount(row.children, i18n.language) : row.childrenStatus ? t(`status.${row.childrenStatus}`, { ns: "translation" }) : "–");
  const perThousandText = (row: Row) => (row.offersPerThousandChildren !== null ? formatNumber(row.offersPerThousandChildren, i18n.language, 2) : "–");
  const byId = new Map((data?.children ?? []).map((row) => [row.territory.id, row]));
  const features = shapes.data?.features ?? [];
  const needAreas: MapArea[] = features.map((f) => {
    const row = byId.get(f.id);
    return { id: f.id, name: f.properties.name, geometry: f.geometry, status: row?.need.status ?? "noData", value: row?.need.value ?? null };
  });
  const supplyAreas: MapArea[] = features.map((f) => {
    const row = byId.get(f.id);
    const value = row?.offersPerThousandChildren ?? null;
    const status = value !== null ? "shown" : row?.childrenStatus === "suppressed" || row?.childrenStatus === "withheld" ? row.childrenStatus : "noData";
    return { id: f.id, name: f.properties.name, geometry: f.geometry, status, value };
  });
  const parts = territory?.kind === "county" ? t("parts.county") : territory?.kind === "town" ? t("parts.town") : t("parts.other");
  const phaseName = data ? name(data.lifePhase.name) : "";
  const selectable = tree?.all.filter((x) => tree.childrenOf(x.id).length > 0 && x.kind !== "state") ?? [];

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      {treeError && <Notice tone="error">{treeError.message}</Notice>}
      {tree && territoryId && (
        <div className="controls no-print">
          <label className="control">
            <span className="control__label">{t("territory")}</span>
            <select value={territoryId} onChange={(event) => select({ gebiet: event.target.value, zeitraum: undefined, indikator: undefined })}>
              {selectable.map((x) => <option key={x.id} value={x.id}>{x.kind === "county" ? x.name : `\u2003${x.name}`}</option>)}
            </select>
          </label>
          <label className="control">
            <span className="control__label">{t("need")}</span>
            <select value={needId ?? ""} onChange={(event) => select({ indikator: event.target.value, zeitraum: undefined })}>
              {needCandidates.map((i) => <option key={i.id} value={i.id}>{`${i.code} ${name(i.name)}`}</option>)}
            </select>
          </label>
          <label className="control">
            <span className="control__label">{t("lifePhase")}</span>
            <select value={phaseId ?? ""} onChange={(event) => select({ phase: event.target.value })}>
              {phaseList.map((p) => <option key={p.id} value={p.id}>{name(p.name)}</option>)}
            </select>
          </label>
          <label className="control">
            <span className="control__label">{t("period")}</span>
            <select value={period ?? ""} onChange={(event) => select({ zeitraum: event.target.value })} disabled={!data}>
              {(data?.need.periods ?? []).map((p) => <option key={p} value={p}>{p}</option>)}
            </select>
          </label>
        </div>
      )}
      {report.isPending && report.fetchStatus !== "idle" && <p role="status">{t("app.loading", { ns: "translation" })}</p>}
      {report.isError && <Notice tone="error">{report.error.message}</Notice>}
      {data && indicator && territory && (
        <section aria-labelledby="need-maps-heading">
          <h2 id="need-maps-heading">{t("mapsHeading", { parts, name: territory.name, period })}</h2>
          {!data.childrenSource.available && <Notice>{data.childrenSource.reason}</Notice>}
          {data.children.length === 0 && <Notice>{t("noParts")}</Notice>}
          {features.length > 0 && (
            <div className="map-pair">
              <div>
                <h3>{t("needMapHeading", { indicator: `${indicator.code} ${name(indicator.name)}` })}</h3>
                <ChoroplethMap
                  title={t("needMap", { indicator: name(indicator.name), period })}
                  areas={needAreas}
                  formatValue={(value) => formatValue(value, unit, i18n.language)}
                  direction={label(polarityLabels, indicator.desiredDirection)}
                  attribution={shapes.data?.attribution ?? []}
                />
              </div>
              <div>
                <h3>{t("supplyMapHeading", { phase: phaseName })}</h3>
                <ChoroplethMap
                  title={t("supplyMap", { phase: phaseName })}
                  areas={supplyAreas}
                  formatValue={(value) => t("perThousand", { value: formatNumber(value, i18n.language, 2) })}
                  direction={t("supplyDirection")}
                  attribution={shapes.data?.attribution ?? []}
                />
              </div>
            </div>
          )}
          <div className="table-head">
            <h3 id="need-table-heading">{t("tableHeading")}</h3>
            <CsvButton
              what={t("tableHeading")}
              fileName={`bedarf-angebot-${indicator.code}-${period}.csv`}
              header={[t("territory"), t("needValue", { code: indicator.code }), t("offers"), t("localOffers"), t("children", { phase: phaseName }), t("offersPerThousand")]}
              rows={[...data.children, data.territory].map((row) => [row.territory.name, row.need.status === "shown" ? row.need.value : null, row.offers, row.localOffers, row.children, row.offersPerThousandChildren])}
            />
          </div>
          <TableFrame label={t("tableHeading")}>
            <table className="ui-table" aria-labelledby="need-table-heading">
              <thead>
                <tr>
                  <th scope="col">{t("territory")}</th>
                  <th scope="col" className="ui-table__number">{t("needValue", { code: indicator.code })}</th>
                  <th scope="col" className="ui-table__number">{t("offers")}</th>
                  <th scope="col" className="ui-table__number">{t("localOffers")}</th>
                  <th scope="col" className="ui-table__number">{t("children", { phase: phaseName })}</th>
                  <th scope="col" className="ui-table__number">{t("offersPerThousand")}</th>
                </tr>
              </thead>
              <tbody>
                {data.children.map((row) => (
                  <tr key={row.territory.id}>
                    <th scope="row">{row.territory.name}</th>
                    <td className="ui-table__number">{needText(row)}</td>
                    <td className="ui-table__number">{row.offers}</td>
                    <td className="ui-table__number">{row.localOffers}</td>
                    <td className="ui-table__number">{childrenText(row)}</td>
                    <td className="ui-table__number">{perThousandText(row)}</td>
                  </tr>
                ))}
              </tbody>
              <tbody className="ui-table__references">
                <tr>
                  <th scope="row">{t("whole", { name: data.territory.territory.name })}</th>
                  <td className="ui-table__number">{needText(data.territory)}</td>
                  <td className="ui-table__number">{data.territory.offers}</td>
                  <td className="ui-table__number">{data.territory.localOffers}</td>
                  <td className="ui-table__number">{childrenText(data.territory)}</td>
                  <td className="ui-table__number">{perThousandText(data.territory)}</td>
                </tr>
              </tbody>
            </table>
          </TableFrame>
          {data.childrenSource.available && (
            <p className="muted">{t("childrenFrom", { code: data.childrenSource.indicator.code, what: data.childrenSource.what, period: data.childrenSource.period })}</p>
          )}
          <p className="muted">{t("offersOn", { date: formatDate(data.offersPublishedOn, i18n.language) })}</p>
        </section>
      )}
    </>
  );
}
