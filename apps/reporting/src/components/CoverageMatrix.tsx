import { useTranslation } from "react-i18next";
import type { CsvCell } from "../lib/csv.js";
import { formatNumber } from "../lib/format.js";
import { useLabels } from "../lib/labels.js";
import type { RouterOutputs } from "../lib/trpc.js";
import { CsvButton } from "./CsvButton.js";
import { TableFrame } from "./TableFrame.js";

type Coverage = RouterOutputs["coverage"]["analyse"];

/** One cell of the matrix: the offers of a life phase and field of action over all reported territories. */
interface MatrixCell {
  offers: number;
  /** Territories without any offer in the cell. */
  gaps: string[];
  /** Groups of likely duplicate offers in the cell. */
  duplicates: number;
}

/** Life phase × field of action over the reported territories, as the API counts them (offers counted once). */
export function coverageMatrix(coverage: Coverage): Map<string, MatrixCell> {
  const result = new Map<string, MatrixCell>();
  for (const cell of coverage.cells) {
    result.set(`${cell.lifePhaseId}|${cell.fieldOfActionId}`, {
      offers: cell.offers,
      gaps: coverage.territories.filter((territory) => (cell.offersIn[territory.id] ?? 0) === 0).map((territory) => territory.name),
      duplicates: cell.duplicates,
    });
  }
  return result;
}

/**
 * Die Angebotslandkarte als Tabelle: life phases in rows, fields of action in columns, each cell
 * with its number of offers; gaps and likely duplicate structures are marked with a symbol and
 * a word as well as a background, never by colour alone.
 */
export function CoverageMatrix({ coverage, headingId, fileName }: { coverage: Coverage; headingId: string; fileName: string }) {
  const { t } = useTranslation();
  const { name } = useLabels();
  const matrix = coverageMatrix(coverage);
  const total = coverage.territories.length;
  const csvRows: CsvCell[][] = coverage.lifePhases.flatMap((phase) =>
    coverage.fieldsOfAction.map((field) => {
      const cell = matrix.get(`${phase.id}|${field.id}`);
      return [name(phase.name), name(field.name), cell?.offers ?? 0, cell?.gaps.join(", ") ?? "", cell?.duplicates ?? 0];
    }),
  );
  return (
    <>
      <div className="table-head">
        <p className="muted">{t("coverage.legend", { total })}</p>
        <CsvButton what={t("coverage.matrixCaption")} fileName={fileName} header={[t("coverage.lifePhase"), t("coverage.field"), t("coverage.offers"), t("coverage.gapsIn"), t("coverage.duplicates")]} rows={csvRows} />
      </div>
      <TableFrame label={t("coverage.matrixCaption")}>
        <table className="ui-table matrix" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t("coverage.lifePhase")}</th>
              {coverage.fieldsOfAction.map((field) => <th key={field.id} scope="col">{name(field.name)}</th>)}
            </tr>
          </thead>
          <tbody>
            {coverage.lifePhases.map((phase) => (
              <tr key={phase.id}>
                <th scope="row">{name(phase.name)}</th>
                {coverage.fieldsOfAction.map((field) => {
                  const cell = matrix.get(`${phase.id}|${field.id}`);
                  if (!cell) return <td key={field.id} />;
                  const classes = ["matrix__cell", cell.gaps.length > 0 ? "matrix__cell--gap" : "", cell.duplicates > 0 ? "matrix__cell--duplicate" : ""].join(" ");
                  return (
                    <td key={field.id} className={classes}>
                      <span className="matrix__count">{t("coverage.offerCount", { count: cell.offers })}</span>
                      {cell.gaps.length > 0 && (
                        <span className="matrix__mark">
                          <span aria-hidden="true">○ </span>
                          {cell.gaps.length === total ? t("coverage.gapEverywhere") : t("coverage.gapIn", { names: cell.gaps.join(", ") })}
                        </span>
                      )}
                      {cell.duplicates > 0 && (
                        <span className="matrix__mark">
                          <span aria-hidden="true">◆ </span>
                          {t("coverage.duplicateCount", { count: cell.duplicates })}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </>
  );
}

/** The likely duplicate structures, each with the reason in words (as the domain's `findLikelyDuplicates` gives it in German). */
export function DuplicateList({ coverage }: { coverage: Coverage }) {
  const { t, i18n } = useTranslation();
  if (coverage.duplicates.length === 0) return <p>{t("coverage.noDuplicates")}</p>;
  const reason = (group: Coverage["duplicates"][number]) =>
    t("coverage.duplicateReason", {
      similarity: formatNumber(group.similarity * 100, i18n.language, 0),
      titles: group.titles.map((title) => t("coverage.quoted", { title })).join(", "),
    });
  return (
    <ul className="duplicates">
      {coverage.duplicates.map((group, index) => <li key={index}>{reason(group)}</li>)}
    </ul>
  );
}
