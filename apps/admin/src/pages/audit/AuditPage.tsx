import { PageHeader } from "@praeventionskette/ui";
import { useTranslation } from "react-i18next";

export function AuditPage() {
  const { t } = useTranslation();
  return <PageHeader title={t("audit.title")} />;
}
