import { useTranslation } from "../../i18n/translate.js";
import { localPath } from "../../i18n/languages.js";
import { usePortal } from "../../lib/portal-context.js";
import { LEGAL_PATHS } from "./legal-route.js";

/** When this statement was last written; BITV NRW asks for the date and a yearly review. */
export const STATEMENT_DATE = "2026-11-29";

/** The enforcement body's public contact, as the Land NRW publishes it (lbbp.nrw.de/ombudsstelle). */
const OMBUDS = { email: "ombudsstelle-barrierefreie-it@mags.nrw.de", web: "https://www.lbbp.nrw.de/ombudsstelle" } as const;

/** Dates in the page's language; Leichte Sprache is German. */
export function formatDate(iso: string, tag: string): string {
  return new Intl.DateTimeFormat(tag === "de-x-ls" ? "de" : tag, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
}

/** Erklärung zur Barrierefreiheit after BITV NRW: status, what is not accessible, feedback and the NRW ombuds office. */
export function AccessibilityStatement() {
  const { t } = useTranslation();
  const { language, operatorName } = usePortal();
  return (
    <article className="page legal">
      <h1>{t("legal.accessibility.title")}</h1>
      <p className="lead">{t("legal.accessibility.lead", { operator: operatorName })}</p>

      <h2>{t("legal.accessibility.statusTitle")}</h2>
      <p>{t("legal.accessibility.status")}</p>

      <h2>{t("legal.accessibility.gapsTitle")}</h2>
      <ul>
        <li>{t("legal.accessibility.gapTranslations")}</li>
        <li>{t("legal.accessibility.gapEasyLanguage")}</li>
        <li>{t("legal.accessibility.gapDocuments")}</li>
      </ul>

      <h2>{t("legal.accessibility.methodTitle")}</h2>
      <p>{t("legal.accessibility.method", { date: formatDate(STATEMENT_DATE, language.tag) })}</p>

      <h2>{t("legal.accessibility.feedbackTitle")}</h2>
      <p>{t("legal.accessibility.feedback")}</p>
      <p>
        <a className="button button--primary" href={localPath(language, LEGAL_PATHS.feedback)}>{t("legal.accessibility.feedbackLink")}</a>
      </p>

      <h2>{t("legal.accessibility.enforcementTitle")}</h2>
      <p>{t("legal.accessibility.enforcement")}</p>
      <address className="legal__contact">
        <strong lang="de">{t("legal.accessibility.ombudsName")}</strong>
        <span>
          {t("legal.accessibility.email")}: <a href={`mailto:${OMBUDS.email}`} dir="ltr">{OMBUDS.email}</a>
        </span>
        <span>
          {t("legal.accessibility.web")}: <a href={OMBUDS.web} dir="ltr">lbbp.nrw.de/ombudsstelle</a>
        </span>
      </address>

      <h2>{t("legal.accessibility.monitoringTitle")}</h2>
      <p>{t("legal.accessibility.monitoring")}</p>
    </article>
  );
}
