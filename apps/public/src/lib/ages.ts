import type { Translate } from "../i18n/translate.js";

/** An age in months as families say it: "Schwangerschaft", "9 Monate", "3 Jahre". */
export function ageText(months: number, t: Translate): string {
  if (months < 0) return t("ages.pregnancy");
  if (months < 24) return t("ages.months", { count: months });
  return t("ages.years", { count: Math.floor(months / 12) });
}

/** An offer's age range in words: "0 Monate bis unter 3 Jahre", "ab 6 Jahre". */
export function ageRangeText(minMonths: number, maxMonths: number | null, t: Translate): string {
  const from = ageText(minMonths, t);
  return maxMonths === null ? t("ages.from", { from }) : t("ages.range", { from, to: ageText(maxMonths, t) });
}
