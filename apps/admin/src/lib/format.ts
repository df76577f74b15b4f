/** A date as people read it in the interface language: 29.11.2026 or 11/29/2026. */
export function formatDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  return new Intl.DateTimeFormat(language === "de" ? "de-DE" : "en-GB", { dateStyle: "medium", timeZone: "Europe/Berlin" }).format(date);
}

/** A moment with date and time, e.g. when a record was last saved. */
export function formatDateTime(isoTimestamp: string, language: string): string {
  return new Intl.DateTimeFormat(language === "de" ? "de-DE" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" }).format(new Date(isoTimestamp));
}
