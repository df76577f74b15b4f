import { Notice, PageHeader } from "@praeventionskette/ui";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../lib/format.js";
import { useLocalizedName } from "../lib/localized-name.js";
import { type RouterOutputs, useTRPC } from "../lib/trpc.js";

type Group = RouterOutputs["dashboard"]["attention"]["proposals"];

type Item = Group["items"][number];

function AttentionCard({ title, none, group, link }: { title: string; none: string; group: Group; link: (item: Item, title: string) => ReactNode }) {
  const { t, i18n } = useTranslation();
  const name = useLocalizedName();
  return (
    <section className="card" aria-labelledby={`${title}-heading`}>
      <h2 id={`${title}-heading`} className="card__title">
        {title} <span className="badge">{t("start.count", { count: group.total })}</span>
      </h2>
      {group.items.length === 0 ? (
        <p className="muted">{none}</p>
      ) : (
        <ul className="card__list">
          {group.items.map((item) => (
            <li key={item.id}>
              {link(item, typeof item.title === "string" ? item.title : name(item.title))}
              {item.date && <span className="muted"> · {/^\d{4}$/.test(item.date) ? item.date : formatDate(item.date, i18n.language)}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What needs attention today, for the signed-in person's territories. */
export function StartPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const attention = useQuery(trpc.dashboard.attention.queryOptions());
  return (
    <>
      <PageHeader title={t("start.title")} lead={t("start.lead")} />
      {attention.isPending && <p role="status">{t("app.loading")}</p>}
      {attention.isError && <Notice tone="error">{attention.error.message}</Notice>}
      {attention.data && (
        <div className="card-grid">
          <AttentionCard title={t("start.proposals")} none={t("start.proposalsNone")} group={attention.data.proposals} link={(item, title) => <Link to="/vorschlaege/$proposalId" params={{ proposalId: item.id }}>{title}</Link>} />
          <AttentionCard title={t("start.staleOffers")} none={t("start.staleOffersNone")} group={attention.data.staleOffers} link={(item, title) => <Link to="/angebote/$offerId" params={{ offerId: item.id }}>{title}</Link>} />
          <AttentionCard title={t("start.missingData")} none={t("start.missingDataNone")} group={attention.data.indicatorsWithoutLatestData} link={(_item, title) => <span>{title}</span>} />
          <AttentionCard title={t("start.meetings")} none={t("start.meetingsNone")} group={attention.data.upcomingMeetings} link={(_item, title) => <span>{title}</span>} />
          <AttentionCard title={t("start.overdueGoals")} none={t("start.overdueGoalsNone")} group={attention.data.overdueGoals} link={(_item, title) => <span>{title}</span>} />
        </div>
      )}
    </>
  );
}
