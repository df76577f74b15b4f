import { PageHeader } from "@praeventionskette/ui";
import { useTranslation } from "react-i18next";

export function FundingPage() {
  const { t } = useTranslation();
  return <PageHeader title={t("funding.title")} />;
}
