import { territoryKindLabels } from "@praeventionskette/domain";
import { Notice, PageHeader } from "@praeventionskette/ui";
import { useQuery } from "@tanstack/react-query";
import { Link, useSearch } from "@tanstack/react-router";
import { useMemo } from "react";
import { formatDate } from "../../lib/format.js";
import { useLabels } from "../../lib/labels.js";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.js";
import { TerritoryBoundaries } from "./TerritoryBoundaries.js";
import "./territories.css";
import { useAreaTexts } from "../../lib/area-texts.js";
import { territoriesDe, territoriesEn } from "./texts.js";

type Territory = RouterOutputs["territory"]["list"]["items"][number];
type Boundaries = RouterOutputs["territory"]["boundaries"];

/** Territories whose children have boundaries worth showing on a map: counties and towns. */
const HAS_MAP = new Set(["state", "county", "countyFreeCity", "town"]);

function TerritoryBranch({ territory, children, youthOffices, selected }: { territory: Territory; children: Map<string | null, Territory[]>; youthOffices: Map<string, string>; selected: { id: string; boundaries: Boundaries | undefined } | null }) {
  const { t, i18n } = useAreaTexts("territories", territoriesDe, territoriesEn);
  const { label } = useLabels();
  const below = children.get(territory.id) ?? [];
  // Below the territory whose map is open, each child says whether it has a boundary today.
  const feature = selected?.boundaries?.features.find((f) => f.id === territory.id);
  const isChildOfSelected = selected !== null && territory.parentId === selected.id && selected.boundaries !== undefined;
  return (
    <li>
      <div className="tree__row">
        <strong>{territory.name}</strong> <span className="badge">{label(territoryKindLabels, territory.kind)}</span>
        {territory.code && <span className="muted"> · {t("territories.key")} {territory.code}</span>}
        {territory.youthOfficeId && <span className="muted"> · {t("territories.youthOffice")}: {youthOffices.get(territory.youthOfficeId) ?? "…"}</span>}
        {isChildOfSelected && (feature ? (
          <> <span className="badge badge--boundary">{t("territories.boundarySince", { date: formatDate(feature.properties.validFrom, i18n.language) })}</span></>
        ) : (
          <> <span className="badge">{t("territories.noBoundary")}</span></>
        ))}
        {HAS_MAP.has(territory.kind) && below.length > 0 && (
          <>
            {" · "}
            <Link to="/gebiete" search={{ gebiet: territory.id }} aria-label={t("territories.boundariesLinkLabel", { name: territory.name })}>{t("territories.boundariesLink")}</Link>
          </>
        )}
      </div>
      {below.length > 0 && (
        <ul>
          {below.map((child) => <TerritoryBranch key={child.id} territory={child} children={children} youthOffices={youthOffices} selected={selected} />)}
        </ul>
      )}
    </li>
  );
}

/** `/gebiete?gebiet=…`: the territories from the Land down to the social areas, with their youth offices; with `gebiet`, the map of its boundaries. */
export function TerritoriesPage() {
  const { t } = useAreaTexts("territories", territoriesDe, territoriesEn);
  const trpc = useTRPC();
  const search = useSearch({ from: "/staff/gebiete" });
  const territories = useQuery(trpc.territory.list.queryOptions({ limit: 200 }));
  const offices = useQuery(trpc.youthOffice.list.queryOptions({ limit: 200 }));
  const boundaries = useQuery({ ...trpc.territory.boundaries.queryOptions({ parentId: search.gebiet ?? "" }), enabled: Boolean(search.gebiet) });
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
  const selectedTerritory = territories.data?.items.find((territory) => territory.id === search.gebiet);
  const selected = search.gebiet ? { id: search.gebiet, boundaries: boundaries.data } : null;
  return (
    <>
      <PageHeader
        title={t("territories.title")}
        lead={t("territories.lead")}
        actions={<Link className="ui-button ui-button--secondary" to="/gebiete/grenzen" search={{ gebiet: search.gebiet }}>{t("territories.uploadLink")}</Link>}
      />
      {territories.isPending && <p role="status">{t("app.loading")}</p>}
      {territories.isError && <Notice tone="error">{territories.error.message}</Notice>}
      {search.gebiet && selectedTerritory && (
        <TerritoryBoundaries name={selectedTerritory.name} parentId={search.gebiet} boundaries={boundaries.data} error={boundaries.error?.message ?? null} />
      )}
      <ul className="tree">
        {(children.get(null) ?? []).map((root) => <TerritoryBranch key={root.id} territory={root} children={children} youthOffices={youthOffices} selected={selected} />)}
      </ul>
    </>
  );
}
