import { AppShell, Button, LanguageSwitch } from "@praeventionskette/ui";
import { Link, Outlet, useLocation, useRouteContext, useRouter } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { signOut } from "../lib/auth.js";
import { Footer } from "./Footer.js";
import { navigationFor } from "./navigation.js";
import "./navigation.css";

/** The frame of every staff page: navigation, the signed-in person, sign-out, language. */
export function AdminLayout() {
  const { t } = useTranslation();
  const router = useRouter();
  const { me, config, queryClient } = useRouteContext({ from: "/staff" });
  const pathname = useLocation({ select: (location) => location.pathname });
  // On phones the menu folds away behind a button and closes again once a page is chosen.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const menuOpen = openOn === pathname;
  const onSignOut = async () => {
    await signOut(config.apiUrl);
    queryClient.clear();
    await router.navigate({ to: "/anmelden" });
  };
  return (
    <AppShell
      operatorName={config.operatorName}
      appName={t("app.name")}
      homeHref={import.meta.env.BASE_URL}
      skipLinkLabel={t("app.skipLink")}
      navigationLabel={t("app.navigation")}
      navigation={
        <>
          <button type="button" className="nav-toggle" aria-expanded={menuOpen} aria-controls="nav-groups" onClick={() => setOpenOn(menuOpen ? null : pathname)}>
            <span aria-hidden="true">☰ </span>{t("navGroups.menu")}
          </button>
          <div id="nav-groups" className={menuOpen ? "nav-groups nav-groups--open" : "nav-groups"}>
            {navigationFor(me).map((group, index) => {
              const headingId = `nav-group-${index}`;
              return (
                <div key={group.heading ?? "start"} className="nav-group">
                  {group.heading && <h2 id={headingId} className="nav-group__heading">{t(group.heading)}</h2>}
                  <ul aria-labelledby={group.heading ? headingId : undefined}>
                    {group.entries.map((entry) => (
                      <li key={entry.to}>
                        <Link to={entry.to} activeOptions={{ exact: entry.to === "/", includeSearch: false }}>{t(entry.label)}</Link>
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </div>
        </>
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
