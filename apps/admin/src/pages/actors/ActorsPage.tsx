import { type ActorKind, actorKindLabels, ActorKindSchema } from "@praeventionskette/domain";
import { Button, DataTable, Notice, PageHeader, Select } from "@praeventionskette/ui";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useRouteContext, useSearch } from "@tanstack/react-router";
import type { ColumnDef } from "@tanstack/react-table";
import { useMemo } from "react";
import { useLabels } from "../../lib/labels.js";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.js";
import { editsRecords } from "../../forms/write-access.js";
import { useAreaTexts } from "../../lib/area-texts.js";
import { actorsDe, actorsEn } from "./texts.js";

const PAGE_SIZE = 25;

type Actor = RouterOutputs["actor"]["list"]["items"][number];

/** Actors and organisations of the prevention chain, filtered by kind and territory (in the URL). */
export function ActorsPage() {
  const { t } = useAreaTexts("actors", actorsDe, actorsEn);
  const { label } = useLabels();
  const trpc = useTRPC();
  const search = useSearch({ from: "/staff/akteure" });
  const navigate = useNavigate({ from: "/akteure" });
  const { me } = useRouteContext({ from: "/staff" });
  const page = search.seite ?? 1;
  const kind = ActorKindSchema.safeParse(search.art).data;

  const territories = useQuery(trpc.territory.list.queryOptions({ limit: 200 }));
  const actors = useQuery({
    ...trpc.actor.list.queryOptions({ kind, territoryId: search.gebiet, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const territoryNames = useMemo(() => new Map((territories.data?.items ?? []).map((territory) => [territory.id, territory.name])), [territories.data]);
  const columns = useMemo<ColumnDef<Actor, unknown>[]>(
    () => [
      { id: "name", header: t("actors.columns.name"), accessorFn: (actor) => actor.name, cell: ({ row }) => <Link to="/akteure/$actorId" params={{ actorId: row.original.id }}>{row.original.name}</Link> },
      { id: "kind", header: t("actors.columns.kind"), accessorFn: (actor) => label(actorKindLabels, actor.kind) },
      { id: "territory", header: t("actors.columns.territory"), accessorFn: (actor) => territoryNames.get(actor.territoryId) ?? "…" },
      { id: "persons", header: t("actors.columns.persons"), meta: { numeric: true }, accessorFn: (actor) => actor.contactPersons.length },
    ],
    [t, label, territoryNames],
  );

  const setFilter = (patch: { art?: string; gebiet?: string }) => void navigate({ search: (previous) => ({ ...previous, ...patch, seite: undefined }) });
  const total = actors.data?.total ?? 0;
  const from = total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
  const to = Math.min(page * PAGE_SIZE, total);
  const all = { id: "", label: t("actors.all") };

  return (
    <>
      <PageHeader title={t("actors.title")} lead={t("actors.lead")} actions={editsRecords(me) ? <Link className="ui-button ui-button--primary" to="/akteure/neu">{t("actors.new")}</Link> : undefined} />
      <div className="filters" role="search" aria-label={t("actors.filters")}>
        <Select label={t("actors.kind")} value={kind ?? ""} onChange={(id) => setFilter({ art: id || undefined })} options={[all, ...ActorKindSchema.options.map((value: ActorKind) => ({ id: value, label: label(actorKindLabels, value) }))]} />
        <Select label={t("actors.territory")} value={search.gebiet ?? ""} onChange={(id) => setFilter({ gebiet: id || undefined })} options={[all, ...(territories.data?.items ?? []).filter((territory) => territory.kind !== "state").map((territory) => ({ id: territory.id, label: territory.name }))]} />
        <Button variant="quiet" onPress={() => void navigate({ search: {} })}>{t("actors.resetFilters")}</Button>
      </div>
      {actors.isError && <Notice tone="error">{actors.error.message}</Notice>}
      <DataTable
        caption={total > 0 ? t("actors.caption", { from, to, total }) : t("actors.title")}
        columns={columns}
        rows={actors.data?.items ?? []}
        getRowId={(actor) => actor.id}
        emptyMessage={actors.isPending ? t("app.loading") : t("actors.empty")}
      />
      <nav className="pager" aria-label={t("actors.pages")}>
        <Button isDisabled={page <= 1} onPress={() => void navigate({ search: (previous) => ({ ...previous, seite: page - 1 }) })}>{t("actors.previous")}</Button>
        <Button isDisabled={to >= total} onPress={() => void navigate({ search: (previous) => ({ ...previous, seite: page + 1 }) })}>{t("actors.next")}</Button>
      </nav>
    </>
  );
}
