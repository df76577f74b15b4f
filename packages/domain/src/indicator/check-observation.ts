import type { Id } from "../shared/id.js";
import { factorMultiplier } from "./factor.js";
import type { IndicatorInput } from "./indicator.js";
import type { ObservationInput } from "./observation.js";
import { isValidPeriod, periodExamples, periodStartDate, periodTypeLabels, periodTypeOf } from "./period.js";
import { computeRate, isRateConsistent } from "./rate.js";

/** What {@link checkObservation} needs to know about the indicator. */
export type ObservationIndicator = Pick<IndicatorInput, "code" | "factor" | "periodType"> & {
  /** The indicator's id, when stored; checked against the observation's `indicatorId`. */
  id?: Id;
};

const numberFormat = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 2 });
const format = (value: number): string => numberFormat.format(value);

/**
 * Checks an observation against its indicator and returns German messages, empty when all is
 * well: the indicator matches, the period fits the indicator's period type, a share in per cent
 * does not count more than its base, the value agrees with the counts within the rounding it
 * was written with, and the as-of date does not precede the period.
 *
 * @example
 * checkObservation({ ...observation, period: "2021/22" }, { code: "S1", factor: "percent", periodType: "year" });
 * // ["Der Zeitraum „2021/22“ passt nicht zum Indikator S1: erwartet wird Kalenderjahr (z. B. „2021“)."]
 */
export function checkObservation(
  observation: ObservationInput,
  indicator: ObservationIndicator,
): string[] {
  const messages: string[] = [];
  const { numerator, denominator, value, period } = observation;

  if (indicator.id !== undefined && observation.indicatorId !== indicator.id) {
    messages.push(`Die Beobachtung gehört nicht zum Indikator ${indicator.code}.`);
  }
  if (!isValidPeriod(indicator.periodType, period)) {
    messages.push(
      `Der Zeitraum „${period}“ passt nicht zum Indikator ${indicator.code}: erwartet wird ` +
        `${periodTypeLabels[indicator.periodType].de} (z. B. „${periodExamples[indicator.periodType]}“).`,
    );
  }
  if (periodTypeOf(period) !== null && observation.asOf < periodStartDate(period)) {
    messages.push(
      `Der Datenstand ${observation.asOf} liegt vor dem Beginn des Zeitraums ${period}; prüfen Sie Zeitraum und Datenstand.`,
    );
  }

  const isPercent = indicator.factor === "percent";
  if (numerator !== null && denominator !== null) {
    if (isPercent && numerator > denominator) {
      messages.push(
        `Der Zähler (${format(numerator)}) ist größer als der Nenner (${format(denominator)}); ` +
          "ein Anteil über 100 % ist nicht möglich. Sind Zähler und Nenner vertauscht?",
      );
    }
    const computed = computeRate(numerator, denominator, indicator.factor);
    if (value !== null && !isRateConsistent(value, computed)) {
      messages.push(
        `Der Wert ${format(value)} passt nicht zu Zähler ${format(numerator)} und Nenner ` +
          `${format(denominator)}: daraus ergeben sich ${format(computed)}. ` +
          "Tragen Sie die Zählwerte ein und lassen Sie den Wert berechnen.",
      );
    }
  } else if (isPercent && value !== null && value > factorMultiplier("percent")) {
    messages.push(`Der Wert ${format(value)} liegt über 100 %; ein Anteil kann 100 % nicht übersteigen.`);
  }
  return messages;
}

/**
 * Fills an observation's value from its counts. When numerator and denominator are both known
 * the value is always recomputed, so a typed-in rate can never drift from the counts; otherwise
 * the observation is returned unchanged. The value keeps full precision: round for display.
 *
 * @example
 * completeObservation({ ...observation, numerator: 174, denominator: 38_000, value: null }, { factor: "perThousand" }).value;
 * // 4.578947368421052
 */
export function completeObservation<T extends ObservationInput>(
  input: T,
  indicator: Pick<IndicatorInput, "factor">,
): T {
  if (input.numerator === null || input.denominator === null) return input;
  return { ...input, value: computeRate(input.numerator, input.denominator, indicator.factor) };
}
