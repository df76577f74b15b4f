import { PageHeader } from "@praeventionskette/ui";
import { useTranslation } from "react-i18next";

export function BodiesPage() {
  const { t } = useTranslation();
  return <PageHeader title={t("bodies.title")} />;
}
