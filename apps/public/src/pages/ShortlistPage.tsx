import { useTranslation } from "../i18n/translate.js";
import { usePagePath } from "../lib/portal-context.js";
import { PATHS } from "../lib/routes.js";
import { removeShortlisted, useHydrated, useShortlist } from "../lib/shortlist.js";

/**
 * Merkliste: the offers the family saved on this device. The server cannot know them, so the
 * page explains itself until the script has read the list (or for good, without JavaScript).
 */
export function ShortlistPage() {
  const { t } = useTranslation();
  const pagePath = usePagePath();
  const hydrated = useHydrated();
  const entries = useShortlist();
  return (
    <div className="page">
      <h1>{t("shortlist.title")}</h1>
      <p className="lead">{t("shortlist.lead")}</p>
      {!hydrated ? (
        <p className="notice">{t("shortlist.needsScript")}</p>
      ) : entries.length === 0 ? (
        <p className="notice">{t("shortlist.empty")} <a href={pagePath(PATHS.search)}>{t("site.search")}</a></p>
      ) : (
        <ul className="shortlist">
          {entries.map((entry) => (
            <li key={entry.id}>
              <a href={pagePath(`${PATHS.search}/${entry.id}`)}>{entry.title}</a>
              {entry.places && <span className="muted">{entry.places}</span>}
              <button type="button" className="button button--small" onClick={() => removeShortlisted(entry.id)}>
                {t("shortlist.remove")}<span className="visually-hidden">: {entry.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
