/** "" for null, so text fields always hold a string. */
export const textOf = (value: string | null | undefined): string => value ?? "";

/** null for an empty or blank field, the trimmed text otherwise. */
export const orNull = (text: string): string | null => (text.trim() === "" ? null : text.trim());

/** Today in the county's time zone, as the API counts it (ISO date). */
export function today(): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Berlin" }).format(new Date());
}
