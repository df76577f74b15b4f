import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";

/** A link that leads nowhere: say so and offer the way back. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="not-found">
      <h1>{t("errors.notFound")}</h1>
      <p>{t("errors.notFoundLead")}</p>
      <Link to="/">{t("errors.toStart")}</Link>
    </div>
  );
}
