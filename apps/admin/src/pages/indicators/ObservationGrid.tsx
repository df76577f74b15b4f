import { type TerritoryKind } from "@praeventionskette/domain";
import { Notice } from "@praeventionskette/ui";
import { useId } from "react";
import { TableFrame } from "./TableFrame.js";
import { type StoredIndicator, type StoredObservation, useAllTerritories, useObservationsOf, usePublicSuppression } from "./indicator-data.js";
import { observationGrid } from "./observation-grid.js";
import { useAreaTexts } from "../../lib/area-texts.js";
import { indicatorsDe, indicatorsEn } from "./texts.js";

// Rates with one decimal throughout, so that a column reads evenly (31,0 beside 29,7); counts without.
const number = (value: number, language: string, digits: number) => new Intl.NumberFormat(language === "de" ? "de-DE" : "en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);

/**
 * An indicator's values: territories as rows, periods as columns. Values that public views
 * suppress (small cells) are marked in words, so staff see what the public will not.
 */
export function ObservationGrid({ indicator, kind }: { indicator: StoredIndicator; kind?: TerritoryKind }) {
  const { t, i18n } = useAreaTexts("indicators", indicatorsDe, indicatorsEn);
  const captionId = useId();
  const observations = useObservationsOf(indicator.id);
  const territories = useAllTerritories();
  const suppression = usePublicSuppression(indicator.id, indicator.visibility === "public");

  if (observations.isPending || territories.isPending) return <p role="status">{t("indicators.loadingValues")}</p>;
  if (observations.isError) return <Notice tone="error">{observations.error.message}</Notice>;
  if (territories.isError) return <Notice tone="error">{territories.error.message}</Notice>;
  const { periods, rows } = observationGrid(observations.data, territories.data, kind);
  if (rows.length === 0) return <p>{t("indicators.noValues")}</p>;

  const suppressedInPublic = (observation: StoredObservation) => suppression.data?.suppressed.has(observation.id) ?? false;
  const hiddenHere = (observation: StoredObservation) => "suppressed" in observation && observation.suppressed === true;
  const shown = rows.flatMap((row) => [...row.cells.values()]);
  const suppressedCount = shown.filter((observation) => suppressedInPublic(observation) || hiddenHere(observation)).length;
  const unit = indicator.unit ? ` (${indicator.unit})` : "";

  return (
    <>
      {indicator.visibility === "public" ? (
        <p className="muted">{suppression.data ? t("indicators.suppressionSummary", { count: suppressedCount, total: shown.length, threshold: suppression.data.threshold }) : t("indicators.suppressionLoading")}</p>
      ) : (
        <p className="muted">{t("indicators.internalNote")}</p>
      )}
      <TableFrame labelledBy={captionId}>
        <table className="ui-table observation-grid">
          <caption id={captionId}>{t("indicators.gridCaption", { name: indicator.code, unit })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("indicators.territory")}</th>
              {periods.map((period) => <th key={period} scope="col" className="ui-table__number">{period}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.territory.id}>
                <th scope="row" style={{ paddingLeft: `calc(var(--space-3) + ${row.depth * 1.25}rem)` }}>
                  {row.territory.name}
                  {row.territory.code && <span className="observation-grid__code"> {row.territory.code}</span>}
                </th>
                {periods.map((period) => {
                  const observation = row.cells.get(period);
                  if (!observation) return <td key={period} className="ui-table__number muted"><span aria-hidden="true">–</span><span className="visually-hidden">{t("indicators.noValue")}</span></td>;
                  if (hiddenHere(observation) || observation.value === null) {
                    return <td key={period} className="ui-table__number observation-grid__suppressed">{t("indicators.hidden")}</td>;
                  }
                  const counts = observation.numerator !== null && observation.denominator !== null ? t("indicators.counts", { numerator: number(observation.numerator, i18n.language, 0), denominator: number(observation.denominator, i18n.language, Number.isInteger(observation.denominator) ? 0 : 2) }) : null;
                  return (
                    <td key={period} className={`ui-table__number${suppressedInPublic(observation) ? " observation-grid__suppressed" : ""}`}>
                      {number(observation.value, i18n.language, 1)}
                      {counts && <span className="observation-grid__counts">{counts}</span>}
                      {suppressedInPublic(observation) && <span className="observation-grid__mark">{t("indicators.suppressedPublicly")}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </>
  );
}
