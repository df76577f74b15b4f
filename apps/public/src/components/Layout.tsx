import type { ReactNode } from "react";
import { useTranslation } from "../i18n/translate.js";
import { localPath, PORTAL_LANGUAGES } from "../i18n/languages.js";
import { usePagePath, usePortal } from "../lib/portal-context.js";
import { PATHS } from "../lib/routes.js";
import { LEGAL_PATHS } from "../pages/legal/legal-route.js";
import { useShortlist } from "../lib/shortlist.js";

/**
 * The embed view for a municipality's website: no header, menu or footer (the site has its
 * own), but help in a crisis and the shortlist stay one tap away.
 */
function EmbedLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { language } = usePortal();
  const pagePath = usePagePath();
  const saved = useShortlist().length;
  return (
    <>
      <div className="embed-bar">
        <a className="help-link" href={pagePath(PATHS.help)}>{t("site.helpShort")}</a>
        <a href={pagePath(PATHS.shortlist)}>{t("site.shortlist")}{saved > 0 ? ` (${saved})` : ""}</a>
      </div>
      <main id="main" tabIndex={-1}>{children}</main>
      <p className="embed-credit"><a href={localPath(language, PATHS.home)} target="_blank" rel="noopener">{t("embed.openPortal")}</a></p>
    </>
  );
}

/** Header with the crisis link always in reach, the language menu, the main content and the footer. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { language, operatorName, imprintUrl, privacyUrl, path, query, embedded } = usePortal();
  const saved = useShortlist().length;
  if (embedded) return <EmbedLayout>{children}</EmbedLayout>;
  return (
    <>
      <a className="skip-link" href="#main">{t("site.skip")}</a>
      <header className="site-header">
        <div className="site-header__inner">
          <a className="site-name" href={localPath(language, PATHS.home)}>
            <strong>{t("site.name")}</strong>
            <span>{operatorName}</span>
          </a>
          <a className="help-link" href={localPath(language, PATHS.help)}>{t("site.helpShort")}</a>
        </div>
        <nav className="site-nav" aria-label={t("site.menu")}>
          <ul>
            <li><a href={localPath(language, PATHS.search)}>{t("site.search")}</a></li>
            <li><a href={localPath(language, PATHS.chain)}>{t("site.chain")}</a></li>
            <li><a href={localPath(language, PATHS.help)}>{t("site.help")}</a></li>
            <li><a href={localPath(language, PATHS.shortlist)}>{t("site.shortlist")}{saved > 0 ? ` (${saved})` : ""}</a></li>
          </ul>
        </nav>
        <nav className="language-menu" aria-label={t("site.language")}>
          <ul>
            {PORTAL_LANGUAGES.map((other) => (
              <li key={other.tag}>
                <a href={`${localPath(other, path)}${query}`} hrefLang={other.tag} lang={other.tag} dir={other.dir} aria-current={other.tag === language.tag ? "true" : undefined}>
                  {other.ownName}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>{children}</main>
      <footer className="site-footer">
        <p>{t("site.footerNote")} {operatorName}</p>
        <ul>
          <li><a href={imprintUrl ?? localPath(language, LEGAL_PATHS.imprint)}>{t("site.imprint")}</a></li>
          <li><a href={privacyUrl ?? localPath(language, LEGAL_PATHS.privacy)}>{t("site.privacy")}</a></li>
          <li><a href={localPath(language, LEGAL_PATHS.accessibility)}>{t("legal.footer.accessibility")}</a></li>
          <li><a href={`${localPath(language, LEGAL_PATHS.feedback)}?seite=${encodeURIComponent(`${localPath(language, path)}${query}`)}`}>{t("legal.footer.feedback")}</a></li>
          <li><a href="/api/hsds/" hrefLang="en">{t("site.openData")}</a></li>
          <li><a href="/api/hsds/offers.csv" download>{t("legal.footer.csv")}</a></li>
        </ul>
      </footer>
    </>
  );
}
