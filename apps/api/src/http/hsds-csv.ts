import type { HsdsService } from "@praeventionskette/domain";

/*
 * The published offers as one table for spreadsheets, as German office software opens a file
 * by double-click: UTF-8 with a byte order mark (else umlauts break), semicolons between cells
 * (the comma is the decimal separator), CRLF line ends, one row per offer. Built from the same
 * HSDS services as the API, so it publishes exactly what the API publishes (no staff names,
 * nothing unpublished); contact persons' names are left out, only the offer's own phone, e-mail
 * and website are in it.
 */

const BOM = "\uFEFF";

/** A cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR) is kept as text by a leading apostrophe. */
function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "number" ? String(value).replace(".", ",") : value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const euro = (amount: number) => amount.toFixed(2).replace(".", ",");

function costOf(service: HsdsService): string {
  const option = service.cost_options?.[0];
  if (!option) return "";
  if (option.amount === 0) return "kostenlos";
  const amount = option.amount === undefined ? null : `${euro(option.amount)} €`;
  return [amount, option.amount_description].filter(Boolean).join(", ");
}

function placesOf(service: HsdsService): string {
  return service.service_at_locations
    .map(({ location }) => {
      const address = location.addresses?.[0];
      const street = address ? `${address.address_1}, ${address.postal_code} ${address.city}` : "";
      return [location.name, street].filter(Boolean).join(": ");
    })
    .join(" | ");
}

/** The columns: German headers and how each cell is read from a service. */
const COLUMNS: [string, (service: HsdsService, offerUrl: string) => string | number | null | undefined][] = [
  ["ID", (s) => s.id],
  ["Titel", (s) => s.name],
  ["Kurztitel", (s) => s.alternate_name],
  ["Beschreibung", (s) => s.description],
  ["Für wen", (s) => s.eligibility_description],
  ["Alter von (Jahre)", (s) => s.minimum_age],
  ["Alter bis (Jahre)", (s) => s.maximum_age],
  ["Kosten", costOf],
  ["Anbieter", (s) => s.organization?.name],
  ["Orte", placesOf],
  ["Sprachen", (s) => (s.languages ?? []).map((language) => language.code ?? language.name).join(", ")],
  ["Themen", (s) => (s.attributes ?? []).map((attribute) => attribute.taxonomy_term?.name).filter(Boolean).join(", ")],
  ["Telefon", (s) => s.phones?.[0]?.number],
  ["E-Mail", (s) => s.email],
  ["Website", (s) => s.url],
  ["Zuletzt geändert", (s) => s.last_modified],
  ["Im Portal", (_s, offerUrl) => offerUrl],
];

/**
 * The offers as CSV text (with BOM), one row each after a header row.
 *
 * @example
 * const csv = offersCsv(services, (id) => `https://praevention.kreis-coesfeld.de/angebote/${id}`);
 */
export function offersCsv(services: readonly HsdsService[], offerUrl: (id: string) => string): string {
  const rows = [COLUMNS.map(([header]) => cell(header)).join(";")];
  for (const service of services) rows.push(COLUMNS.map(([, read]) => cell(read(service, offerUrl(service.id)))).join(";"));
  return `${BOM}${rows.join("\r\n")}\r\n`;
}
