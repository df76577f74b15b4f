/**
 * A distance as families read it: "800 m", "1,2 km", "14 km" (in the page's number format).
 *
 * @example
 * distanceText(1.234, "de"); // "1,2 km"
 */
export function distanceText(km: number, languageTag: string): string {
  const locale = languageTag === "de-x-ls" ? "de" : languageTag;
  if (km < 1) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(100, Math.round(km * 10) * 100))} m`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km)} km`;
}
