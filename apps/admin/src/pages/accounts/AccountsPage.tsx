import { PageHeader } from "@praeventionskette/ui";
import { useTranslation } from "react-i18next";

export function AccountsPage() {
  const { t } = useTranslation();
  return <PageHeader title={t("accounts.title")} />;
}
