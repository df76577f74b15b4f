import type { ProgressStatus } from "./progress-status.js";

/** One observation of an indicator: the year and the value (a rate, e.g. 39.3 for 39.3 %). */
export interface ProgressPoint {
  /** Reference year of the value. */
  year: number;
  /** The observed value. */
  value: number;
}

/** Desired direction of an indicator: higher is better (`increase`) or lower is better. */
export type DesiredDirection = "increase" | "decrease";

/** What `assessProgress` needs: the observed series, the desired direction, optionally a baseline, a target or a natural limit. */
export interface ProgressAssessmentInput {
  /** Observed values; order does not matter; non-finite values are ignored; for a repeated year the last entry wins. */
  series: readonly ProgressPoint[];
  /**
   * The goal's baseline (Ausgangswert y0 in year t0). When given, rates are measured from it and
   * only observations of later years count; otherwise the first value of the series is the base.
   */
  baseline?: ProgressPoint;
  /** Whether higher (`increase`) or lower (`decrease`) values are better. */
  desiredDirection: DesiredDirection;
  /** The quantitative target (value to reach by a year), e.g. the target of a Handlungsziel. */
  target?: ProgressPoint;
  /**
   * A natural limit in the desired direction (a maximum such as 100 % for `increase`, a minimum
   * for `decrease`). Only used without a target, to scale the thresholds down near the limit.
   */
  limit?: number;
}

/** How a rate was computed: compound annual growth, or the linear fallback for values ≤ 0. */
export type RateMethod = "cagr" | "linear";

/** Result of `assessProgress`. */
export interface ProgressAssessment {
  /** The progress category. */
  status: ProgressStatus;
  /**
   * Observed annual rate from the base year (the baseline's, else the first of the series) to
   * the latest year as a fraction (0.02 = 2 % a year), not yet signed by the desired direction;
   * `null` with fewer than two values.
   */
  observedRate: number | null;
  /** Annual rate needed from the base year to reach the target on time (only with a target). */
  requiredRate?: number;
  /** Observed over required rate, R = CAGR_obs / CAGR_req (only when both exist and the target is not yet reached). */
  ratio?: number;
  /** How the rates were computed, so a report can say when the linear fallback was used. */
  method?: RateMethod;
  /** Threshold scaling factor C (0–1) applied because of a natural limit (only without target and with a limit). */
  limitScaling?: number;
}

/** Thresholds of the method without target (annual rates). */
const ON_TRACK_RATE = 0.015;
const ACCELERATION_RATE = 0.005;
/** Thresholds of the method with target (ratio R). */
const ON_TRACK_RATIO = 0.95;
const ACCELERATION_RATIO = 0.6;
/** Exponent of the Statistics Canada scaling factor near a limit. */
const LIMIT_EXPONENT = 4.44;

function cleanSeries(series: readonly ProgressPoint[]): ProgressPoint[] {
  const byYear = new Map<number, number>();
  for (const p of series) {
    if (Number.isFinite(p.year) && Number.isFinite(p.value)) byYear.set(p.year, p.value);
  }
  return [...byYear.entries()].map(([year, value]) => ({ year, value })).sort((a, b) => a.year - b.year);
}

/**
 * Annual rates from the base value to one or more end values. CAGR ((y/y0)^(1/Δt) − 1) when
 * every value involved is positive; otherwise the linear fallback: the average change per year
 * relative to |y0|, or relative to `scale` when y0 is 0. Both methods agree in sign with y − y0,
 * so the category never depends on which one was used in the wrong direction.
 */
function rate(method: RateMethod, y0: number, y: number, years: number, scale: number): number {
  return keepSign(rawRate(method, y0, y, years, scale), y - y0);
}

function rawRate(method: RateMethod, y0: number, y: number, years: number, scale: number): number {
  if (method === "cagr") {
    // expm1/log1p keep the sign of a tiny change that (y/y0)^(1/t) − 1 would round to 0.
    const relative = (y - y0) / y0;
    const logRatio = Number.isFinite(relative) ? Math.log1p(relative) : Math.log(y) - Math.log(y0);
    return finite(Math.expm1(logRatio / years));
  }
  const base = y0 !== 0 ? Math.abs(y0) : scale;
  return base === 0 ? 0 : finite((y - y0) / base / years);
}

