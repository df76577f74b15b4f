import { scaleLinear, scalePoint } from "d3-scale";
import "./chart.css";

/** One line of the chart: a territory's values by period (null: gesperrt or missing). */
export interface Series {
  name: string;
  values: Map<string, number | null>;
}

// Lines differ by dash and marker as well as by colour, so they read apart in greyscale print
// and for every colour vision. Colours are dark enough for 3:1 against white.
const STYLES = [
  { colour: "#0b5cad", dash: undefined, marker: "circle" },
  { colour: "#8a4b00", dash: "8 4", marker: "square" },
  { colour: "#4a5664", dash: "2 4", marker: "diamond" },
  { colour: "#1e6b36", dash: "12 4 2 4", marker: "circle" },
] as const;

const WIDTH = 560;
const HEIGHT = 260;
const MARGIN = { top: 16, right: 16, bottom: 36, left: 56 };

function Marker({ kind, x, y, colour }: { kind: string; x: number; y: number; colour: string }) {
  if (kind === "square") return <rect x={x - 4} y={y - 4} width="8" height="8" fill={colour} />;
  if (kind === "diamond") return <rect x={x - 4} y={y - 4} width="8" height="8" fill={colour} transform={`rotate(45 ${x} ${y})`} />;
  return <circle cx={x} cy={y} r="4.5" fill={colour} />;
}

/**
 * A small line chart of a territory's values over the periods beside its references (county,
 * Land). It is a picture (`role="img"` with a summary); the table beside it says the same.
 */
export function TimeSeriesChart({ title, periods, series, formatTick }: { title: string; periods: string[]; series: Series[]; formatTick: (value: number) => string }) {
  const all = series.flatMap((s) => [...s.values.values()].filter((v): v is number => v !== null));
  const max = Math.max(0, ...all);
  const y = scaleLinear().domain([0, max === 0 ? 1 : max]).nice().range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const x = scalePoint<string>().domain(periods).range([MARGIN.left, WIDTH - MARGIN.right]).padding(0.3);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title} className="chart__svg">
        {y.ticks(5).map((tick) => (
          <g key={tick}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke="#d5dbe1" />
            <text x={MARGIN.left - 6} y={y(tick) + 4} textAnchor="end" className="chart__tick">{formatTick(tick)}</text>
          </g>
        ))}
        {periods.map((period) => (
          <text key={period} x={x(period)} y={HEIGHT - MARGIN.bottom + 20} textAnchor="middle" className="chart__tick">{period}</text>
        ))}
        {series.map((s, index) => {
          const style = STYLES[index % STYLES.length] ?? STYLES[0];
          // A gap (gesperrt, no data) breaks the line rather than bridging it.
          const segments: string[][] = [[]];
          for (const period of periods) {
            const value = s.values.get(period);
            if (value === null || value === undefined) segments.push([]);
            else segments.at(-1)?.push(`${x(period)},${y(value)}`);
          }
          return (
            <g key={s.name}>
              {segments.filter((points) => points.length > 1).map((points) => (
                <polyline key={points[0]} points={points.join(" ")} fill="none" stroke={style.colour} strokeWidth="2.5" strokeDasharray={style.dash} />
              ))}
              {periods.map((period) => {
                const value = s.values.get(period);
                return value === null || value === undefined ? null : <Marker key={period} kind={style.marker} x={x(period) ?? 0} y={y(value)} colour={style.colour} />;
              })}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="chart__legend">
          {series.map((s, index) => {
            const style = STYLES[index % STYLES.length] ?? STYLES[0];
            return (
              <li key={s.name}>
                <svg width="36" height="12" aria-hidden="true">
                  <line x1="0" x2="36" y1="6" y2="6" stroke={style.colour} strokeWidth="2.5" strokeDasharray={style.dash} />
                  <Marker kind={style.marker} x={18} y={6} colour={style.colour} />
                </svg>
                {s.name}
              </li>
            );
          })}
        </ul>
      </figcaption>
    </figure>
  );
}
