import type { OfferSchedule } from "@praeventionskette/domain";

const WEEKDAY_INDEX = { MO: 0, TU: 1, WE: 2, TH: 3, FR: 4, SA: 5, SU: 6 } as const;

/** A weekday's name in the language, from the platform's Intl data (no word lists to maintain). */
function weekdayName(day: keyof typeof WEEKDAY_INDEX, locale: string): string {
  // 2024-01-01 was a Monday.
  return new Date(Date.UTC(2024, 0, 1 + WEEKDAY_INDEX[day], 12)).toLocaleDateString(locale, { weekday: "long", timeZone: "UTC" });
}

/** A schedule in plain words: "Dienstag, Donnerstag · 09:30–11:30 · außer in den Ferien". */
export function scheduleText(schedule: OfferSchedule, languageTag: string): string {
  const locale = languageTag === "de-x-ls" ? "de" : languageTag;
  const days = schedule.byDay.map((day) => weekdayName(day, locale)).join(", ");
  const time = schedule.opensAt && schedule.closesAt ? `${schedule.opensAt}–${schedule.closesAt}` : (schedule.opensAt ?? "");
  return [days, time, schedule.description ?? ""].filter(Boolean).join(" · ");
}
