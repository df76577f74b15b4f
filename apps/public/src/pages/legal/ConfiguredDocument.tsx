import { useTranslation } from "../../i18n/translate.js";
import { usePortal } from "../../lib/portal-context.js";

/**
 * Impressum or Datenschutzerklärung: the operator's own, linked, when configured
 * (IMPRINT_URL, PRIVACY_URL); else a notice of what the operator must configure. The privacy
 * page also says what this portal itself stores, which holds whoever operates it.
 */
export function ConfiguredDocument({ document }: { document: "imprint" | "privacy" }) {
  const { t } = useTranslation();
  const { operatorName, imprintUrl, privacyUrl } = usePortal();
  const url = document === "imprint" ? imprintUrl : privacyUrl;
  const key = (name: string) => `legal.${document}.${name}`;
  return (
    <article className="page legal">
      <h1>{t(key("title"))}</h1>
      {url ? (
        <p className="lead">
          {t(key("external"), { operator: operatorName })} <a href={url}>{t(key("externalLink"), { operator: operatorName })}</a>
        </p>
      ) : (
        <>
          <p className="lead">{t(key("missing"))}</p>
          <section className="notice legal__operator" aria-labelledby={`${document}-operator`}>
            <h2 id={`${document}-operator`}>{t(key("operatorTitle"))}</h2>
            <p>{t(key("operator"))}</p>
          </section>
        </>
      )}
      {document === "privacy" && (
        <>
          <h2>{t("legal.privacy.factsTitle")}</h2>
          <ul>
            <li>{t("legal.privacy.factNoCookies")}</li>
            <li>{t("legal.privacy.factNoThirdParties")}</li>
            <li>{t("legal.privacy.factSearch")}</li>
            <li>{t("legal.privacy.factFeedback")}</li>
          </ul>
        </>
      )}
    </article>
  );
}
