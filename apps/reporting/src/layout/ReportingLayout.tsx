import { AppShell, LanguageSwitch } from "@praeventionskette/ui";
import { useQuery } from "@tanstack/react-query";
import { Link, Outlet, useRouteContext } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../lib/trpc.js";
import { Footer } from "./Footer.js";

/**
 * The frame of every page. Anonymous use is the default; staff sign in in the admin app, whose
 * session cookie this app shares on the same origin, and then see their internal data here.
 */
export function ReportingLayout() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { config } = useRouteContext({ from: "__root__" });
  const me = useQuery({ ...trpc.account.me.queryOptions(), staleTime: 5 * 60_000 });
  const links = [
    { to: "/", label: t("nav.indicators") },
    { to: "/profil", label: t("nav.profile") },
    { to: "/vergleich", label: t("nav.comparison") },
    { to: "/bedarf", label: t("nav.needSupply") },
    { to: "/ziele", label: t("nav.goals") },
    { to: "/abdeckung", label: t("nav.coverage") },
    { to: "/gremien", label: t("nav.governance") },
    { to: "/selbstbewertung", label: t("nav.selfAssessment") },
    { to: "/bericht", label: t("nav.report") },
  ] as const;
  return (
    <AppShell
      operatorName={config.operatorName}
      appName={t("app.name")}
      homeHref={import.meta.env.BASE_URL}
      skipLinkLabel={t("app.skipLink")}
      navigationLabel={t("app.navigation")}
      navigation={
        <ul>
          {links.map((link) => (
            <li key={link.to}>
              <Link to={link.to} activeOptions={{ exact: link.to === "/", includeSearch: false }}>{link.label}</Link>
            </li>
          ))}
        </ul>
      }
      headerEnd={
        <>
          {me.data ? <span>{t("account.signedInAs", { name: me.data.name })}</span> : <a href={`${config.apiUrl}/admin/anmelden`}>{t("account.signIn")}</a>}
          <LanguageSwitch label={t("app.language")} />
        </>
      }
      footer={<Footer config={config} />}
    >
      <Outlet />
    </AppShell>
  );
}
