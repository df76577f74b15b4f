import { useTranslation } from "../i18n/translate.js";
import { localPath } from "../i18n/languages.js";
import { ageRangeText } from "../lib/ages.js";
import { usePortal } from "../lib/portal-context.js";
import { PATHS, queryOf } from "../lib/routes.js";
import type { SearchSummary } from "../lib/summaries.js";
import type { LifePhase, Transition } from "../lib/trpc.js";

/** The life phases as one journey, each with its offers, and the transitions between them. */
export function ChainPage({ phases, transitions, counts }: { phases: LifePhase[]; transitions: Transition[]; counts: Pick<SearchSummary, "facets"> }) {
  const { t } = useTranslation();
  const { language } = usePortal();
  const name = (label: { de: string; en: string }) => (language.tag === "en" ? label.en : label.de);
  const countOf = (phaseId: string) => counts.facets?.lifePhases.find((facet) => facet.value === phaseId)?.count ?? 0;
  return (
    <div className="page">
      <h1>{t("chain.title")}</h1>
      <p className="lead">{t("chain.lead")}</p>
      <ol className="chain">
        {phases.map((phase) => {
          const leaving = transitions.find((transition) => transition.fromLifePhaseId === phase.id);
          return (
            <li key={phase.id} className="chain__phase">
              <h2>{name(phase.name)}</h2>
              <p className="muted">{ageRangeText(phase.minAgeMonths, phase.maxAgeMonths, t)}</p>
              {phase.description && <p>{phase.description}</p>}
              <a className="button" href={`${localPath(language, PATHS.search)}${queryOf({ phase: phase.id })}`}>
                {t("chain.showOffers")} ({t("chain.offers", { count: countOf(phase.id) })})
              </a>
              {leaving && (
                <div className="chain__transition">
                  <h3>{t("chain.transition", { name: name(leaving.name) })}</h3>
                  <a href={`${localPath(language, PATHS.search)}${queryOf({ uebergang: leaving.id })}`}>{t("chain.showTransitionOffers")}</a>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
