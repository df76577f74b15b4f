import { Button, DataTable, errorMessage, Notice, PageHeader, Select } from "@praeventionskette/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import type { ColumnDef } from "@tanstack/react-table";
import { type FormEvent, useId, useRef, useState } from "react";
import { useOfferTexts } from "./use-offer-texts.js";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.js";
import { type OfferFile, offerFileFormatOf, readOfferFile } from "./offer-file.js";
import "./offers.css";

type ImportResult = RouterOutputs["exchange"]["previewOfferImport"];
type Problem = ImportResult["problems"][number];
type Item = ImportResult["items"][number];

/** Where the import stands: choosing a file, reading it, the server checking it, the preview shown, writing, done. */
type Stage = "choose" | "reading" | "checking" | "preview" | "importing" | "done";

const STEPS = [
  { key: "offerArea.import.stepRead", stages: ["choose", "reading"] },
  { key: "offerArea.import.stepCheck", stages: ["checking", "preview"] },
  { key: "offerArea.import.stepImport", stages: ["importing", "done"] },
] as const satisfies readonly { key: string; stages: readonly Stage[] }[];

/**
 * Offers from a CSV or HSDS file in two steps: the dry run shows what would be created and
 * changed, or every faulty row with its column and what to fix (then nothing can be imported);
 * only a clean preview can be confirmed, and the import writes all rows or none.
 */
