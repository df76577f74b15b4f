import {
  compareAssessments,
  type Fulfilment,
  fulfilmentLabels,
  maturityLevelLabels,
  maturityScore,
  PrerequisiteSchema,
  prerequisiteLabels,
  QualityStationSchema,
  qualityStationLabels,
} from "@praeventionskette/domain";
import { Notice, PageHeader } from "@praeventionskette/ui";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { TableFrame } from "../components/TableFrame.js";
import { usePageTexts } from "../i18n/page-texts.js";
import { selfAssessmentTexts } from "../i18n/pages/self-assessment.js";
import { formatDate } from "../lib/format.js";
import { useLabels } from "../lib/labels.js";
import { useTerritoryTree } from "../lib/territories.js";
import { type RouterOutputs, useTRPC } from "../lib/trpc.js";

type Assessment = RouterOutputs["qualityAssessment"]["list"]["items"][number];

const DOTS: Record<Fulfilment, number> = { no: 0, inPreparation: 1, partly: 2, fully: 3 };

/** A degree of fulfilment as words and three dots, so that it reads without colour. */
function FulfilmentCell({ item }: { item: { fulfilment: Fulfilment; note: string } }) {
  const { label } = useLabels();
  return (
    <td className={`fulfilment fulfilment--${item.fulfilment}`}>
      <span className="fulfilment__dots" aria-hidden="true">{"●".repeat(DOTS[item.fulfilment])}{"○".repeat(3 - DOTS[item.fulfilment])}</span>{" "}
      <strong>{label(fulfilmentLabels, item.fulfilment)}</strong>
      {item.note && <span className="fulfilment__note">{item.note}</span>}
    </td>
  );
}

/**
 * Selbstbewertung: each territory's latest self-assessment along the ISA quality framework side
 * by side — maturity, the four stations and the checklist a–g — with the change since its
 * previous one. Internal: staff see the assessments of their territories.
 */
export function SelfAssessmentPage() {
  const { t } = usePageTexts("selfAssessment", selfAssessmentTexts);
  const { i18n } = useTranslation();
  const { label } = useLabels();
  const trpc = useTRPC();
  const { tree } = useTerritoryTree();
  const me = useQuery({ ...trpc.account.me.queryOptions(), staleTime: 5 * 60_000 });
  const list = useQuery({ ...trpc.qualityAssessment.list.queryOptions({ limit: 200 }), enabled: Boolean(me.data) });
  const byTerritory = new Map<string, Assessment[]>();
  for (const assessment of list.data?.items ?? []) byTerritory.set(assessment.territoryId, [...(byTerritory.get(assessment.territoryId) ?? []), assessment]);
  const columns = [...byTerritory.entries()]
    .map(([territoryId, assessments]) => {
      const sorted = assessments.sort((a, b) => b.assessedOn.localeCompare(a.assessedOn));
      const latest = sorted[0] as Assessment;
      return { territoryId, name: tree?.byId.get(territoryId)?.name ?? "", latest, previous: sorted[1], score: maturityScore(latest) };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "de"));
  const names = columns.map((c) => c.name).join(", ");

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      {me.isPending && <p role="status">{t("app.loading", { ns: "translation" })}</p>}
      {!me.isPending && !me.data && <Notice>{t("internal")}</Notice>}
      {list.isError && <Notice tone="error">{list.error.message}</Notice>}
      {list.data && columns.length === 0 && <p>{t("none")}</p>}
      {columns.length > 0 && (
        <>
          <TableFrame label={t("caption", { names })}>
            <table className="ui-table assessment-table">
              <caption className="visually-hidden">{t("caption", { names })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("item")}</th>
                  {columns.map((c) => (
                    <th key={c.territoryId} scope="col">
                      {c.name}
                      <span className="assessment-table__meta">{t("assessed", { date: formatDate(c.latest.assessedOn, i18n.language), by: c.latest.assessedBy })}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr className="is-maturity">
                  <th scope="row">{t("maturity")}</th>
                  {columns.map((c) => (
                    <td key={c.territoryId}>
                      <strong>{t("score", { level: label(maturityLevelLabels, c.score.level), score: c.score.score })}</strong>
                      <span className="meter" aria-hidden="true"><span style={{ width: `${c.score.score}%` }} /></span>
                    </td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">{t("prerequisitesScore")}</th>
                  {columns.map((c) => <td key={c.territoryId}>{t("percent", { value: c.score.prerequisitesScore })}</td>)}
                </tr>
                <tr>
                  <th scope="row">{t("stationsScore")}</th>
                  {columns.map((c) => <td key={c.territoryId}>{t("percent", { value: c.score.stationsScore })}</td>)}
                </tr>
                {columns.some((c) => c.previous) && (
                  <tr>
                    <th scope="row">{t("changeHeading")}</th>
                    {columns.map((c) => {
                      if (!c.previous) return <td key={c.territoryId}>–</td>;
                      const change = compareAssessments(c.previous, c.latest);
                      const item = (x: (typeof change.improved)[number]) => (x.kind === "station" ? label(qualityStationLabels, x.item) : x.item);
                      return (
                        <td key={c.territoryId}>
                          <span className="assessment-table__meta">{t("change", { date: formatDate(c.previous.assessedOn, i18n.language) })}</span>
                          {t("changeText", {
                            sign: change.scoreChange >= 0 ? "+" : "−",
                            points: Math.abs(change.scoreChange),
                            improved: change.improved.map(item).join(", ") || t("nothing"),
                            worsened: change.worsened.map(item).join(", ") || t("nothing"),
                          })}
                        </td>
                      );
                    })}
                  </tr>
                )}
              </tbody>
              <tbody>
                <tr className="is-group"><th scope="colgroup" colSpan={columns.length + 1}>{t("stationsGroup")}</th></tr>
                {QualityStationSchema.options.map((station, index) => (
                  <tr key={station}>
                    <th scope="row">{`${index + 1}. ${label(qualityStationLabels, station)}`}</th>
                    {columns.map((c) => <FulfilmentCell key={c.territoryId} item={c.latest.stations[station]} />)}
                  </tr>
                ))}
              </tbody>
              <tbody>
                <tr className="is-group"><th scope="colgroup" colSpan={columns.length + 1}>{t("prerequisitesGroup")}</th></tr>
                {PrerequisiteSchema.options.map((prerequisite) => (
                  <tr key={prerequisite}>
                    <th scope="row">{`${prerequisite}) ${label(prerequisiteLabels, prerequisite)}`}</th>
                    {columns.map((c) => <FulfilmentCell key={c.territoryId} item={c.latest.prerequisites[prerequisite]} />)}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
          <p className="method-note">{t("method")}</p>
        </>
      )}
    </>
  );
}
