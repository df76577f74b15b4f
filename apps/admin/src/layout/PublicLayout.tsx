import { AppShell, LanguageSwitch } from "@praeventionskette/ui";
import { Outlet, useRouteContext } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { Footer } from "./Footer.js";

/** The frame of the pages before sign-in. */
export function PublicLayout() {
  const { t } = useTranslation();
  const { config } = useRouteContext({ from: "/public" });
  return (
    <AppShell operatorName={config.operatorName} appName={t("app.name")} homeHref={import.meta.env.BASE_URL} skipLinkLabel={t("app.skipLink")} headerEnd={<LanguageSwitch label={t("app.language")} />} footer={<Footer config={config} />}>
      <div className="narrow-page">
        <Outlet />
      </div>
    </AppShell>
  );
}
