import { useTranslation } from "../i18n/translate.js";
import { localPath } from "../i18n/languages.js";
import { usePortal } from "../lib/portal-context.js";

/** A link that leads nowhere. */
export function NotFoundPage() {
  const { t } = useTranslation();
  const { language } = usePortal();
  return (
    <div className="page">
      <h1>{t("errors.notFound")}</h1>
      <p><a href={localPath(language, "/")}>{t("errors.toStart")}</a></p>
    </div>
  );
}
