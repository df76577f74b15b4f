import { geoIdentity, geoPath } from "d3-geo";
import { scaleQuantize } from "d3-scale";
import { type KeyboardEvent, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { SEQUENTIAL_PALETTE, SHAPE_OUTLINE } from "../lib/palette.js";
import "./map.css";

/** How a territory's value reaches the map (the API's cell status). */
export type MapStatus = "shown" | "suppressed" | "noData" | "withheld";

/** One shape to draw: a territory's boundary and what is known about its value. */
export interface MapArea {
  id: string;
  name: string;
  geometry?: unknown;
  status: MapStatus;
  value: number | null;
}

type Position = number[];
type Geometry = { type: "Polygon"; coordinates: Position[][] } | { type: "MultiPolygon"; coordinates: Position[][][] };

/**
 * Boundaries come as longitude/latitude. Drawn planar with longitudes shrunk by the cosine of
 * the mean latitude, a county looks as on a topographic map, and no spherical winding rules
 * apply (d3's spherical projections read counter-clockwise rings as "everything but").
 */
function planar(geometry: Geometry, cosLat: number): Geometry {
  const point = (p: Position) => [(p[0] ?? 0) * cosLat, p[1] ?? 0];
  return geometry.type === "Polygon"
    ? { type: "Polygon", coordinates: geometry.coordinates.map((ring) => ring.map(point)) }
    : { type: "MultiPolygon", coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(point))) };
}

function meanLatitude(geometries: Geometry[]): number {
  let sum = 0;
  let count = 0;
  for (const g of geometries) {
    const rings = g.type === "Polygon" ? g.coordinates : g.coordinates.flat();
    for (const ring of rings) for (const p of ring) {
      sum += p[1] ?? 0;
      count += 1;
    }
  }
  return count === 0 ? 51 : sum / count;
}

const WIDTH = 640;
const HEIGHT = 520;

/**
 * A choropleth map as SVG: each area coloured by its value on a five-step sequential scale,
 * „gesperrt“ and „keine Daten“ as two hatchings, the desired direction and the source note in
 * the legend. Every shape is reachable by keyboard and names its territory and value to screen
 * readers, on hover and on focus; activating it selects the territory.
 */
