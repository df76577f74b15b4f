import { AppShell, Button, LanguageSwitch } from "@praeventionskette/ui";
import { Link, Outlet, useRouteContext, useRouter } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { signOut } from "../lib/auth.js";
import { offerMode } from "../lib/roles.js";
import { Footer } from "./Footer.js";

/** What a provider editor works with: its offers and its proposals. */
const PROVIDER_PAGES = new Set<string>(["/", "/angebote", "/vorschlaege"]);

/** The frame of every staff page: navigation, the signed-in person, sign-out, language. */
export function AdminLayout() {
  const { t } = useTranslation();
  const router = useRouter();
  const { me, config, queryClient } = useRouteContext({ from: "/staff" });
  const onSignOut = async () => {
    await signOut(config.apiUrl);
    queryClient.clear();
    await router.navigate({ to: "/anmelden" });
  };
  const links = [
    { to: "/", label: t("nav.start") },
    { to: "/angebote", label: t("nav.offers") },
    { to: "/vorschlaege", label: t("nav.proposals") },
    { to: "/gebiete", label: t("nav.territories") },
    { to: "/leitbild", label: t("leitbild.nav") },
    { to: "/ziele", label: t("goals.nav") },
    { to: "/indikatoren", label: t("indicators.nav") },
    { to: "/akteure", label: t("actors.nav") },
    { to: "/gremien", label: t("bodies.nav") },
    { to: "/foerderung", label: t("funding.nav") },
    { to: "/qualitaet", label: t("quality.nav") },
    { to: "/konfiguration", label: t("configuration.nav") },
    { to: "/konten", label: t("accounts.nav") },
    { to: "/protokoll", label: t("audit.nav") },
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
          {links.filter((link) => offerMode(me) === "edit" || PROVIDER_PAGES.has(link.to)).map((link) => (
            <li key={link.to}>
              <Link to={link.to} activeOptions={{ exact: link.to === "/", includeSearch: false }}>{link.label}</Link>
            </li>
          ))}
        </ul>
      }
      headerEnd={
        <>
          <span>{t("account.signedInAs", { name: me.name })}</span>
          <LanguageSwitch label={t("app.language")} />
          <Button variant="secondary" onPress={() => void onSignOut()}>{t("account.signOut")}</Button>
        </>
      }
      footer={<Footer config={config} />}
    >
      <Outlet />
    </AppShell>
  );
}
