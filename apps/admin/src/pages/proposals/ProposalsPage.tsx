import { DataTable, Notice, PageHeader, Select } from "@praeventionskette/ui";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useRouteContext, useSearch } from "@tanstack/react-router";
import type { ColumnDef } from "@tanstack/react-table";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../lib/format.js";
import { isReviewer } from "../../lib/roles.js";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.js";
import { PROPOSAL_STATUSES, type ProposalStatus } from "./proposals-search.js";

type Proposal = RouterOutputs["offerProposal"]["list"]["items"][number];

/** A proposal's status as a badge with its word, so it never depends on colour. */
export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${status}`}>{t(`proposals.status.${status}`)}</span>;
}

/**
 * The review queue for town editors and coordinators (pending proposals, oldest first), and for
 * a provider editor its own proposals with their outcome; filters in the URL.
 */
export function ProposalsPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const { me } = useRouteContext({ from: "/staff" });
  const search = useSearch({ from: "/staff/vorschlaege" });
  const navigate = useNavigate({ from: "/vorschlaege" });
  const reviewer = isReviewer(me);
  // Reviewers start with what waits for them; providers with all their proposals and outcomes.
  const status = search.status ?? (reviewer ? "pending" : "alle");

  const providers = useQuery(trpc.actor.list.queryOptions({ limit: 200 }));
  const proposals = useQuery({
    ...trpc.offerProposal.list.queryOptions({ status: status === "alle" ? undefined : status, providerId: search.anbieter, limit: 200 }),
    placeholderData: keepPreviousData,
  });
  const providerNames = useMemo(() => new Map((providers.data?.items ?? []).map((actor) => [actor.id, actor.name])), [providers.data]);

  const columns = useMemo<ColumnDef<Proposal, unknown>[]>(
    () => [
      {
        id: "title",
        header: t("proposals.columns.offer"),
        accessorFn: (proposal) => proposal.data.title,
        cell: ({ row }) => (
          <>
            <Link to="/vorschlaege/$proposalId" params={{ proposalId: row.original.id }}>{row.original.data.title}</Link>
            {row.original.offerId === null && <> <span className="badge">{t("proposals.newOffer")}</span></>}
          </>
        ),
      },
      { id: "provider", header: t("proposals.columns.provider"), accessorFn: (proposal) => providerNames.get(proposal.providerId) ?? "…" },
      { id: "proposedBy", header: t("proposals.columns.proposedBy"), accessorFn: (proposal) => proposal.proposedByName },
      { id: "proposedAt", header: t("proposals.columns.proposedAt"), accessorFn: (proposal) => proposal.proposedAt, cell: ({ row }) => formatDate(row.original.proposedAt, i18n.language) },
      { id: "status", header: t("proposals.columns.status"), accessorFn: (proposal) => proposal.status, cell: ({ row }) => <ProposalStatusBadge status={row.original.status} /> },
    ],
    [t, i18n.language, providerNames],
  );

  const total = proposals.data?.total ?? 0;
  return (
    <>
      <PageHeader title={t("proposals.title")} lead={reviewer ? t("proposals.leadReviewer") : t("proposals.leadProvider")} />
      <div className="filters" role="group" aria-label={t("proposals.filters")}>
        <Select
          label={t("proposals.columns.status")}
          value={status}
          onChange={(id) => void navigate({ search: (previous) => ({ ...previous, status: (id ?? undefined) as ProposalStatus | "alle" | undefined }) })}
          options={[...PROPOSAL_STATUSES.map((id) => ({ id, label: t(`proposals.status.${id}`) })), { id: "alle", label: t("proposals.allStatuses") }]}
        />
        {reviewer && (
          <Select
            label={t("proposals.columns.provider")}
            value={search.anbieter ?? ""}
            onChange={(id) => void navigate({ search: (previous) => ({ ...previous, anbieter: id || undefined }) })}
            options={[{ id: "", label: t("offers.all") }, ...(providers.data?.items ?? []).map((actor) => ({ id: actor.id, label: actor.name }))]}
          />
        )}
      </div>
      {proposals.isError && <Notice tone="error">{proposals.error.message}</Notice>}
      <DataTable
        caption={t("proposals.caption", { count: total })}
        columns={columns}
        rows={proposals.data?.items ?? []}
        getRowId={(proposal) => proposal.id}
        emptyMessage={proposals.isPending ? t("app.loading") : t("proposals.empty")}
      />
    </>
  );
}
