import { type MouseEvent, useRef, useState } from "react";
import { useTranslation } from "../i18n/translate.js";
import { unproject } from "../lib/geo.js";
import { usePagePath } from "../lib/portal-context.js";
import { DEFAULT_NEAR_KM, PATHS, queryOf, type SearchParams } from "../lib/routes.js";
import { useHydrated } from "../lib/shortlist.js";
import type { ResultsMapData } from "../server/results-map.js";

/**
 * The results on a map of the towns, drawn from the official boundaries: each place a numbered
 * marker that links to its offer (focusable, named), the search circle, and the source note.
 * With JavaScript the family may pick the circle's centre by tapping the map; the town list and
 * the location button do the same for keyboards and screen readers.
 */
export function ResultsMap({ map, params }: { map: ResultsMapData; params: SearchParams }) {
  const { t } = useTranslation();
  const pagePath = usePagePath();
  const hydrated = useHydrated();
  const [picking, setPicking] = useState(false);
  const svg = useRef<SVGSVGElement>(null);
  const { width, height } = map.projection;

  const pick = (event: MouseEvent<SVGSVGElement>) => {
    const matrix = svg.current?.getScreenCTM();
    if (!picking || !svg.current || !matrix) return;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const { latitude, longitude } = unproject(map.projection, point.x, point.y);
    const next = { ...params, ort: undefined, seite: undefined, punkt: `${latitude.toFixed(4)},${longitude.toFixed(4)}`, umkreis: params.umkreis ?? DEFAULT_NEAR_KM };
    window.location.assign(`${pagePath(PATHS.search)}${queryOf(next)}`);
  };

  return (
    <figure className="results-map">
      <svg ref={svg} viewBox={`0 0 ${width} ${height}`} role="group" aria-label={t("map.title")} className={picking ? "results-map__svg is-picking" : "results-map__svg"} onClick={pick}>
        <g aria-hidden="true">
          {map.areas.map((area) => (
            <path key={area.id} d={area.d} className={area.chosen ? "results-map__area is-chosen" : "results-map__area"}>
              <title>{area.name}</title>
            </path>
          ))}
          {map.circle && <circle className="results-map__circle" cx={map.circle.x} cy={map.circle.y} r={map.circle.r} />}
          {map.areas.map((area) => area.label && <text key={area.id} className="results-map__label" x={area.label.x} y={area.label.y} textAnchor="middle">{area.name}</text>)}
        </g>
        {map.markers.map((marker, index) => (
          <a key={`${marker.offerId}-${index}`} href={pagePath(`${PATHS.search}/${marker.offerId}`)} className="results-map__marker" aria-label={t("map.marker", { number: marker.number, title: marker.title, place: marker.place })}>
            <circle cx={marker.x} cy={marker.y} r={15} />
            <text x={marker.x} y={marker.y} dy="0.35em" textAnchor="middle" aria-hidden="true">{marker.number}</text>
          </a>
        ))}
      </svg>
      <figcaption className="results-map__caption">
        {map.withoutPlace > 0 && <span>{t("map.withoutPlace", { number: map.withoutPlace })} </span>}
        <span className="results-map__source">{t("map.source")}: {map.attribution.length > 0 ? map.attribution.join("; ") : t("map.sourceUnknown")}</span>
      </figcaption>
      <div className="results-map__pick" hidden={!hydrated}>
        <button type="button" className="button button--small" aria-pressed={picking} onClick={() => setPicking(!picking)}>{t("map.pick")}</button>
        <p role="status" className="hint">{picking ? t("map.picking") : ""}</p>
      </div>
    </figure>
  );
}
