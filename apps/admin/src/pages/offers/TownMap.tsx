import { type KeyboardEvent, type MouseEvent, useId, useMemo, useRef } from "react";
import { useOfferTexts } from "./use-offer-texts.js";
import { type BoundaryGeometry, containsPoint, fitTown, type GeoPoint, roundDegrees } from "./town-map-projection.js";

const WIDTH = 480;
const PADDING = 12;
/** Arrow keys move the point by this share of the drawing's width; with Shift ten times as far. */
const STEP = 1 / 120;

const formatDegrees = (value: number, language: string) => value.toLocaleString(language === "en" ? "en-GB" : "de-DE", { maximumFractionDigits: 5 });

/**
 * The town drawn from its boundary, with the neighbouring territories for orientation, and the
 * location's point on it. A click places the point; so does the keyboard (arrow keys move it,
 * Enter or Space puts it in the middle), and the coordinates are read out as text.
 */
export function TownMap({
  townName, town, neighbours, point, onPlace, label,
}: {
  townName: string;
  town: BoundaryGeometry;
  neighbours: BoundaryGeometry[];
  point: GeoPoint | null;
  onPlace: (point: GeoPoint) => void;
  label: string;
}) {
  const { t, i18n } = useOfferTexts();
  const hintId = useId();
  const statusId = useId();
  const projection = useMemo(() => fitTown(town, WIDTH, PADDING), [town]);
  const townPath = useMemo(() => projection.path(town), [projection, town]);
  const neighbourPaths = useMemo(() => neighbours.map((shape) => projection.path(shape)), [projection, neighbours]);
  const place = (geo: GeoPoint) => onPlace({ latitude: roundDegrees(geo.latitude), longitude: roundDegrees(geo.longitude) });

  const svgRef = useRef<SVGSVGElement>(null);
  const middle = () => projection.toGeo(projection.width / 2, projection.height / 2);

  // A button, so that keyboards and screen readers reach it; Enter and Space also arrive here (as a click without a position).
  const onClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (event.detail === 0) {
      if (!point) place(middle());
      return;
    }
    const matrix = svgRef.current?.getScreenCTM();
    if (!matrix) return;
    const at = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    place(projection.toGeo(at.x, at.y));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const moves: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const from = projection.toScreen(point ?? middle());
    const step = WIDTH * STEP * (event.shiftKey ? 10 : 1);
    place(projection.toGeo(from.x + move[0] * step, from.y + move[1] * step));
  };

  const marker = point ? projection.toScreen(point) : null;
  const outside = point ? !containsPoint(town, point) : false;
  return (
    <div className="town-map">
      <button type="button" className="town-map__canvas" aria-label={label} aria-describedby={`${hintId} ${statusId}`} onClick={onClick} onKeyDown={onKeyDown}>
        <svg ref={svgRef} viewBox={`0 0 ${projection.width} ${projection.height}`} aria-hidden="true" focusable="false">
          {neighbourPaths.map((d, index) => <path key={index} d={d} className="town-map__neighbour" />)}
          <path d={townPath} className="town-map__town" />
          {marker && (
            <g transform={`translate(${marker.x.toFixed(1)},${marker.y.toFixed(1)})`} className="town-map__marker">
              <circle r="9" />
              <circle r="3" className="town-map__marker-dot" />
            </g>
          )}
        </svg>
      </button>
      <p id={hintId} className="ui-field__description">{t("offerArea.mapHint")}</p>
      <p id={statusId} className="town-map__status" aria-live="polite">
        {point ? t("offerArea.mapPoint", { latitude: formatDegrees(point.latitude, i18n.language), longitude: formatDegrees(point.longitude, i18n.language) }) : t("offerArea.mapNoPoint")}
        {outside && <strong className="town-map__outside"> {t("offerArea.mapOutside", { town: townName })}</strong>}
      </p>
    </div>
  );
}
