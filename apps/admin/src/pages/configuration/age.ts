import type { TFunction } from "i18next";

/**
 * An age in months as staff read it: "Schwangerschaft (−9 Mon.)", "Geburt", "3 J.", "1 J. 6 Mon.".
 *
 * @example
 * formatAge(t, 42) // "3 J. 6 Mon."
 */
export function formatAge(t: TFunction, months: number): string {
  if (months < 0) return `${t("configuration.pregnancy")} (${t("configuration.months", { count: months })})`;
  if (months === 0) return t("configuration.birth");
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return t("configuration.months", { count: rest });
  return rest === 0 ? t("configuration.years", { count: years }) : t("configuration.yearsMonths", { years, months: rest });
}

/** Where an age sits on a timeline from `start` to `end` months, in percent. */
export function percentOf(months: number, start: number, end: number): number {
  return end === start ? 0 : ((months - start) / (end - start)) * 100;
}

/**
 * The ages (in months) to label on a timeline: birth and whole years, every second or third
 * year when the span is long, so the labels never crowd a phone's width.
 */
export function timelineTicks(start: number, end: number): number[] {
  const years = (end - Math.max(start, 0)) / 12;
  const step = years > 16 ? 36 : years > 8 ? 24 : 12;
  const ticks: number[] = [];
  for (let month = 0; month <= end; month += step) if (month >= start) ticks.push(month);
  return ticks;
}
