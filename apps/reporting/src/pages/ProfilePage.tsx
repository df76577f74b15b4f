import { Notice, PageHeader } from "@praeventionskette/ui";
import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { Sparkline } from "../components/Sparkline.js";
import { TableFrame } from "../components/TableFrame.js";
import { TerritorySelect } from "../components/TerritorySelect.js";
import { usePageTexts } from "../i18n/page-texts.js";
import { profileTexts } from "../i18n/pages/profile.js";
import { formatNumber, formatValue } from "../lib/format.js";
import { type ListedIndicator, type SeriesPoint, trendOf, useSeries, useVisibleIndicators } from "../lib/indicator-series.js";
import { useLabels } from "../lib/labels.js";
import { type Territory, type TerritoryTree, useTerritoryTree } from "../lib/territories.js";
import { useTRPC } from "../lib/trpc.js";

/** A value as a cell reads it: the rate with its unit, „gesperrt“, or a dash without a value. */
export function usePointText() {
  const { t, i18n } = useTranslation();
  return (point: SeriesPoint | undefined, unit: string) =>
    !point ? "–" : point.suppressed ? t("status.suppressed") : point.value === null ? "–" : formatValue(point.value, unit, i18n.language);
}

/** The territory a profile shows when none is chosen: the first town of the first county. */
export function defaultTown(tree: TerritoryTree): Territory | undefined {
  const county = tree.defaultTerritory;
  return county ? (tree.childrenOf(county.id)[0] ?? county) : undefined;
}

function TrendText({ indicator, points }: { indicator: ListedIndicator; points: readonly SeriesPoint[] }) {
  const { t } = usePageTexts("profile", profileTexts);
  const { i18n } = useTranslation();
  const trend = trendOf(points, indicator.polarity);
  if (!trend) return <span className="muted">{t("noTrend")}</span>;
  const text = t(`trendText.${trend.judgement}`, {
    sign: trend.change > 0 ? "+" : "−",
    change: formatNumber(Math.abs(trend.change), i18n.language),
    from: trend.from.period,
  });
  return <span className={`trend trend--${trend.judgement}`}>{text}</span>;
}

