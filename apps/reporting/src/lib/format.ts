/** A date as people read it in the interface language: 29.11.2026 or 29 Nov 2026. */
export function formatDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  return new Intl.DateTimeFormat(language === "de" ? "de-DE" : "en-GB", { dateStyle: "medium", timeZone: "Europe/Berlin" }).format(date);
}

/** A number with a fixed number of decimals in the interface language: 6,8 or 6.8. */
export function formatNumber(value: number, language: string, decimals = 1): string {
  return new Intl.NumberFormat(language === "de" ? "de-DE" : "en-GB", { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** A whole count: 32.554 or 32,554. */
export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(language === "de" ? "de-DE" : "en-GB", { maximumFractionDigits: 0 }).format(value);
}

/** An indicator value with its unit: "6,8 %" or "286,0 je 10.000" (the number alone for an indicator without a unit). */
export function formatValue(value: number, unit: string, language: string): string {
  return unit === "" ? formatNumber(value, language) : `${formatNumber(value, language)} ${unit}`;
}

/** Euro from cents: 12.500 €. */
export function formatEuro(cents: number, language: string): string {
  return new Intl.NumberFormat(language === "de" ? "de-DE" : "en-GB", { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(cents / 100);
}
