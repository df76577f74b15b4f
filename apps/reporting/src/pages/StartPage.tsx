import { Notice, PageHeader } from "@praeventionskette/ui";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../lib/trpc.js";

/** The indicators the reader may see (the public ones for anonymous visitors), each leading to its map. */
export function StartPage() {
  const { t, i18n } = useTranslation();
  // Texts of its own rather than the domain's labels: the domain package would bring zod to the first page.
  const name = (text: { de: string; en: string }) => (i18n.language === "en" ? text.en : text.de);
  const trpc = useTRPC();
  const indicators = useQuery(trpc.indicator.list.queryOptions({ limit: 200 }));
  const items = [...(indicators.data?.items ?? [])].sort((a, b) => a.code.localeCompare(b.code, "de", { numeric: true }));
  return (
    <>
      <PageHeader title={t("start.title")} lead={t("start.lead")} />
      {indicators.isPending && <p role="status">{t("app.loading")}</p>}
      {indicators.isError && <Notice tone="error">{indicators.error.message}</Notice>}
      {indicators.data && items.length === 0 && <p>{t("start.none")}</p>}
      <ul className="indicator-list">
        {items.map((indicator) => (
          <li key={indicator.id} className="card">
            <h2 className="card__title">
              <Link to="/indikatoren/$indicatorId" params={{ indicatorId: indicator.id }}>
                <span className="code">{indicator.code}</span> {name(indicator.name)}
              </Link>
            </h2>
            <p>{indicator.description}</p>
            <p className="muted">
              {t(`direction.${indicator.polarity}`)} · {indicator.source}
              {indicator.visibility !== "public" && <> · <span className="badge">{t("start.internal")}</span></>}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
