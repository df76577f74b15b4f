import { offerStatusLabels } from "@praeventionskette/domain";
import { Button, DataTable, Notice, PageHeader, Select } from "@praeventionskette/ui";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useRouteContext, useSearch } from "@tanstack/react-router";
import type { ColumnDef } from "@tanstack/react-table";
import { useMemo, useState } from "react";
import { useOfferTexts } from "./use-offer-texts.js";
import type * as z from "zod/mini";
import { formatDate } from "../../lib/format.js";
import { useLabels } from "../../lib/labels.js";
import { offerMode, providerOrganisations } from "../../lib/roles.js";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.js";
import type { OffersSearchSchema } from "./offers-search.js";
import "./offers.css";

const PAGE_SIZE = 25;

type Offer = RouterOutputs["offer"]["search"]["items"][number];

/** Every offer in the person's territories, published or not, with filters in the URL. */
export function OffersPage() {
  const { t, i18n } = useOfferTexts();
  const { label, name } = useLabels();
  const trpc = useTRPC();
  const search = useSearch({ from: "/staff/angebote" });
  const navigate = useNavigate({ from: "/angebote" });
  const [text, setText] = useState(search.q ?? "");
  const page = search.seite ?? 1;
  // A provider editor sees only its own organisation's offers and proposes changes to them.
  const { me } = useRouteContext({ from: "/staff" });
  const proposing = offerMode(me) === "propose";
  const ownOrganisations = providerOrganisations(me);
  const providerId = proposing ? (ownOrganisations.find((id) => id === search.anbieter) ?? ownOrganisations[0]) : search.anbieter;

  const territories = useQuery(trpc.territory.list.queryOptions({ limit: 200 }));
  const fields = useQuery(trpc.fieldOfAction.list.queryOptions({ limit: 200 }));
  const phases = useQuery(trpc.lifePhase.list.queryOptions({ limit: 200 }));
  const providers = useQuery(trpc.actor.list.queryOptions({ limit: 200 }));
  const offers = useQuery({
    ...trpc.offer.search.queryOptions({
      text: search.q,
      territoryId: search.gebiet,
      fieldOfActionId: search.handlungsfeld,
      lifePhaseId: search.lebensphase,
      providerId,
      language: search.sprache,
      includeUnpublished: true,
      // The staff list has its own filters; counting facets would only cost time.
      facets: false,
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });

  const territoryNames = useMemo(() => new Map((territories.data?.items ?? []).map((territory) => [territory.id, territory.name])), [territories.data]);
  const providerNames = useMemo(() => new Map((providers.data?.items ?? []).map((actor) => [actor.id, actor.name])), [providers.data]);
  const columns = useMemo<ColumnDef<Offer, unknown>[]>(
    () => [
      { id: "title", header: t("offers.columns.title"), accessorFn: (offer) => offer.title, cell: ({ row }) => <Link to="/angebote/$offerId" params={{ offerId: row.original.id }}>{row.original.title}</Link> },
      { id: "provider", header: t("offers.columns.provider"), accessorFn: (offer) => providerNames.get(offer.providerId) ?? "…" },
      { id: "territories", header: t("offers.columns.territories"), enableSorting: false, accessorFn: (offer) => offer.territoryIds.map((id) => territoryNames.get(id) ?? "…").join(", ") },
      { id: "status", header: t("offers.columns.status"), accessorFn: (offer) => label(offerStatusLabels, offer.status) },
      { id: "updated", header: t("offers.columns.updated"), accessorFn: (offer) => offer.updatedAt, cell: ({ row }) => formatDate(row.original.updatedAt, i18n.language) },
    ],
    [t, i18n.language, label, providerNames, territoryNames],
  );

  const setFilter = (patch: Partial<z.infer<typeof OffersSearchSchema>>) => void navigate({ search: (previous) => ({ ...previous, ...patch, seite: undefined }) });
  const options = (items: { id: string; label: string }[]) => [{ id: "", label: t("offers.all") }, ...items];
  const total = offers.data?.total ?? 0;
  const from = total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
  const to = Math.min(page * PAGE_SIZE, total);

  return (
    <>
      <PageHeader title={t("offers.title")} lead={proposing ? t("proposals.offersLead") : t("offers.lead")} actions={
          <div className="page-actions">
            {!proposing && <Link className="ui-button" to="/angebote/import">{t("offerArea.import.nav")}</Link>}
            <Link className="ui-button ui-button--primary" to="/angebote/neu">{proposing ? t("proposals.proposeNew") : t("offers.new")}</Link>
          </div>
        } />
      <form
        className="filters"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setFilter({ q: text.trim() || undefined });
        }}
      >
        <div className="filters__search">
          <label htmlFor="offer-search">{t("offers.search")}</label>
          <div className="filters__search-row">
            <input id="offer-search" className="ui-input" type="search" value={text} placeholder={t("offers.searchHint")} onChange={(event) => setText(event.target.value)} />
            <Button type="submit" variant="primary">{t("offers.search")}</Button>
          </div>
        </div>
        <Select label={t("offers.territory")} value={search.gebiet ?? ""} onChange={(id) => setFilter({ gebiet: id || undefined })} options={options((territories.data?.items ?? []).filter((territory) => territory.kind !== "state").map((territory) => ({ id: territory.id, label: territory.name })))} />
        <Select label={t("offers.field")} value={search.handlungsfeld ?? ""} onChange={(id) => setFilter({ handlungsfeld: id || undefined })} options={options((fields.data?.items ?? []).map((field) => ({ id: field.id, label: name(field.name) })))} />
        <Select label={t("offers.lifePhase")} value={search.lebensphase ?? ""} onChange={(id) => setFilter({ lebensphase: id || undefined })} options={options((phases.data?.items ?? []).map((phase) => ({ id: phase.id, label: name(phase.name) })))} />
        {!proposing && <Select label={t("offers.provider")} value={search.anbieter ?? ""} onChange={(id) => setFilter({ anbieter: id || undefined })} options={options((providers.data?.items ?? []).map((actor) => ({ id: actor.id, label: actor.name })))} />}
        <Button variant="quiet" onPress={() => { setText(""); void navigate({ search: {} }); }}>{t("offers.resetFilters")}</Button>
      </form>
      {offers.isError && <Notice tone="error">{offers.error.message}</Notice>}
      <DataTable
        caption={total > 0 ? t("offers.caption", { from, to, total }) : t("offers.captionEmpty")}
        columns={columns}
        rows={offers.data?.items ?? []}
        getRowId={(offer) => offer.id}
        emptyMessage={offers.isPending ? t("app.loading") : t("offers.empty")}
      />
      <nav className="pager" aria-label={t("offers.caption", { from, to, total })}>
        <Button isDisabled={page <= 1} onPress={() => void navigate({ search: (previous) => ({ ...previous, seite: page - 1 }) })}>{t("offers.previous")}</Button>
        <Button isDisabled={to >= total} onPress={() => void navigate({ search: (previous) => ({ ...previous, seite: page + 1 }) })}>{t("offers.next")}</Button>
      </nav>
    </>
  );
}
