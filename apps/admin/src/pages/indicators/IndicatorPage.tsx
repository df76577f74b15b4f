import { indicatorFactorLabels, indicatorVisibilityLabels, periodTypeLabels, polarityLabels, spatialLevelLabels, type TerritoryKind, territoryKindLabels } from "@praeventionskette/domain";
import { Notice, PageHeader, Select } from "@praeventionskette/ui";
import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useParams, useSearch } from "@tanstack/react-router";
import { useLabels } from "../../lib/labels.js";
import { useTRPC } from "../../lib/trpc.js";
import { ObservationGrid } from "./ObservationGrid.js";
import "./indicators.css";
import { useAreaTexts } from "../../lib/area-texts.js";
import { indicatorsDe, indicatorsEn } from "./texts.js";

const KINDS: TerritoryKind[] = ["state", "county", "countyFreeCity", "town", "socialArea"];

/** `/indikatoren/:id`: an indicator's definition and its values per territory and period. */
export function IndicatorPage() {
  const { t } = useAreaTexts("indicators", indicatorsDe, indicatorsEn);
  const { label, name } = useLabels();
  const trpc = useTRPC();
  const { indicatorId } = useParams({ from: "/staff/indikatoren/$indicatorId" });
  const search = useSearch({ from: "/staff/indikatoren/$indicatorId" });
  const navigate = useNavigate({ from: "/indikatoren/$indicatorId" });
  const indicator = useQuery(trpc.indicator.get.queryOptions({ id: indicatorId }));

  if (indicator.isPending) return <p role="status">{t("app.loading")}</p>;
  if (indicator.isError) return <Notice tone="error">{indicator.error.data?.code === "NOT_FOUND" ? t("indicators.notFound") : indicator.error.message}</Notice>;
  const definition = indicator.data;
  const factor = label(indicatorFactorLabels, definition.factor);
  // "Prozent (%)" already names its unit; other factors get theirs added.
  const factorText = definition.unit && !factor.includes(definition.unit) ? `${factor} (${definition.unit})` : factor;
  return (
    <>
      <PageHeader title={`${definition.code} – ${name(definition.name)}`} lead={definition.description || undefined} actions={<Link className="ui-button" to="/indikatoren">{t("indicators.backToList")}</Link>} />
      <section aria-labelledby="indicator-definition">
        <h2 id="indicator-definition">{t("indicators.definition")}</h2>
        <dl className="indicator-definition">
          <div><dt>{t("indicators.numerator")}</dt><dd>{definition.numerator}</dd></div>
          <div><dt>{t("indicators.denominator")}</dt><dd>{definition.denominator}</dd></div>
          <div><dt>{t("indicators.columns.factor")}</dt><dd>{factorText}</dd></div>
          <div><dt>{t("indicators.polarity")}</dt><dd>{label(polarityLabels, definition.polarity)}</dd></div>
          <div><dt>{t("indicators.columns.periodType")}</dt><dd>{label(periodTypeLabels, definition.periodType)}</dd></div>
          <div><dt>{t("indicators.spatialLevels")}</dt><dd>{definition.spatialLevels.map((level) => label(spatialLevelLabels, level)).join(", ")}</dd></div>
          <div><dt>{t("indicators.columns.visibility")}</dt><dd>{label(indicatorVisibilityLabels, definition.visibility)}</dd></div>
          <div><dt>{t("indicators.columns.source")}</dt><dd>{definition.source}</dd></div>
        </dl>
      </section>
      <section aria-labelledby="indicator-values">
        <h2 id="indicator-values">{t("indicators.values")}</h2>
        <div className="filters">
          <Select
            label={t("indicators.level")}
            value={search.ebene ?? ""}
            onChange={(kind) => void navigate({ search: { ebene: (kind || undefined) as TerritoryKind | undefined } })}
            options={[{ id: "", label: t("indicators.allLevels") }, ...KINDS.map((kind) => ({ id: kind, label: label(territoryKindLabels, kind) }))]}
          />
        </div>
        <ObservationGrid indicator={definition} kind={search.ebene} />
      </section>
    </>
  );
}
