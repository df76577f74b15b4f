import { PageHeader } from "@praeventionskette/ui";
import { useTranslation } from "react-i18next";

export function IndicatorsPage() {
  const { t } = useTranslation();
  return <PageHeader title={t("indicators.title")} />;
}