/**
 * A change that underflows to 0 in floating point (e.g. between values near 1e-320) must not
 * turn a deterioration into "no change": keep the sign of `direction` at the smallest magnitude.
 */
function keepSign(x: number, direction: number): number {
  return x === 0 && direction !== 0 ? Math.sign(direction) * Number.MIN_VALUE : x;
}

/** Quotient that keeps its sign when the magnitude underflows. */
function ratioOf(a: number, b: number): number {
  return keepSign(finite(a / b), Math.sign(a) * Math.sign(b));
}

/** Overflow with extreme inputs (e.g. 1e300 / 1e-300) is clamped so that no rate is infinite; NaN counts as no change. */
function finite(x: number): number {
  if (Number.isNaN(x)) return 0;
  return Math.min(Number.MAX_VALUE, Math.max(-Number.MAX_VALUE, x));
}

/**
 * Scaling factor C for the thresholds without target near a natural limit (Statistics Canada):
 * for a maximum limit L (desired increase) C = 1 − (y0/L)^4.44; for a minimum limit L (desired
 * decrease) C = 1 − ((2L − y0)/L)^4.44 while y0 < 2L, else 1. C is 0 at the limit, close to 1
 * far from it, and identical at equal relative distances from a maximum or minimum. Clamped to
 * 0–1; values on or beyond the limit give 0; a non-positive limit or base gives 1 (no scaling),
 * because the relative distance is then undefined.
 */
