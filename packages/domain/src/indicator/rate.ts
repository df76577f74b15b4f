import { factorMultiplier, type IndicatorFactor } from "./factor.js";

/**
 * The rate of an indicator from its counts: `numerator / denominator × multiplier`, in full
 * precision; round only for display with {@link roundRate}. Throws a `RangeError` when the
 * denominator is not positive or a count is negative or not finite.
 *
 * @example
 * computeRate(174, 38_000, "perThousand"); // 4.578947368421052
 * computeRate(1_820, 2_100, "percent"); // 86.66666666666667
 */
export function computeRate(
  numerator: number,
  denominator: number,
  factor: IndicatorFactor,
): number {
  if (!Number.isFinite(denominator) || denominator <= 0) {
    throw new RangeError(`Der Nenner muss größer als 0 sein (erhalten: ${denominator}).`);
  }
  if (!Number.isFinite(numerator) || numerator < 0) {
    throw new RangeError(`Der Zähler darf nicht negativ sein (erhalten: ${numerator}).`);
  }
  return (numerator * factorMultiplier(factor)) / denominator;
}

/**
 * Rounds a rate half away from zero to the given number of decimals (0–10). Unlike
 * `Math.round(x * 100) / 100` it rounds 1.005 to 1.01, as a reader of the decimal figure expects.
 *
 * @example
 * roundRate(6.4623, 1); // 6.5
 * roundRate(1.005, 2); // 1.01
 */
export function roundRate(value: number, digits = 1): number {
  if (!Number.isInteger(digits) || digits < 0 || digits > 10) {
    throw new RangeError(`Die Anzahl der Nachkommastellen muss zwischen 0 und 10 liegen (erhalten: ${digits}).`);
  }
  const scale = 10 ** digits;
  const rounded = Math.round(Math.abs(value) * scale * (1 + Number.EPSILON)) / scale;
  return value < 0 ? -rounded : rounded;
}

/**
 * Decimal places of a number as written, so that a value published with one decimal is judged
 * against the rounding it has gone through.
 */
function decimalsOf(value: number): number {
  const [mantissa = "", exponent = "0"] = String(Math.abs(value)).split("e");
  const fraction = mantissa.split(".")[1] ?? "";
  return Math.max(0, fraction.length - Number(exponent));
}

/**
 * Whether a given rate agrees with the rate computed from counts within rounding: a value
 * written with d decimals may differ by half a unit of its last place (6.5 for 6.46 passes,
 * 6.6 does not).
 *
 * @example
 * isRateConsistent(6.5, 6.4623); // true
 * isRateConsistent(6.6, 6.4623); // false
 */
export function isRateConsistent(value: number, computed: number): boolean {
  const tolerance = 0.5 * 10 ** -Math.min(decimalsOf(value), 12);
  return Math.abs(value - computed) <= tolerance + 1e-9 * Math.max(1, Math.abs(computed));
}
