import { labelOf, maturityLevelLabels, maturityScore, prerequisiteLabels, type QualityAssessmentInput } from "@praeventionskette/domain";
import { useLabels } from "../../lib/labels.js";
import { useAreaTexts } from "../../lib/area-texts.js";
import { qualityDe, qualityEn } from "./texts.js";

/**
 * The maturity the domain derives from the checklist as it stands, updated while the person
 * fills it in (announced politely to screen readers).
 */
export function MaturityPanel({ assessment }: { assessment: QualityAssessmentInput }) {
  const { t } = useAreaTexts("quality", qualityDe, qualityEn);
  const { locale } = useLabels();
  const maturity = maturityScore(assessment);
  return (
    <section className="maturity" aria-labelledby="maturity-heading">
      <h2 id="maturity-heading">{t("quality.maturity.heading")}</h2>
      <div aria-live="polite" aria-atomic="true">
        <p className="maturity__score">
          <span className="maturity__number">{t("quality.maturity.score", { score: maturity.score })}</span>{" "}
          <span className={`maturity__level maturity__level--${maturity.level}`}>{labelOf(maturityLevelLabels, maturity.level, locale)}</span>
        </p>
        <meter className="maturity__meter" min={0} max={100} low={25} high={75} optimum={100} value={maturity.score} aria-label={t("quality.maturity.meter")} />
        <dl className="facts">
          <div><dt>{t("quality.maturity.prerequisites")}</dt><dd>{t("quality.maturity.percent", { value: maturity.prerequisitesScore })}</dd></div>
          <div><dt>{t("quality.maturity.stations")}</dt><dd>{t("quality.maturity.percent", { value: maturity.stationsScore })}</dd></div>
        </dl>
        {maturity.openPrerequisites.length > 0 && (
          <p className="muted">{t("quality.maturity.open", { list: maturity.openPrerequisites.map((key) => `(${key}) ${labelOf(prerequisiteLabels, key, locale)}`).join("; ") })}</p>
        )}
      </div>
    </section>
  );
}