function limitScalingFactor(y0: number, limit: number, direction: DesiredDirection): number {
  if (direction === "increase") {
    if (y0 >= limit) return 0;
    if (limit <= 0 || y0 <= 0) return 1;
    return clamp01(1 - Math.pow(y0 / limit, LIMIT_EXPONENT));
  }
  if (y0 <= limit) return 0;
  if (limit <= 0 || y0 >= 2 * limit) return 1;
  return clamp01(1 - Math.pow((2 * limit - y0) / limit, LIMIT_EXPONENT));
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

function meets(value: number, target: number, direction: DesiredDirection): boolean {
  return direction === "increase" ? value >= target : value <= target;
}

function statusFromRatio(r: number): ProgressStatus {
  if (r >= ON_TRACK_RATIO) return "onTrack";
  if (r >= ACCELERATION_RATIO) return "accelerationNeeded";
  if (r >= 0) return "limitedProgress";
  return "deterioration";
}

/**
 * Fortschrittsbewertung: rates the progress of an indicator series with the method of Open SDG
 * (Statistics Canada, after Eurostat), based on the compound annual growth rate (CAGR) from the
 * base year t0 (value y0) to the latest year ti (value yi). The base is the goal's `baseline`
 * when given (observations of its year or earlier are then ignored: the baseline is the value a
 * goal was set against), else the first value of the series.
 *
 * With a target (yT in year tT):
 * - latest value meets the target (≥ for increase, ≤ for decrease) → `targetAchieved`;
 * - base value already met the target but the latest does not → `deterioration` (the required
 *   rate would point the wrong way, so no ratio is computed);
 * - otherwise R = CAGR_obs / CAGR_req with CAGR_req = (yT/y0)^(1/(tT − t0)) − 1; the required
 *   rate carries the desired direction, so R > 0 means movement towards the target:
 *   R ≥ 0.95 `onTrack`, 0.6 ≤ R < 0.95 `accelerationNeeded`, 0 ≤ R < 0.6 `limitedProgress`,
 *   R < 0 `deterioration`;
 * - a target year not after the base year yields no required rate; the series is then rated as
 *   without a target.
 *
 * Without a target: the observed rate signed by the desired direction (negated for `decrease`):
 * ≥ 1.5 % `onTrack`, 0.5 %–1.5 % `accelerationNeeded`, 0–0.5 % `limitedProgress`, < 0
 * `deterioration`. Near a natural `limit` the positive thresholds are multiplied by the
 * Statistics Canada factor C = 1 − (y0/L)^4.44 (maximum L) or 1 − ((2L − y0)/L)^4.44 (minimum L,
 * while y0 < 2L), so that a series already close to e.g. 100 % can still be on track; at the
 * limit (C = 0) a non-negative rate is `onTrack`. The limit is ignored when a target is given.
 *
 * Fewer than two usable values (the baseline counts as one) → `noData`.
 *
 * Zero and negative values: CAGR is undefined for them, so when y0, yi or yT is ≤ 0 the rates
 * fall back to the linear rate (yi − y0) / |y0| / (ti − t0), and to a change relative to the
 * largest absolute value of series and target when y0 is 0 (`method: "linear"` in the result).
 * No rate or ratio is ever NaN or infinite: at the edges of floating point, rates are clamped
 * to ±Number.MAX_VALUE, and a change too small to represent keeps its sign.
 *
 * @example
 * // Betreuungsquote U3 39.3 % (2019) → 41.0 % (2022), target 45 % in 2025:
 * // observed 1.42 % a year, required 2.28 % a year, R ≈ 0.62
 * assessProgress({
 *   series: [{ year: 2019, value: 39.3 }, { year: 2022, value: 41 }],
 *   desiredDirection: "increase",
 *   target: { year: 2025, value: 45 },
 * }).status; // "accelerationNeeded"
 */
export function assessProgress(input: ProgressAssessmentInput): ProgressAssessment {
  const baseline = input.baseline !== undefined && Number.isFinite(input.baseline.year) && Number.isFinite(input.baseline.value) ? input.baseline : undefined;
  const points = baseline
    ? [baseline, ...cleanSeries(input.series).filter((p) => p.year > baseline.year)]
    : cleanSeries(input.series);
  const first = points[0];
  const latest = points[points.length - 1];
  if (first === undefined || latest === undefined || points.length < 2) {
    return { status: "noData", observedRate: null };
  }
  const direction = input.desiredDirection;
  const sign = direction === "increase" ? 1 : -1;
  const y0 = first.value;
  const yi = latest.value;
  const elapsed = latest.year - first.year;

  const target =
    input.target !== undefined && Number.isFinite(input.target.value) && Number.isFinite(input.target.year)
      ? input.target
      : undefined;
  const scale = Math.max(...points.map((p) => Math.abs(p.value)), target ? Math.abs(target.value) : 0);
  const values = target ? [y0, yi, target.value] : [y0, yi];
  const method: RateMethod = values.every((v) => v > 0) ? "cagr" : "linear";
  const observedRate = rate(method, y0, yi, elapsed, scale);

  if (target !== undefined) {
    if (meets(yi, target.value, direction)) {
      return { status: "targetAchieved", observedRate, method };
    }
    if (meets(y0, target.value, direction)) {
      return { status: "deterioration", observedRate, method };
    }
    const horizon = target.year - first.year;
    if (horizon > 0) {
      let used = method;
      let observed = observedRate;
      let requiredRate = rate(used, y0, target.value, horizon, scale);
      let ratio: number;
      if (used === "cagr" && requiredRate !== 0) {
        ratio = ratioOf(observed, requiredRate);
      } else {
        // yT ≠ y0 here, but a minute required change can round to a rate of 0; the ratio of the
        // absolute changes per year is the same quantity as the ratio of the linear rates.
        if (used === "cagr") {
          used = "linear";
          observed = rate(used, y0, yi, elapsed, scale);
          requiredRate = rate(used, y0, target.value, horizon, scale);
        }
        ratio = ratioOf(ratioOf(yi - y0, target.value - y0), elapsed / horizon);
      }
      return {
        status: statusFromRatio(ratio),
        observedRate: observed,
        requiredRate,
        ratio,
        method: used,
      };
    }
  }

  const signedRate = sign * observedRate;
  const c =
    input.limit !== undefined && Number.isFinite(input.limit)
      ? limitScalingFactor(y0, input.limit, direction)
      : undefined;
  const factor = c ?? 1;
  const base = { observedRate, method, ...(c === undefined ? {} : { limitScaling: c }) };
  if (signedRate < 0) return { status: "deterioration", ...base };
  if (factor === 0 || signedRate >= ON_TRACK_RATE * factor) return { status: "onTrack", ...base };
  if (signedRate >= ACCELERATION_RATE * factor) return { status: "accelerationNeeded", ...base };
  return { status: "limitedProgress", ...base };
}
