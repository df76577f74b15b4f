import { useTranslation } from "react-i18next";
import { type CsvCell, downloadCsv, toCsv } from "../lib/csv.js";

/** Downloads a table as German CSV; hidden in print. */
export function CsvButton({ fileName, header, rows, what }: { fileName: string; header: readonly string[]; rows: readonly (readonly CsvCell[])[]; what: string }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="csv-button no-print" onClick={() => downloadCsv(fileName, toCsv(header, rows))}>
      {t("csv.download")}<span className="visually-hidden">: {what}</span>
    </button>
  );
}
