import { comparePeriods } from "@praeventionskette/domain";
import { Notice, PageHeader } from "@praeventionskette/ui";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { useState } from "react";
import { TableFrame } from "../components/TableFrame.js";
import { TerritorySelect } from "../components/TerritorySelect.js";
import { usePageTexts } from "../i18n/page-texts.js";
import { profileTexts } from "../i18n/pages/profile.js";
import { useSeries, useVisibleIndicators } from "../lib/indicator-series.js";
import { useLabels } from "../lib/labels.js";
import { useTerritoryTree } from "../lib/territories.js";
import { defaultTown, usePointText } from "./ProfilePage.js";

/**
 * Gebiete im Vergleich: two or more territories side by side, every indicator in the latest
 * period any of them has, with a bar per territory scaled to the row's largest value.
 */
export function ComparisonPage() {
  const { t } = usePageTexts("profile", profileTexts);
  const { name } = useLabels();
  const show = usePointText();
  const search = useSearch({ from: "/vergleich" });
  const navigate = useNavigate({ from: "/vergleich" });
  const { tree, error: treeError } = useTerritoryTree();
  const first = tree ? defaultTown(tree) : undefined;
  const fallback = first && tree?.byId.get(first.parentId ?? "") ? tree.childrenOf(first.parentId ?? "").slice(0, 2).map((c) => c.id) : [];
  const chosenIds = (search.gebiete ? search.gebiete.split(",") : fallback).filter((id, index, all) => tree?.byId.has(id) && all.indexOf(id) === index);
  const chosen = chosenIds.flatMap((id) => {
    const territory = tree?.byId.get(id);
    return territory ? [territory] : [];
  });
  const [candidate, setCandidate] = useState<string>("");
  const { indicators, error: indicatorError } = useVisibleIndicators();
  const { seriesOf, isPending, error } = useSeries(indicators, chosenIds);
  const setChosen = (ids: string[]) => void navigate({ search: { gebiete: ids.join(",") } });
  // Offered first: a neighbour of the first chosen area, the likeliest next comparison.
  const neighbours = tree && chosen[0]?.parentId ? tree.childrenOf(chosen[0].parentId) : [];
  const addable = candidate || (neighbours.find((n) => !chosenIds.includes(n.id)) ?? tree?.all.find((n) => !chosenIds.includes(n.id)))?.id || "";

  return (
    <>
      <PageHeader title={t("comparisonTitle")} lead={t("comparisonLead")} />
      {(treeError ?? indicatorError ?? error) && <Notice tone="error">{(treeError ?? indicatorError ?? error)?.message}</Notice>}
      {tree && (
        <div className="controls no-print">
          <div className="control">
            <span className="control__label" id="chosen-label">{t("chosen")}</span>
            <ul className="chips" aria-labelledby="chosen-label">
              {chosen.map((territory) => (
                <li key={territory.id} className="chip">
                  <Link to="/profil" search={{ gebiet: territory.id }} aria-label={t("profileOf", { name: territory.name })}>{territory.name}</Link>
                  <button type="button" className="chip__remove" aria-label={t("remove", { name: territory.name })} onClick={() => setChosen(chosenIds.filter((id) => id !== territory.id))}>
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
          <form
            className="control-row"
            onSubmit={(event) => {
              event.preventDefault();
              if (addable && !chosenIds.includes(addable)) setChosen([...chosenIds, addable]);
              setCandidate("");
            }}
          >
            <TerritorySelect tree={tree} value={addable} withSocialAreas onChange={setCandidate} label={t("add")} />
            <button type="submit" className="action-button">{t("addButton")}</button>
          </form>
        </div>
      )}
      {tree && chosen.length < 2 && <Notice>{t("needTwo")}</Notice>}
      {chosen.length > 0 && (
        <section aria-labelledby="comparison-heading">
          <h2 id="comparison-heading">{t("comparisonHeading")}</h2>
          {isPending && <p role="status">{t("app.loading", { ns: "translation" })}</p>}
          <TableFrame label={t("comparisonCaption", { names: chosen.map((c) => c.name).join(", ") })}>
            <table className="ui-table comparison-table">
              <caption className="visually-hidden">{t("comparisonCaption", { names: chosen.map((c) => c.name).join(", ") })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("indicator")}</th>
                  <th scope="col">{t("period")}</th>
                  {chosen.map((c) => <th key={c.id} scope="col" className="ui-table__number">{c.name}</th>)}
                </tr>
              </thead>
              <tbody>
                {indicators.map((indicator) => {
                  const periods = chosen.flatMap((c) => seriesOf(indicator.id, c.id).map((p) => p.period)).sort(comparePeriods);
                  const period = periods.at(-1);
                  const points = chosen.map((c) => seriesOf(indicator.id, c.id).find((p) => p.period === period));
                  const most = Math.max(0, ...points.map((p) => (p && !p.suppressed && p.value !== null ? p.value : 0)));
                  return (
                    <tr key={indicator.id}>
                      <th scope="row">
                        <Link to="/indikatoren/$indicatorId" params={{ indicatorId: indicator.id }}>
                          <span className="code">{indicator.code}</span> {name(indicator.name)}
                        </Link>
                        <span className="muted comparison-table__direction">{t(`direction.${indicator.polarity}`, { ns: "translation" })}</span>
                      </th>
                      <td>{period ?? "–"}</td>
                      {points.map((point, index) => (
                        <td key={chosen[index]?.id} className="ui-table__number">
                          <span className="bar-cell">
                            <span className="bar-track" aria-hidden="true">{point && !point.suppressed && point.value !== null && most > 0 && <span className="bar" style={{ width: `${(point.value / most) * 100}%` }} />}</span>
                            <span>{show(point, indicator.unit)}</span>
                          </span>
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableFrame>
        </section>
      )}
    </>
  );
}
