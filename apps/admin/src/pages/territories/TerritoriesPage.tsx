import { territoryKindLabels } from "@praeventionskette/domain";
import { Notice, PageHeader } from "@praeventionskette/ui";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useLabels } from "../../lib/labels.js";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.js";

type Territory = RouterOutputs["territory"]["list"]["items"][number];

function TerritoryBranch({ territory, children, youthOffices }: { territory: Territory; children: Map<string | null, Territory[]>; youthOffices: Map<string, string> }) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const below = children.get(territory.id) ?? [];
  return (
    <li>
      <div className="tree__row">
        <strong>{territory.name}</strong> <span className="badge">{label(territoryKindLabels, territory.kind)}</span>
        {territory.code && <span className="muted"> · {t("territories.key")} {territory.code}</span>}
        {territory.youthOfficeId && <span className="muted"> · {t("territories.youthOffice")}: {youthOffices.get(territory.youthOfficeId) ?? "…"}</span>}
      </div>
      {below.length > 0 && (
        <ul>
          {below.map((child) => <TerritoryBranch key={child.id} territory={child} children={children} youthOffices={youthOffices} />)}
        </ul>
      )}
    </li>
  );
}

/** The territories from the Land down to the social areas, with their youth offices. */
export function TerritoriesPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const territories = useQuery(trpc.territory.list.queryOptions({ limit: 200 }));
  const offices = useQuery(trpc.youthOffice.list.queryOptions({ limit: 200 }));
  const children = useMemo(() => {
    const byParent = new Map<string | null, Territory[]>();
    const ids = new Set((territories.data?.items ?? []).map((territory) => territory.id));
    for (const territory of territories.data?.items ?? []) {
      // A territory whose parent is outside the list (e.g. a county without its Land) is a root here.
      const parent = territory.parentId && ids.has(territory.parentId) ? territory.parentId : null;
      byParent.set(parent, [...(byParent.get(parent) ?? []), territory]);
    }
    for (const list of byParent.values()) list.sort((a, b) => a.name.localeCompare(b.name, "de"));
    return byParent;
  }, [territories.data]);
  const youthOffices = useMemo(() => new Map((offices.data?.items ?? []).map((office) => [office.id, office.name])), [offices.data]);
  return (
    <>
      <PageHeader title={t("territories.title")} lead={t("territories.lead")} />
      {territories.isPending && <p role="status">{t("app.loading")}</p>}
      {territories.isError && <Notice tone="error">{territories.error.message}</Notice>}
      <ul className="tree">
        {(children.get(null) ?? []).map((root) => <TerritoryBranch key={root.id} territory={root} children={children} youthOffices={youthOffices} />)}
      </ul>
    </>
  );
}