/** Offers per life phase for one territory, from the coverage analysis of its parent. */
function OffersByLifePhase({ territory, parentId }: { territory: Territory; parentId: string }) {
  const { t } = usePageTexts("profile", profileTexts);
  const { name } = useLabels();
  const trpc = useTRPC();
  const coverage = useQuery(trpc.coverage.analyse.queryOptions({ territoryId: parentId }));
  if (coverage.isPending) return <p role="status">{t("app.loading", { ns: "translation" })}</p>;
  if (coverage.isError) return <Notice tone="error">{coverage.error.message}</Notice>;
  // The parent's analysis has cells only for its children: none means the territory is not one of them.
  const cells = coverage.data.cells.filter((cell) => territory.id in cell.offersIn);
  if (cells.length === 0) return <p>{t("noOffers")}</p>;
  const rows = coverage.data.lifePhases.map((phase) => {
    const gaps = coverage.data.fieldsOfAction.filter((field) => cells.some((cell) => cell.lifePhaseId === phase.id && cell.fieldOfActionId === field.id && cell.offersIn[territory.id] === 0));
    return { phase, offers: phase.offersIn[territory.id] ?? 0, gaps };
  });
  const most = Math.max(1, ...rows.map((row) => row.offers));
  return (
    <>
      <TableFrame label={t("offersCaption", { name: territory.name })}>
        <table className="ui-table">
          <caption>{t("offersCaption", { name: territory.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("lifePhase")}</th>
              <th scope="col" className="ui-table__number">{t("offers")}</th>
              <th scope="col">{t("gaps")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.phase.id}>
                <th scope="row">{name(row.phase.name)}</th>
                <td className="ui-table__number">
                  <span className="bar-cell">
                    <span className="bar-track" aria-hidden="true"><span className="bar" style={{ width: `${(row.offers / most) * 100}%` }} /></span>
                    <span>{row.offers}</span>
                  </span>
                </td>
                <td>{row.gaps.length === 0 ? t("noGaps") : row.gaps.map((field) => name(field.name)).join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      <p className="muted">{t("offersNote")}</p>
    </>
  );
}

/**
 * Gebietsprofil: one town or social area at a glance — every indicator the reader may see with
 * its latest value, its trend and the values of the areas above (town, county, Land) in the same
 * period, and the offers per life phase.
 */
export function ProfilePage() {
  const { t } = usePageTexts("profile", profileTexts);
  const { name } = useLabels();
  const show = usePointText();
  const search = useSearch({ from: "/profil" });
  const navigate = useNavigate({ from: "/profil" });
  const { tree, error: treeError } = useTerritoryTree();
  const territory = tree ? (search.gebiet ? tree.byId.get(search.gebiet) : defaultTown(tree)) : undefined;
  const ancestors = territory && tree ? tree.ancestorsOf(territory.id).slice(0, 3) : [];
  const columns = territory ? [territory, ...ancestors] : [];
  const { indicators, error: indicatorError } = useVisibleIndicators();
  const { seriesOf, isPending, error } = useSeries(indicators, columns.map((c) => c.id));
  const parent = ancestors[0];
  const siblings = parent && tree && territory ? tree.childrenOf(parent.id).filter((s) => s.id !== territory.id).slice(0, 2) : [];

  return (
    <>
      <PageHeader title={territory ? t("titleOf", { name: territory.name }) : t("title")} lead={t("lead")} />
      {(treeError ?? indicatorError ?? error) && <Notice tone="error">{(treeError ?? indicatorError ?? error)?.message}</Notice>}
      {tree && territory && (
        <div className="controls no-print">
          <TerritorySelect tree={tree} value={territory.id} withSocialAreas onChange={(id) => void navigate({ search: { gebiet: id } })} label={t("territory")} />
          {siblings.length > 0 && (
            <Link className="control-link" to="/vergleich" search={{ gebiete: [territory.id, ...siblings.map((s) => s.id)].join(",") }}>
              {t("compare")}
            </Link>
          )}
        </div>
      )}
      {territory && parent && <p className="muted">{t("inside", { kind: t(`kind.${territory.kind}`), parent: parent.name })}</p>}
      {search.gebiet && tree && !territory && <Notice tone="error">{t("errors.notFound", { ns: "translation" })}</Notice>}
      {territory && (
        <section aria-labelledby="profile-indicators" className="section">
          <h2 id="profile-indicators">{t("indicatorsHeading")}</h2>
          {isPending && <p role="status">{t("app.loading", { ns: "translation" })}</p>}
          {indicators.length === 0 && !isPending && <p>{t("noIndicators")}</p>}
          {indicators.length > 0 && !isPending && (
            <TableFrame label={t("indicatorsCaption", { name: territory.name })}>
              <table className="ui-table profile-table">
                <caption className="visually-hidden">{t("indicatorsCaption", { name: territory.name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("indicator")}</th>
                    <th scope="col">{t("period")}</th>
                    <th scope="col" className="ui-table__number">{territory.name}</th>
                    <th scope="col">{t("trend")}</th>
                    {ancestors.map((a) => <th key={a.id} scope="col" className="ui-table__number">{a.name}</th>)}
                  </tr>
                </thead>
                <tbody>
                  {indicators.map((indicator) => {
                    const own = seriesOf(indicator.id, territory.id);
                    const latest = own.at(-1);
                    const period = latest?.period;
                    const at = (territoryId: string) => (period ? seriesOf(indicator.id, territoryId).find((p) => p.period === period) : undefined);
                    return (
                      <tr key={indicator.id}>
                        <th scope="row">
                          <Link to="/indikatoren/$indicatorId" params={{ indicatorId: indicator.id }} search={{ gebiet: territory.id }}>
                            <span className="code">{indicator.code}</span> {name(indicator.name)}
                          </Link>
                          {indicator.visibility !== "public" && <> <span className="badge">{t("start.internal", { ns: "translation" })}</span></>}
                        </th>
                        <td>{period ?? "–"}</td>
                        <td className="ui-table__number">{show(latest, indicator.unit)}</td>
                        <td className="trend-cell">
                          <Sparkline points={own} />
                          <TrendText indicator={indicator} points={own} />
                        </td>
                        {ancestors.map((a) => <td key={a.id} className="ui-table__number">{show(at(a.id), indicator.unit)}</td>)}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableFrame>
          )}
        </section>
      )}
      {territory && parent && (
        <section aria-labelledby="profile-offers" className="section">
          <h2 id="profile-offers">{t("offersHeading")}</h2>
          <OffersByLifePhase territory={territory} parentId={parent.id} />
        </section>
      )}
    </>
  );
}
