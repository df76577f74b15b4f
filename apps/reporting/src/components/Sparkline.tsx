import type { SeriesPoint } from "../lib/indicator-series.js";

const WIDTH = 96;
const HEIGHT = 28;

/**
 * A series as a small line, for the eye only (aria-hidden): the words beside it say the trend,
 * and the indicator page has the full chart with its table. Gaps („gesperrt“) break the line.
 */
export function Sparkline({ points }: { points: readonly SeriesPoint[] }) {
  const values = points.flatMap((p) => (p.value !== null && !p.suppressed ? [p.value] : []));
  if (values.length < 2) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const x = (index: number) => 3 + (index * (WIDTH - 6)) / Math.max(points.length - 1, 1);
  const y = (value: number) => (max === min ? HEIGHT / 2 : HEIGHT - 3 - ((value - min) * (HEIGHT - 6)) / (max - min));
  const segments: string[] = [];
  let current = "";
  points.forEach((p, index) => {
    if (p.value === null || p.suppressed) {
      if (current) segments.push(current);
      current = "";
      return;
    }
    current += `${current ? "L" : "M"}${x(index).toFixed(1)},${y(p.value).toFixed(1)}`;
  });
  if (current) segments.push(current);
  const last = points.findLastIndex((p) => p.value !== null && !p.suppressed);
  const lastValue = points[last]?.value ?? null;
  return (
    <svg className="sparkline" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
      {segments.map((d) => <path key={d} d={d} fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />)}
      {lastValue !== null && <circle cx={x(last)} cy={y(lastValue)} r="3" fill="currentColor" />}
    </svg>
  );
}
