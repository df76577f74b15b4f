import { useTranslation } from "react-i18next";
import { OfferCard } from "../components/OfferCard.js";
import { SearchForm } from "../components/SearchForm.js";
import { localPath } from "../i18n/languages.js";
import { usePortal } from "../lib/portal-context.js";
import { PATHS, queryOf, type SearchParams } from "../lib/routes.js";
import type { SearchResult } from "../lib/trpc.js";
import { PAGE_SIZE } from "../server/load.js";

/** The "what comes next" box: the transition ahead for the child's age, and offers for it. */
function NextTransition({ next }: { next: NonNullable<SearchResult["nextTransition"]> }) {
  const { t } = useTranslation();
  const { language } = usePortal();
  const name = language.tag === "en" ? next.transition.name.en : next.transition.name.de;
  return (
    <section className="next-transition" aria-labelledby="next-transition">
      <h2 id="next-transition">{t("results.nextTransitionTitle", { transition: name })}</h2>
      <p>
        {next.monthsUntil === 0 ? t("results.nextTransitionNow") : t("results.nextTransitionIn", { count: next.monthsUntil })}. {t("results.nextTransitionLead")}
      </p>
      <ul>
        {next.offers.map((offer) => (
          <li key={offer.id} lang={offer.shownLanguage}>
            <a href={localPath(language, `${PATHS.search}/${offer.id}`)}>{offer.display.title}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Results with the form above them; with JavaScript, `onSearch` replaces the page's data in place. */
export function SearchPage({ params, result, error, onSearch }: { params: SearchParams; result: SearchResult | null; error: string | null; onSearch?: (form: HTMLFormElement) => void }) {
  const { t } = useTranslation();
  const { language } = usePortal();
  const page = params.seite ?? 1;
  const pages = result ? Math.max(1, Math.ceil(result.total / PAGE_SIZE)) : 1;
  const pageLink = (number: number) => `${localPath(language, PATHS.search)}${queryOf({ ...params, seite: number > 1 ? number : undefined })}`;
  return (
    <div className="page page--search">
      <h1>{t("results.title")}</h1>
      {result && <SearchForm params={params} options={result} onChange={onSearch} />}
      {error && <p className="notice notice--error" role="alert">{t("errors.invalidSearch", { message: error })}</p>}
      {result && (
        <>
          <p className="result-count" role="status" aria-live="polite">
            {result.totalIsCapped ? t("results.countCapped", { count: result.total }) : t("results.count", { count: result.total })}
          </p>
          {result.nextTransition && <NextTransition next={result.nextTransition} />}
          {result.items.length === 0 ? (
            <p className="notice">{t("results.none")}</p>
          ) : (
            <div className="results">
              {result.items.map((offer) => <OfferCard key={offer.id} offer={offer} />)}
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