export function ChoroplethMap({
  title, areas, background = [], backgroundLabel, formatValue, direction, attribution, selectedId, onSelect,
}: {
  title: string;
  areas: MapArea[];
  /** Shapes drawn underneath for orientation only (e.g. towns without social areas). */
  background?: { id: string; geometry?: unknown }[];
  /** What the background shapes are, for the legend (e.g. "Gemeinde ohne Sozialräume"). */
  backgroundLabel?: string;
  formatValue: (value: number) => string;
  /** "Höher ist besser" or the like, stated in the legend. */
  direction: string;
  attribution: string[];
  selectedId?: string;
  onSelect?: (id: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId().replaceAll(":", "");
  const [active, setActive] = useState<string | null>(null);

  const drawing = useMemo(() => {
    const all = [...areas.map((a) => a.geometry), ...background.map((b) => b.geometry)] as Geometry[];
    const cosLat = Math.cos((meanLatitude(all) * Math.PI) / 180);
    const collection = { type: "FeatureCollection" as const, features: all.map((g) => ({ type: "Feature" as const, properties: {}, geometry: planar(g, cosLat) })) };
    const projection = geoIdentity().reflectY(true).fitExtent([[8, 8], [WIDTH - 8, HEIGHT - 8]], collection);
    const path = geoPath(projection);
    const draw = (geometry: unknown) => path(planar(geometry as Geometry, cosLat)) ?? "";
    return {
      areas: areas.map((a) => ({ ...a, d: draw(a.geometry), centroid: path.centroid(planar(a.geometry as Geometry, cosLat)) })),
      background: background.map((b) => ({ id: b.id, d: draw(b.geometry) })),
    };
  }, [areas, background]);

  const values = areas.flatMap((a) => (a.status === "shown" && a.value !== null ? [a.value] : []));
  const min = Math.min(...values);
  const max = Math.max(...values);
  const scale = values.length === 0 ? null : scaleQuantize<string>().domain(min === max ? [min - 1, max + 1] : [min, max]).range(SEQUENTIAL_PALETTE).nice();

  const fillOf = (area: MapArea) => {
    if (area.status === "suppressed") return `url(#${id}-suppressed)`;
    if (area.status !== "shown" || area.value === null || !scale) return `url(#${id}-nodata)`;
    return scale(area.value);
  };
  const statusText = (area: MapArea) =>
    area.status === "shown" && area.value !== null ? formatValue(area.value) : area.status === "suppressed" ? t("status.suppressed") : area.status === "withheld" ? t("status.withheld") : t("status.noData");
  const labelOf = (area: MapArea) => `${area.name}: ${statusText(area)}`;
  const onKey = (event: KeyboardEvent, areaId: string) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onSelect?.(areaId);
    }
  };
  const activeArea = drawing.areas.find((a) => a.id === active);
  const hasSuppressed = areas.some((a) => a.status === "suppressed");
  const hasNoData = areas.some((a) => a.status !== "shown" && a.status !== "suppressed");

  return (
    <figure className="map">
      <div className="map__canvas">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={title} className="map__svg">
          <defs>
            <pattern id={`${id}-suppressed`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="8" height="8" fill="#e6e9ed" />
              <line x1="0" y1="0" x2="0" y2="8" stroke="#4a5664" strokeWidth="3" />
            </pattern>
            <pattern id={`${id}-nodata`} width="10" height="10" patternUnits="userSpaceOnUse">
              <rect width="10" height="10" fill="#ffffff" />
              <circle cx="5" cy="5" r="1.6" fill="#4a5664" />
            </pattern>
          </defs>
          <g aria-hidden="true">
            {drawing.background.map((b) => <path key={b.id} d={b.d} fill="#f4f6f8" stroke="#8a96a3" strokeWidth="1" />)}
          </g>
          {drawing.areas.map((area) => (
            <path
              key={area.id}
              d={area.d}
              fill={fillOf(area)}
              stroke={SHAPE_OUTLINE}
              strokeWidth={area.id === selectedId ? 3 : 1}
              className="map__shape"
              data-territory-id={area.id}
              tabIndex={0}
              role="button"
              aria-label={labelOf(area)}
              aria-pressed={onSelect ? area.id === selectedId : undefined}
              onMouseEnter={() => setActive(area.id)}
              onMouseLeave={() => setActive((current) => (current === area.id ? null : current))}
              onFocus={() => setActive(area.id)}
              onBlur={() => setActive((current) => (current === area.id ? null : current))}
              onClick={() => onSelect?.(area.id)}
              onKeyDown={(event) => onKey(event, area.id)}
            >
              <title>{labelOf(area)}</title>
            </path>
          ))}
          {activeArea && (
            <g className="map__tooltip" aria-hidden="true" transform={`translate(${Math.min(Math.max(activeArea.centroid[0], 90), WIDTH - 90)} ${Math.max(activeArea.centroid[1] - 28, 24)})`}>
              <rect x="-88" y="-20" width="176" height="40" rx="4" fill="#ffffff" stroke={SHAPE_OUTLINE} />
              <text textAnchor="middle" y="-4" className="map__tooltip-name">{activeArea.name}</text>
              <text textAnchor="middle" y="13" className="map__tooltip-value">{statusText(activeArea)}</text>
            </g>
          )}
        </svg>
      </div>
      <figcaption className="map__legend">
        <p className="map__direction"><strong>{direction}</strong></p>
        <ul className="legend">
          {scale &&
            SEQUENTIAL_PALETTE.map((colour) => {
              const [from, to] = scale.invertExtent(colour);
              return (
                <li key={colour}>
                  <svg width="28" height="18" aria-hidden="true"><rect width="28" height="18" fill={colour} stroke={SHAPE_OUTLINE} /></svg>
                  {t("legend.range", { from: formatValue(from ?? 0), to: formatValue(to ?? 0) })}
                </li>
              );
            })}
          <li>
            <svg width="28" height="18" aria-hidden="true"><rect width="28" height="18" fill={`url(#${id}-suppressed)`} stroke={SHAPE_OUTLINE} /></svg>
            {t("legend.suppressed")}{!hasSuppressed && ` ${t("legend.noneOnMap")}`}
          </li>
          <li>
            <svg width="28" height="18" aria-hidden="true"><rect width="28" height="18" fill={`url(#${id}-nodata)`} stroke={SHAPE_OUTLINE} /></svg>
            {t("legend.noData")}{!hasNoData && ` ${t("legend.noneOnMap")}`}
          </li>
          {backgroundLabel && drawing.background.length > 0 && (
            <li>
              <svg width="28" height="18" aria-hidden="true"><rect width="28" height="18" fill="#f4f6f8" stroke="#8a96a3" /></svg>
              {backgroundLabel}
            </li>
          )}
        </ul>
        {attribution.length > 0 && <p className="map__source">{t("legend.geometrySource")}: {attribution.join(" · ")}</p>}
      </figcaption>
    </figure>
  );
}
