import { bodyKindLabels, decisionOutcomeLabels } from "@praeventionskette/domain";
import { Notice, PageHeader } from "@praeventionskette/ui";
import { useQueries, useQuery } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { CsvButton } from "../components/CsvButton.js";
import { TableFrame } from "../components/TableFrame.js";
import { TerritorySelect } from "../components/TerritorySelect.js";
import { usePageTexts } from "../i18n/page-texts.js";
import { governanceTexts } from "../i18n/pages/governance.js";
import { formatDate, formatEuro } from "../lib/format.js";
import { fundingByYear } from "../lib/funding-years.js";
import { useLabels } from "../lib/labels.js";
import { useTerritoryTree } from "../lib/territories.js";
import { useTRPC } from "../lib/trpc.js";

const ALL = { limit: 200 } as const;

/** Funding per programme and year; staff of the territory only, which the page says plainly. */
function FundingSection({ territoryId, territoryName, signedIn }: { territoryId: string; territoryName: string; signedIn: boolean }) {
  const { t } = usePageTexts("governance", governanceTexts);
  const { i18n } = useTranslation();
  const trpc = useTRPC();
  const applications = useQuery({ ...trpc.fundingApplication.list.queryOptions({ ...ALL, territoryId }), enabled: signedIn });
  const programmes = useQuery({ ...trpc.fundingProgramme.list.queryOptions(ALL), enabled: signedIn });
  if (!signedIn) return <Notice>{t("fundingInternal")}</Notice>;
  if (applications.isPending || programmes.isPending) return <p role="status">{t("app.loading", { ns: "translation" })}</p>;
  if (applications.isError) return <Notice tone="error">{applications.error.message}</Notice>;
  const rows = fundingByYear(applications.data.items);
  if (rows.length === 0) return <p>{t("noFunding")}</p>;
  const programmeName = (id: string) => programmes.data?.items.find((p) => p.id === id)?.name ?? id;
  const euro = (cents: number) => formatEuro(cents, i18n.language);
  const byProgramme = [...new Set(rows.map((r) => r.programmeId))].map((id) => ({ id, name: programmeName(id), years: rows.filter((r) => r.programmeId === id) }));
  return (
    <>
      <div className="table-head">
        <span />
        <CsvButton
          what={t("fundingHeading")}
          fileName="foerderung-je-jahr.csv"
          header={[t("programme"), t("year"), t("applied"), t("approved"), t("spent")]}
          rows={rows.map((r) => [programmeName(r.programmeId), r.year, r.applied / 100, r.approved / 100, r.spent / 100])}
        />
      </div>
      <TableFrame label={t("fundingCaption", { name: territoryName })}>
        <table className="ui-table">
          <caption className="visually-hidden">{t("fundingCaption", { name: territoryName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("year")}</th>
              <th scope="col" className="ui-table__number">{t("applied")}</th>
              <th scope="col" className="ui-table__number">{t("approved")}</th>
              <th scope="col" className="ui-table__number">{t("spent")}</th>
            </tr>
          </thead>
          {byProgramme.map((programme) => (
            <tbody key={programme.id}>
              <tr className="is-group">
                <th scope="colgroup" colSpan={4}>{programme.name}</th>
              </tr>
              {programme.years.map((row) => (
                <tr key={row.year}>
                  <th scope="row">{row.year}</th>
                  <td className="ui-table__number">{euro(row.applied)}</td>
                  <td className="ui-table__number">{euro(row.approved)}</td>
                  <td className="ui-table__number">{euro(row.spent)}</td>
                </tr>
              ))}
              <tr className="is-reference">
                <th scope="row">{t("total", { programme: programme.name })}</th>
                {(["applied", "approved", "spent"] as const).map((kind) => (
                  <td key={kind} className="ui-table__number">{euro(programme.years.reduce((sum, r) => sum + r[kind], 0))}</td>
                ))}
              </tr>
            </tbody>
          ))}
        </table>
      </TableFrame>
      <p className="muted">{t("fundingNote")}</p>
    </>
  );
}

/**
 * Gremien und Förderung: the meetings and decisions of a territory's bodies over the years
 * (public, as in the council information system), and its funding per programme and year
 * (internal: staff of the territory).
 */
export function GovernancePage() {
  const { t } = usePageTexts("governance", governanceTexts);
  const { i18n } = useTranslation();
  const { label } = useLabels();
  const trpc = useTRPC();
  const search = useSearch({ from: "/gremien" });
  const navigate = useNavigate({ from: "/gremien" });
  const { tree } = useTerritoryTree();
  const territoryId = search.gebiet ?? tree?.defaultTerritory?.id;
  const territory = territoryId ? tree?.byId.get(territoryId) : undefined;
  const me = useQuery({ ...trpc.account.me.queryOptions(), staleTime: 5 * 60_000 });
  const bodies = useQuery({ ...trpc.body.list.queryOptions({ ...ALL, territoryId: territoryId ?? "" }), enabled: Boolean(territoryId) });
  const bodyItems = bodies.data?.items ?? [];
  const meetings = useQueries({ queries: bodyItems.map((body) => trpc.meeting.list.queryOptions({ ...ALL, bodyId: body.id })) });
  const decisions = useQueries({ queries: bodyItems.map((body) => trpc.decision.list.queryOptions({ ...ALL, bodyId: body.id })) });
  const allMeetings = meetings.flatMap((q) => q.data?.items ?? []);
  const allDecisions = decisions.flatMap((q) => q.data?.items ?? []).sort((a, b) => b.date.localeCompare(a.date));
  const years = [...new Set([...allMeetings, ...allDecisions].map((x) => Number(x.date.slice(0, 4))))].sort((a, b) => a - b);
  const perYear = years.map((year) => ({
    year,
    meetings: allMeetings.filter((m) => m.date.startsWith(`${year}-`) && m.status !== "cancelled").length,
    decisions: allDecisions.filter((d) => d.date.startsWith(`${year}-`)).length,
  }));
  const most = Math.max(1, ...perYear.flatMap((r) => [r.meetings, r.decisions]));
  const bodyName = (id: string) => bodyItems.find((b) => b.id === id)?.name ?? "";
  const loading = bodies.isPending || meetings.some((q) => q.isPending) || decisions.some((q) => q.isPending);

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      {tree && territoryId && (
        <div className="controls no-print">
          <TerritorySelect tree={tree} value={territoryId} onChange={(id) => void navigate({ search: { gebiet: id } })} label={t("territory")} />
        </div>
      )}
      {bodies.isError && <Notice tone="error">{bodies.error.message}</Notice>}
      {loading && territoryId && <p role="status">{t("app.loading", { ns: "translation" })}</p>}
      {territory && bodies.data && (
        <>
          <section aria-labelledby="over-time-heading">
            <h2 id="over-time-heading">{t("overTimeHeading")}</h2>
            {bodyItems.length === 0 ? (
              <p>{t("noBodies")}</p>
            ) : (
              <TableFrame label={t("overTimeCaption", { name: territory.name })}>
                <table className="ui-table">
                  <caption className="visually-hidden">{t("overTimeCaption", { name: territory.name })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("year")}</th>
                      <th scope="col">{t("meetings")}</th>
                      <th scope="col">{t("decisions")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {perYear.map((row) => (
                      <tr key={row.year}>
                        <th scope="row">{row.year}</th>
                        {([row.meetings, row.decisions] as const).map((count, index) => (
                          <td key={index === 0 ? "meetings" : "decisions"} className="bar-column">
                            <span className="bar-cell bar-cell--start">
                              <span>{count}</span>
                              <span className="bar-track" aria-hidden="true"><span className={index === 1 ? "bar bar--second" : "bar"} style={{ width: `${(count / most) * 100}%` }} /></span>
                            </span>
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableFrame>
            )}
          </section>
          {bodyItems.length > 0 && (
            <section aria-labelledby="bodies-heading" className="section">
              <h2 id="bodies-heading">{t("bodiesHeading")}</h2>
              <ul className="body-list">
                {bodyItems.map((body, index) => (
                  <li key={body.id}>
                    <strong>{body.name}</strong> <span className="muted">({label(bodyKindLabels, body.kind)}) · {t("meetingsCount", { count: meetings[index]?.data?.items.length ?? 0 })}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="decisions-heading" className="section">
            <h2 id="decisions-heading">{t("decisionsHeading")}</h2>
            {allDecisions.length === 0 ? (
              <p>{t("noDecisions")}</p>
            ) : (
              <TableFrame label={t("decisionsHeading")}>
                <table className="ui-table" aria-labelledby="decisions-heading">
                  <thead>
                    <tr>
                      <th scope="col">{t("date")}</th>
                      <th scope="col">{t("body")}</th>
                      <th scope="col">{t("paper")}</th>
                      <th scope="col">{t("decision")}</th>
                      <th scope="col">{t("outcome")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {allDecisions.map((d) => (
                      <tr key={d.id}>
                        <td>{formatDate(d.date, i18n.language)}</td>
                        <td>{bodyName(d.bodyId)}</td>
                        <td className="nowrap">{d.paperNumber ?? "–"}</td>
                        <td>{d.title}</td>
                        <td>{label(decisionOutcomeLabels, d.outcome)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableFrame>
            )}
          </section>
          <section aria-labelledby="funding-heading" className="section">
            <h2 id="funding-heading">{t("fundingHeading")}</h2>
            {me.isPending ? <p role="status">{t("app.loading", { ns: "translation" })}</p> : <FundingSection territoryId={territory.id} territoryName={territory.name} signedIn={Boolean(me.data)} />}
          </section>
        </>
      )}
    </>
  );
}
