import type { RuntimeConfig } from "@praeventionskette/ui";
import { useTranslation } from "react-i18next";

/** The operator's legal links, from the runtime configuration. */
export function Footer({ config }: { config: RuntimeConfig }) {
  const { t } = useTranslation();
  return (
    <>
      <span>{config.operatorName}</span>
      {config.imprintUrl && <a href={config.imprintUrl}>{t("footer.imprint")}</a>}
      {config.privacyUrl && <a href={config.privacyUrl}>{t("footer.privacy")}</a>}
    </>
  );
}
