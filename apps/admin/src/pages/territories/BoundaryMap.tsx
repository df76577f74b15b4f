import { useId } from "react";
import { planarPaths } from "./planar.js";

const WIDTH = 640;
const HEIGHT = 420;

/** How a shape is drawn: matched to a territory, without one, faulty, or simply a stored boundary. */
export type ShapeState = "matched" | "missed" | "invalid" | "stored";

/** One shape of the map with its name (spoken and shown on hover). */
export interface MapShape {
  key: string;
  label: string;
  geometry: unknown;
  state: ShapeState;
}

/**
 * Boundaries drawn as SVG from the shapes themselves, with no map tiles: matched shapes filled,
 * shapes without a territory hatched and faulty ones dotted, so the states differ without colour
 * too. The legend and the tables beside the map say the same in words.
 */
export function BoundaryMap({ title, shapes, legend, attribution }: { title: string; shapes: MapShape[]; legend: { state: ShapeState; label: string }[]; attribution: string[] }) {
  const id = useId().replaceAll(":", "");
  const paths = planarPaths(shapes.map((shape) => shape.geometry), WIDTH, HEIGHT);
  const fill = (state: ShapeState) => (state === "matched" ? "#cfe8d5" : state === "missed" ? `url(#${id}-missed)` : state === "invalid" ? `url(#${id}-invalid)` : "#e3eefa");
  const stroke = (state: ShapeState) => (state === "matched" ? "#1e6b36" : state === "missed" ? "#b3261e" : state === "invalid" ? "#4a5664" : "#0b5cad");
  return (
    <figure className="boundary-map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title} className="boundary-map__svg">
        <defs>
          <pattern id={`${id}-missed`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" fill="#fbeaea" />
            <line x1="0" y1="0" x2="0" y2="8" stroke="#b3261e" strokeWidth="2.5" />
          </pattern>
          <pattern id={`${id}-invalid`} width="10" height="10" patternUnits="userSpaceOnUse">
            <rect width="10" height="10" fill="#ffffff" />
            <circle cx="5" cy="5" r="1.8" fill="#4a5664" />
          </pattern>
        </defs>
        {shapes.map((shape, index) =>
          paths[index] ? (
            <path key={shape.key} d={paths[index] ?? ""} fill={fill(shape.state)} stroke={stroke(shape.state)} strokeWidth={shape.state === "missed" ? 2.5 : 1.5} data-state={shape.state}>
              <title>{shape.label}</title>
            </path>
          ) : null,
        )}
      </svg>
      <figcaption>
        <ul className="boundary-map__legend">
          {legend.map((entry) => (
            <li key={entry.state}>
              <svg width="22" height="16" aria-hidden="true">
                <rect x="1" y="1" width="20" height="14" fill={fill(entry.state)} stroke={stroke(entry.state)} strokeWidth="1.5" />
              </svg>
              {entry.label}
            </li>
          ))}
        </ul>
        {attribution.map((note) => <p key={note} className="boundary-map__attribution">{note}</p>)}
      </figcaption>
    </figure>
  );
}
