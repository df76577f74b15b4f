import { PageHeader } from "@praeventionskette/ui";
import { useTranslation } from "react-i18next";

export function ConfigurationPage() {
  const { t } = useTranslation();
  return <PageHeader title={t("configuration.title")} />;
}
