/**
 * CSV as German spreadsheets open it by double-click: semicolons between fields (the comma is
 * the decimal sign), decimal commas in numbers, CRLF line ends and a byte order mark so that
 * Excel reads UTF-8 umlauts. Written by hand because quoting is three lines and a CSV library
 * would be the heaviest part of the report page.
 */
export type CsvCell = string | number | null;

const escape = (cell: CsvCell): string => {
  if (cell === null) return "";
  const text = typeof cell === "number" ? String(cell).replace(".", ",") : cell;
  return /[";\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * The text of a CSV file with a header row.
 *
 * @example
 * toCsv(["Gebiet", "Wert"], [["Ascheberg", 6.4]]); // "\uFEFFGebiet;Wert\r\nAscheberg;6,4\r\n"
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(escape).join(";")).join("\r\n")}\r\n`;
}

/** Offers the text as a file download. */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
