import { useTranslation } from "../i18n/translate.js";
import { SearchForm } from "../components/SearchForm.js";
import { localPath } from "../i18n/languages.js";
import { usePortal } from "../lib/portal-context.js";
import { PATHS } from "../lib/routes.js";
import type { SearchSummary } from "../lib/summaries.js";

/** The start: one question, the finder, and the way to the chain. */
export function HomePage({ options }: { options: Pick<SearchSummary, "facets"> }) {
  const { t } = useTranslation();
  const { language } = usePortal();
  return (
    <div className="page">
      <h1>{t("home.title")}</h1>
      <p className="lead">{t("home.lead")}</p>
      <SearchForm params={{}} options={options} />
      <section className="teaser" aria-labelledby="chain-teaser">
        <h2 id="chain-teaser">{t("home.chainTitle")}</h2>
        <p>{t("home.chainLead")}</p>
        <a className="button" href={localPath(language, PATHS.chain)}>{t("site.chain")}</a>
      </section>
    </div>
  );
}
