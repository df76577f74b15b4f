import { useTranslation } from "../i18n/translate.js";
import { MapList } from "../components/MapList.js";
import { OfferCard } from "../components/OfferCard.js";
import { ResultsMap } from "../components/ResultsMap.js";
import { SearchForm } from "../components/SearchForm.js";
import { ViewSwitch } from "../components/ViewSwitch.js";
import { directionOf } from "../i18n/languages.js";
import { usePagePath, usePortal } from "../lib/portal-context.js";
import { PATHS, queryOf, type SearchParams } from "../lib/routes.js";
import type { NextTransitionSummary, SearchSummary } from "../lib/summaries.js";
import { type NearProblem, PAGE_SIZE } from "../server/load.js";
import type { ResultsMapData } from "../server/results-map.js";

/** The "what comes next" box: the transition ahead for the child's age, and offers for it. */
function NextTransition({ next }: { next: NextTransitionSummary }) {
  const { t } = useTranslation();
  const { language } = usePortal();
  const pagePath = usePagePath();
  const name = language.tag === "en" ? next.transition.name.en : next.transition.name.de;
  return (
    <section className="next-transition" aria-labelledby="next-transition">
      <h2 id="next-transition">{t("results.nextTransitionTitle", { transition: name })}</h2>
      <p>
        {next.monthsUntil === 0 ? t("results.nextTransitionNow") : t("results.nextTransitionIn", { count: next.monthsUntil })}. {t("results.nextTransitionLead")}
      </p>
      <ul>
        {next.offers.map((offer) => (
          <li key={offer.id} lang={offer.shownLanguage} dir={directionOf(offer.shownLanguage)}>
            <a href={pagePath(`${PATHS.search}/${offer.id}`)}>{offer.display.title}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What the results page shows besides the results: the map, the distances, and a problem with the distance. */
export interface SearchExtras {
  map: ResultsMapData | null;
  distances: Record<string, number>;
  nearProblem: NearProblem | null;
}

/**
 * Results with the form above them, as a list or on the map (the map with a numbered list that
 * says the same); with JavaScript, `onSearch` replaces the page's data in place.
 */
export function SearchPage({ params, result, error, extras, onSearch }: { params: SearchParams; result: SearchSummary | null; error: string | null; extras: SearchExtras; onSearch?: (form: HTMLFormElement) => void }) {
  const { t } = useTranslation();
  const pagePath = usePagePath();
  const page = params.seite ?? 1;
  const pages = result ? Math.max(1, Math.ceil(result.total / PAGE_SIZE)) : 1;
  const pageLink = (number: number) => `${pagePath(PATHS.search)}${queryOf({ ...params, seite: number > 1 ? number : undefined })}`;
  const onMap = params.ansicht === "karte";
  return (
    <div className="page page--search">
      <h1>{t("results.title")}</h1>
      {result && <SearchForm params={params} options={result} onChange={onSearch} />}
      {error && <p className="notice notice--error" role="alert">{t("errors.invalidSearch", { message: error })}</p>}
      {extras.nearProblem && <p className="notice notice--warning">{t(`near.${extras.nearProblem}`)}</p>}
      {result && (
        <>
          <p className="result-count" role="status" aria-live="polite">
            {result.totalIsCapped ? t("results.countCapped", { count: result.total }) : t("results.count", { count: result.total })}
          </p>
          {result.nextTransition && <NextTransition next={result.nextTransition} />}
          <ViewSwitch params={params} />
          {result.items.length === 0 ? (
            <p className="notice">{t("results.none")}</p>
          ) : onMap ? (
            <div className="map-view">
              {extras.map ? <ResultsMap map={extras.map} params={params} /> : <p className="notice">{t("map.notAvailable")}</p>}
              <MapList items={result.items} distances={extras.distances} />
            </div>
          ) : (
            <div className="results">
              {result.items.map((offer) => <OfferCard key={offer.id} offer={offer} distanceKm={extras.distances[offer.id]} />)}
            </div>
          )}
          {pages > 1 && (
            <nav className="pager" aria-label={t("results.page", { page, pages })}>
              {page > 1 && <a className="button" rel="prev" href={pageLink(page - 1)}>{t("results.previous")}</a>}
              <span>{t("results.page", { page, pages })}</span>
              {page < pages && <a className="button" rel="next" href={pageLink(page + 1)}>{t("results.next")}</a>}
            </nav>
          )}
        </>
      )}
    </div>
  );
}
