import { Notice, PageHeader } from "@praeventionskette/ui";
import { useQuery } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { CoverageMatrix, DuplicateList } from "../components/CoverageMatrix.js";
import { TerritorySelect } from "../components/TerritorySelect.js";
import { formatNumber } from "../lib/format.js";
import { useTerritoryTree } from "../lib/territories.js";
import { useTRPC } from "../lib/trpc.js";

/** Abdeckung und Lücken: the offer map of a county (by town) or a town (by social area). */
export function CoveragePage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const search = useSearch({ from: "/abdeckung" });
  const navigate = useNavigate({ from: "/abdeckung" });
  const { tree } = useTerritoryTree();
  const territoryId = search.gebiet ?? tree?.defaultTerritory?.id;
  const coverage = useQuery({ ...trpc.coverage.analyse.queryOptions({ territoryId: territoryId ?? "" }), enabled: Boolean(territoryId) });
  const territory = territoryId ? tree?.byId.get(territoryId) : undefined;
  return (
    <>
      <PageHeader title={t("coverage.title")} lead={t("coverage.lead")} />
      {tree && territoryId && (
        <div className="controls no-print">
          <TerritorySelect tree={tree} value={territoryId} onChange={(id) => void navigate({ search: { gebiet: id } })} />
        </div>
      )}
      {coverage.isPending && <p role="status">{t("app.loading")}</p>}
      {coverage.isError && <Notice tone="error">{coverage.error.message}</Notice>}
      {coverage.data && (
        <>
          <p>
            {t("coverage.summary", {
              covered: coverage.data.summary.covered,
              cells: coverage.data.summary.cells,
              ratio: formatNumber(coverage.data.summary.coverageRatio * 100, i18n.language, 0),
              gaps: coverage.data.summary.gaps,
              duplicates: coverage.data.duplicates.length,
            })}
          </p>
          <section aria-labelledby="matrix-heading">
            <h2 id="matrix-heading">{t("coverage.matrixHeading", { name: territory?.name ?? "" })}</h2>
            <CoverageMatrix coverage={coverage.data} headingId="matrix-heading" fileName={`abdeckung-${territory?.name ?? "gebiet"}.csv`} />
          </section>
          <section aria-labelledby="duplicates-heading" className="section">
            <h2 id="duplicates-heading">{t("coverage.duplicatesHeading")}</h2>
            <DuplicateList coverage={coverage.data} />
          </section>
        </>
      )}
    </>
  );
}
