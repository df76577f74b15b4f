import { type BodyKind, bodyKindLabels, BodyKindSchema } from "@praeventionskette/domain";
import { Button, DataTable, Notice, PageHeader, Select } from "@praeventionskette/ui";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useRouteContext, useSearch } from "@tanstack/react-router";
import type { ColumnDef } from "@tanstack/react-table";
import { useMemo } from "react";
import { useLabels } from "../../lib/labels.js";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.js";
import { editsRecords } from "../../forms/write-access.js";
import { useAreaTexts } from "../../lib/area-texts.js";
import { bodiesDe, bodiesEn } from "./texts.js";

type Body = RouterOutputs["body"]["list"]["items"][number];

/** The bodies of the prevention chain's governance, filtered by kind and territory (in the URL). */
export function BodiesPage() {
  const { t } = useAreaTexts("bodies", bodiesDe, bodiesEn);
  const { label } = useLabels();
  const trpc = useTRPC();
  const search = useSearch({ from: "/staff/gremien" });
  const navigate = useNavigate({ from: "/gremien" });
  const { me } = useRouteContext({ from: "/staff" });
  const kind = BodyKindSchema.safeParse(search.art).data;

  const territories = useQuery(trpc.territory.list.queryOptions({ limit: 200 }));
  const bodies = useQuery({ ...trpc.body.list.queryOptions({ kind, territoryId: search.gebiet, limit: 200 }), placeholderData: keepPreviousData });
  const territoryNames = useMemo(() => new Map((territories.data?.items ?? []).map((territory) => [territory.id, territory.name])), [territories.data]);
  const columns = useMemo<ColumnDef<Body, unknown>[]>(
    () => [
      { id: "name", header: t("bodies.columns.name"), accessorFn: (body) => body.name, cell: ({ row }) => <Link to="/gremien/$bodyId" params={{ bodyId: row.original.id }}>{row.original.name}</Link> },
      { id: "kind", header: t("bodies.columns.kind"), accessorFn: (body) => label(bodyKindLabels, body.kind) },
      { id: "territory", header: t("bodies.columns.territory"), accessorFn: (body) => territoryNames.get(body.territoryId) ?? "…" },
      { id: "members", header: t("bodies.columns.members"), meta: { numeric: true }, accessorFn: (body) => body.members.length },
    ],
    [t, label, territoryNames],
  );
  const setFilter = (patch: { art?: string; gebiet?: string }) => void navigate({ search: (previous) => ({ ...previous, ...patch }) });
  const all = { id: "", label: t("bodies.all") };
  const total = bodies.data?.total ?? 0;

  return (
    <>
      <PageHeader title={t("bodies.title")} lead={t("bodies.lead")} actions={editsRecords(me) ? <Link className="ui-button ui-button--primary" to="/gremien/neu">{t("bodies.new")}</Link> : undefined} />
      <div className="filters" role="search" aria-label={t("bodies.filters")}>
        <Select label={t("bodies.kind")} value={kind ?? ""} onChange={(id) => setFilter({ art: id || undefined })} options={[all, ...BodyKindSchema.options.map((value: BodyKind) => ({ id: value, label: label(bodyKindLabels, value) }))]} />
        <Select label={t("bodies.territory")} value={search.gebiet ?? ""} onChange={(id) => setFilter({ gebiet: id || undefined })} options={[all, ...(territories.data?.items ?? []).filter((territory) => territory.kind !== "state").map((territory) => ({ id: territory.id, label: territory.name }))]} />
        <Button variant="quiet" onPress={() => void navigate({ search: {} })}>{t("bodies.resetFilters")}</Button>
      </div>
      {bodies.isError && <Notice tone="error">{bodies.error.message}</Notice>}
      <DataTable caption={t("bodies.caption", { count: total })} columns={columns} rows={bodies.data?.items ?? []} getRowId={(body) => body.id} emptyMessage={bodies.isPending ? t("app.loading") : t("bodies.empty")} />
    </>
  );
}
