import { PageHeader } from "@praeventionskette/ui";
import { useTranslation } from "react-i18next";

export function GoalsPage() {
  const { t } = useTranslation();
  return <PageHeader title={t("goals.title")} />;
}
