import { PageHeader } from "@praeventionskette/ui";
import { useTranslation } from "react-i18next";

export function ActorsPage() {
  const { t } = useTranslation();
  return <PageHeader title={t("actors.title")} />;
}