export function OfferImportPage() {
  const { t } = useOfferTexts();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const fileInput = useRef<HTMLInputElement>(null);
  const fileHintId = useId();
  const fileErrorId = useId();
  const [format, setFormat] = useState<"csv" | "hsds">("csv");
  const [stage, setStage] = useState<Stage>("choose");
  const [readShare, setReadShare] = useState(0);
  const [file, setFile] = useState<OfferFile | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const preview = useMutation(trpc.exchange.previewOfferImport.mutationOptions());
  const importOffers = useMutation(trpc.exchange.importOffers.mutationOptions());

  const check = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = fileInput.current?.files?.[0];
    setFailure(null);
    setResult(null);
    if (!chosen) {
      setFileError(t("offerArea.import.fileRequired"));
      fileInput.current?.focus();
      return;
    }
    setFileError(null);
    try {
      setStage("reading");
      const read = await readOfferFile(chosen, format, setReadShare);
      setFile(read);
      setStage("checking");
      setResult(await preview.mutateAsync(read.upload));
      setStage("preview");
    } catch (error) {
      setFailure(errorMessage(error, t("offerArea.import.failed")));
      setStage("choose");
    }
  };

  const confirm = async () => {
    if (!file) return;
    setFailure(null);
    setStage("importing");
    try {
      const imported = await importOffers.mutateAsync(file.upload);
      setResult(imported);
      setStage(imported.problems.length > 0 ? "preview" : "done");
      await queryClient.invalidateQueries({ queryKey: trpc.offer.pathKey() });
    } catch (error) {
      setFailure(errorMessage(error, t("offerArea.import.failed")));
      setStage("preview");
    }
  };

  const restart = () => {
    setStage("choose");
    setResult(null);
    setFile(null);
    if (fileInput.current) fileInput.current.value = "";
  };

  const problemColumns: ColumnDef<Problem, unknown>[] = [
    { id: "line", header: t("offerArea.import.line"), enableSorting: false, accessorFn: (problem) => problem.line },
    { id: "column", header: t("offerArea.import.column"), enableSorting: false, accessorFn: (problem) => problem.column ?? "–" },
    { id: "message", header: t("offerArea.import.message"), enableSorting: false, accessorFn: (problem) => problem.message },
  ];
  const itemColumns: ColumnDef<Item, unknown>[] = [
    { id: "line", header: t("offerArea.import.line"), enableSorting: false, accessorFn: (item) => item.line },
    { id: "action", header: t("offerArea.import.action"), enableSorting: false, accessorFn: (item) => t(`offerArea.import.actions.${item.action}`) },
    {
      id: "offer",
      header: t("offerArea.import.offer"),
      enableSorting: false,
      accessorFn: (item) => item.title,
      cell: ({ row }) => (stage === "done" && row.original.id ? <Link to="/angebote/$offerId" params={{ offerId: row.original.id }}>{row.original.title}</Link> : row.original.title),
    },
  ];

  const busy = stage === "reading" || stage === "checking" || stage === "importing";
  const changes = result ? result.created + result.updated : 0;

  return (
    <>
      <PageHeader title={t("offerArea.import.title")} lead={t("offerArea.import.lead")} actions={<Link to="/angebote" className="ui-button">{t("offerArea.import.toList")}</Link>} />
      <ol className="import-steps" aria-label={t("offerArea.import.progress")}>
        {STEPS.map((step, index) => (
          <li key={step.key} aria-current={(step.stages as readonly Stage[]).includes(stage) ? "step" : undefined}>{`${index + 1}. ${t(step.key)}`}</li>
        ))}
      </ol>

      {stage !== "done" && (
        <form className="edit-form" noValidate onSubmit={(event) => void check(event)}>
          <fieldset disabled={busy}>
            <legend>{t("offerArea.import.file")}</legend>
            <div className="ui-field" data-invalid={fileError ? true : undefined}>
              <label htmlFor="offer-import-file" className="ui-field__label">{t("offerArea.import.chooseFile")}</label>
              <input
                ref={fileInput}
                id="offer-import-file"
                className="ui-input"
                type="file"
                accept=".csv,.json,text/csv,application/json"
                aria-describedby={fileError ? `${fileHintId} ${fileErrorId}` : fileHintId}
                aria-invalid={fileError ? true : undefined}
                onChange={(event) => {
                  const chosen = event.target.files?.[0];
                  setResult(null);
                  setStage("choose");
                  if (chosen) {
                    setFileError(null);
                    void offerFileFormatOf(chosen).then(setFormat);
                  }
                }}
              />
              <p id={fileHintId} className="ui-field__description">{t("offerArea.import.fileHint")}</p>
              {fileError && <p id={fileErrorId} className="ui-field__error">{fileError}</p>}
            </div>
            <Select
              label={t("offerArea.import.format")}
              value={format}
              onChange={(value) => value && setFormat(value as "csv" | "hsds")}
              options={[{ id: "csv", label: t("offerArea.import.formatCsv") }, { id: "hsds", label: t("offerArea.import.formatHsds") }]}
            />
            <div className="import-file">
              <Button type="submit" variant={stage === "preview" ? "secondary" : "primary"} isDisabled={busy}>{t("offerArea.import.preview")}</Button>
            </div>
          </fieldset>
        </form>
      )}

      <div role="status" aria-live="polite" className="import-progress">
        {stage === "reading" && (
          <>
            <label htmlFor="offer-import-progress">{t("offerArea.import.stepRead")}</label>{" "}
            <progress id="offer-import-progress" max={1} value={readShare} />
          </>
        )}
        {stage === "checking" && (
          <>
            <label htmlFor="offer-import-progress">{t("offerArea.import.previewing")}</label> <progress id="offer-import-progress" />
          </>
        )}
        {stage === "importing" && (
          <>
            <label htmlFor="offer-import-progress">{t("offerArea.import.importing")}</label> <progress id="offer-import-progress" />
          </>
        )}
        {stage === "done" && result && <Notice tone="success">{`${t("offerArea.import.done")}: ${t("offerArea.import.doneText", { created: result.created, updated: result.updated })}`}</Notice>}
      </div>

      {failure && <Notice tone="error">{failure}</Notice>}

      {result && result.problems.length > 0 && (
        <section aria-labelledby="offer-import-problems">
          <Notice tone="error">
            <strong id="offer-import-problems">{t("offerArea.import.problemsTitle", { count: result.problems.length })}</strong> {t("offerArea.import.problemsText")}
          </Notice>
          <DataTable caption={t("offerArea.import.problemsCaption")} columns={problemColumns} rows={result.problems} emptyMessage="" />
        </section>
      )}

      {result && result.problems.length === 0 && (
        <section>
          {stage !== "done" && <p>{t("offerArea.import.summary", { count: result.rows, created: result.created, updated: result.updated, unchanged: result.unchanged })}</p>}
          <DataTable caption={stage === "done" ? t("offerArea.import.itemsCaptionDone") : t("offerArea.import.itemsCaption")} columns={itemColumns} rows={result.items} emptyMessage="" />
          {stage !== "done" && (changes > 0
            ? <div className="import-actions"><Button variant="primary" isDisabled={busy} onPress={() => void confirm()}>{t("offerArea.import.confirm", { count: changes })}</Button></div>
            : <Notice>{t("offerArea.import.nothingToDo")}</Notice>)}
        </section>
      )}

      {stage === "done" && (
        <div className="import-actions">
          <Button variant="primary" onPress={restart}>{t("offerArea.import.again")}</Button>
          <Link to="/angebote" className="ui-button">{t("offerArea.import.toList")}</Link>
        </div>
      )}
    </>
  );
}
