import { Button, errorMessage, Notice, PageHeader } from "@praeventionskette/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { TableFrame } from "./TableFrame.js";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.js";
import { base64Of } from "./file-upload.js";
import { useAllIndicators } from "./indicator-data.js";
import "./indicators.css";
import { useAreaTexts } from "../../lib/area-texts.js";
import { indicatorsDe, indicatorsEn } from "./texts.js";

type ImportResult = RouterOutputs["exchange"]["previewObservationImport"];

const COLUMNS = "Indikator;Gebietsschlüssel;Gebiet;Zeitraum;Zähler;Nenner;Wert;Quelle;Stand;Anmerkung";

/**
 * `/indikatoren/import`: indicator values from a CSV file as German spreadsheets save it. The
 * file is checked first (a dry run that writes nothing) and shows every row's problem; only a
 * file without problems can be imported, and then all of its rows are written or none.
 */
export function ObservationImportPage() {
  const { t } = useAreaTexts("indicators", indicatorsDe, indicatorsEn);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const indicators = useAllIndicators();
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [imported, setImported] = useState<ImportResult | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const check = useMutation(trpc.exchange.previewObservationImport.mutationOptions());
  const write = useMutation(trpc.exchange.importObservations.mutationOptions());

  const choose = async (chosen: File | undefined) => {
    setPreview(null);
    setImported(null);
    setReadError(null);
    check.reset();
    write.reset();
    if (!chosen) return setFile(null);
    let content: string;
    try {
      content = await base64Of(chosen);
    } catch (error) {
      setFile(null);
      return setReadError(errorMessage(error, t("indicators.importReadFailed")));
    }
    setFile({ name: chosen.name, content });
    // A refused request (too large, no permission) shows as `check.error`.
    setPreview(await check.mutateAsync({ content, encoding: "base64" }).catch(() => null));
  };

  const runImport = async () => {
    if (!file) return;
    const result = await write.mutateAsync({ content: file.content, encoding: "base64" }).catch(() => null);
    if (!result) return;
    if (result.problems.length > 0) {
      // Someone changed the data since the preview: the import wrote nothing and says why.
      setPreview(result);
      return;
    }
    setImported(result);
    setPreview(null);
    await queryClient.invalidateQueries({ queryKey: trpc.observation.pathKey() });
  };

  const indicatorOf = (code: string) => indicators.data?.find((indicator) => indicator.code === code);
  const importedIndicators = [...new Set((imported?.items ?? []).map((item) => item.indicator))];
  const failure = check.error ?? write.error;

  return (
    <>
      <PageHeader title={t("indicators.importTitle")} lead={t("indicators.importLead")} actions={<Link className="ui-button" to="/indikatoren">{t("indicators.backToList")}</Link>} />
      <ol className="import-steps">
        <li>{t("indicators.importStep1")}</li>
        <li>{t("indicators.importStep2")}</li>
        <li>{t("indicators.importStep3")}</li>
      </ol>
      <details className="import-format">
        <summary>{t("indicators.importFormat")}</summary>
        <p>{t("indicators.importFormatText")}</p>
        <p><code>{COLUMNS}</code></p>
        <p><code>B1;05558036;Olfen;2024;120;300;;IT.NRW, Kita-Statistik;2025-03-01;</code></p>
      </details>
      <div className="import-file">
        <label htmlFor="observation-file">{t("indicators.importFile")}</label>
        <input
          id="observation-file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="observation-file-hint"
          disabled={check.isPending || write.isPending}
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            // Emptied, so that choosing the corrected file of the same name checks it again.
            event.target.value = "";
            void choose(chosen);
          }}
        />
        <span id="observation-file-hint" className="ui-field__description">{t("indicators.importFileHint")}</span>
        {file && <span className="muted">{t("indicators.chosenFile", { name: file.name })}</span>}
      </div>

      {check.isPending && <Progress text={t("indicators.checking", { name: file?.name ?? "" })} />}
      {write.isPending && <Progress text={t("indicators.importing", { count: preview?.rows ?? 0 })} />}
      {readError && <Notice tone="error">{readError}</Notice>}
      {failure && <Notice tone="error">{failure.message}</Notice>}

      {preview && preview.problems.length > 0 && (
        <section aria-labelledby="import-problems">
          <Notice tone="error">{t("indicators.refused", { count: preview.problems.length })}</Notice>
          <TableFrame labelledBy="import-problems">
            <table className="ui-table">
              <caption id="import-problems">{t("indicators.problemsCaption", { name: file?.name ?? "" })}</caption>
              <thead>
                <tr>
                  <th scope="col" className="ui-table__number">{t("indicators.line")}</th>
                  <th scope="col">{t("indicators.column")}</th>
                  <th scope="col">{t("indicators.problem")}</th>
                </tr>
              </thead>
              <tbody>
                {preview.problems.map((problem) => (
                  <tr key={`${problem.line}-${problem.column ?? ""}-${problem.message}`}>
                    <td className="ui-table__number">{problem.line}</td>
                    <td>{problem.column ?? "–"}</td>
                    <td>{problem.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
        </section>
      )}

      {preview && preview.problems.length === 0 && (
        <section aria-labelledby="import-preview">
          <Notice tone="success">{t("indicators.previewOk", { count: preview.rows })}</Notice>
          <Summary result={preview} />
          <TableFrame labelledBy="import-preview">
            <table className="ui-table">
              <caption id="import-preview">{t("indicators.previewCaption", { name: file?.name ?? "" })}</caption>
              <thead>
                <tr>
                  <th scope="col" className="ui-table__number">{t("indicators.line")}</th>
                  <th scope="col">{t("indicators.columns.code")}</th>
                  <th scope="col">{t("indicators.territoryCode")}</th>
                  <th scope="col">{t("indicators.period")}</th>
                  <th scope="col">{t("indicators.action")}</th>
                </tr>
              </thead>
              <tbody>
                {preview.items.map((item) => (
                  <tr key={item.line}>
                    <td className="ui-table__number">{item.line}</td>
                    <td>{item.indicator}</td>
                    <td>{item.territoryCode}</td>
                    <td>{item.period}</td>
                    <td>{item.action === "create" ? t("indicators.actionCreate") : t("indicators.actionUpdate")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
          <div className="form-actions">
            <Button variant="primary" isDisabled={write.isPending} onPress={() => void runImport()}>{t("indicators.importNow", { count: preview.rows })}</Button>
          </div>
        </section>
      )}

      {imported && (
        <section aria-labelledby="import-done">
          <h2 id="import-done">{t("indicators.importedTitle")}</h2>
          <Notice tone="success">{t("indicators.imported", { created: imported.created, updated: imported.updated })}</Notice>
          <ul>
            {importedIndicators.map((code) => {
              const indicator = indicatorOf(code);
              return <li key={code}>{indicator ? <Link to="/indikatoren/$indicatorId" params={{ indicatorId: indicator.id }}>{t("indicators.showValues", { code })}</Link> : code}</li>;
            })}
          </ul>
        </section>
      )}
    </>
  );
}

function Progress({ text }: { text: string }) {
  return (
    <div className="import-progress" role="status">
      <progress aria-label={text} />
      <span>{text}</span>
    </div>
  );
}

function Summary({ result }: { result: ImportResult }) {
  const { t } = useAreaTexts("indicators", indicatorsDe, indicatorsEn);
  return (
    <dl className="import-summary">
      <div><dt>{t("indicators.rows")}</dt><dd>{result.rows}</dd></div>
      <div><dt>{t("indicators.toCreate")}</dt><dd>{result.created}</dd></div>
      <div><dt>{t("indicators.toUpdate")}</dt><dd>{result.updated}</dd></div>
    </dl>
  );
}
