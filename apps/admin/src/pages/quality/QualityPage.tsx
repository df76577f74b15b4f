import { PageHeader } from "@praeventionskette/ui";
import { useTranslation } from "react-i18next";

export function QualityPage() {
  const { t } = useTranslation();
  return <PageHeader title={t("quality.title")} />;
}
