import { useTranslation } from "../i18n/translate.js";
import { usePagePath } from "../lib/portal-context.js";
import { PATHS, queryOf, type SearchParams } from "../lib/routes.js";

/** List or map: two links, so that either view has its own address and works without JavaScript. */
export function ViewSwitch({ params }: { params: SearchParams }) {
  const { t } = useTranslation();
  const pagePath = usePagePath();
  const onMap = params.ansicht === "karte";
  const link = (ansicht: SearchParams["ansicht"]) => `${pagePath(PATHS.search)}${queryOf({ ...params, ansicht })}`;
  return (
    <nav className="view-switch" aria-label={t("map.view")}>
      <a href={link(undefined)} aria-current={onMap ? undefined : "true"}>{t("map.list")}</a>
      <a href={link("karte")} aria-current={onMap ? "true" : undefined}>{t("map.map")}</a>
    </nav>
  );
}
