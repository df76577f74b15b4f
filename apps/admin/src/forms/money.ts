/**
 * Euro amounts as people type them (43.750,00 or 43750 or 43750.5) in whole cents, or NaN when
 * the text is no amount. The domain keeps money in cents; the forms show euros.
 *
 * @example
 * centsOf("43.750,00") // 4_375_000
 * centsOf("1.000") // 100_000 (a dot before three digits groups thousands)
 */
export function centsOf(text: string): number {
  const compact = text.replace(/[\s€]/g, "");
  if (compact === "") return Number.NaN;
  let normal: string;
  if (compact.includes(",")) normal = compact.replace(/\./g, "").replace(",", ".");
  else if (/^\d{1,3}(\.\d{3})+$/.test(compact)) normal = compact.replace(/\./g, "");
  else normal = compact;
  if (!/^\d+(\.\d{1,2})?$/.test(normal)) return Number.NaN;
  return Math.round(Number(normal) * 100);
}

/** Cents as a euro amount in the interface language, e.g. 35.000,00 €. */
export function formatEuro(cents: number, language: string): string {
  return new Intl.NumberFormat(language === "de" ? "de-DE" : "en-GB", { style: "currency", currency: "EUR" }).format(cents / 100);
}

/** Cents as the text a euro field starts with (43750,00). */
export function euroText(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return "";
  return new Intl.NumberFormat("de-DE", { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false }).format(cents / 100);
}
