import { Notice } from "@praeventionskette/ui";
import { Link } from "@tanstack/react-router";
import type { RouterOutputs } from "../../lib/trpc.js";
import { BoundaryMap } from "./BoundaryMap.js";
import { useAreaTexts } from "../../lib/area-texts.js";
import { territoriesDe, territoriesEn } from "./texts.js";

type Boundaries = RouterOutputs["territory"]["boundaries"];

/**
 * The territories below one territory with today's boundaries, drawn from the stored shapes,
 * with the sources (for official boundaries the BKG licence note) under the map.
 */
export function TerritoryBoundaries({ name, parentId, boundaries, error }: { name: string; parentId: string; boundaries: Boundaries | undefined; error: string | null }) {
  const { t } = useAreaTexts("territories", territoriesDe, territoriesEn);
  return (
    <section className="territory-map" aria-labelledby="territory-map-heading">
      <h2 id="territory-map-heading">{t("territories.mapOf", { name })}</h2>
      <p className="muted">{t("territories.mapLead", { name })}</p>
      {error && <Notice tone="error">{error}</Notice>}
      {!boundaries && !error && <p role="status">{t("app.loading")}</p>}
      {boundaries && boundaries.features.length > 0 && (
        <BoundaryMap
          title={t("territories.mapOf", { name })}
          shapes={boundaries.features.map((feature) => ({ key: feature.id, label: feature.properties.name, geometry: feature.geometry, state: "stored" }))}
          legend={[]}
          attribution={boundaries.attribution}
        />
      )}
      {boundaries && boundaries.withoutBoundary.length > 0 && (
        <p>{t("territories.withoutBoundary", { names: boundaries.withoutBoundary.map((territory) => territory.name).join(", ") })}</p>
      )}
      <p className="territory-map__actions">
        <Link to="/gebiete/grenzen" search={{ gebiet: parentId }}>{t("territories.uploadLink")}</Link>
        <Link to="/gebiete" search={{}}>{t("territories.closeMap")}</Link>
      </p>
    </section>
  );
}
