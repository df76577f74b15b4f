import { decisionOutcomeLabels, goalLevelLabels, meetingStatusLabels, polarityLabels, progressStatusLabels } from "@praeventionskette/domain";
import { Notice } from "@praeventionskette/ui";
import { useQuery } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { ChoroplethMap } from "../components/ChoroplethMap.js";
import { CoverageMatrix, DuplicateList } from "../components/CoverageMatrix.js";
import { CsvButton } from "../components/CsvButton.js";
import { TerritorySelect } from "../components/TerritorySelect.js";
import { formatCount, formatDate, formatEuro, formatNumber, formatValue } from "../lib/format.js";
import { useLabels } from "../lib/labels.js";
import { useTerritoryTree } from "../lib/territories.js";
import { type RouterOutputs, useTRPC } from "../lib/trpc.js";
import { goalValue, latestValue } from "./GoalsPage.js";
import { TableFrame } from "../components/TableFrame.js";

type Bundle = RouterOutputs["report"]["committeeBundle"];
type KeyIndicator = Bundle["keyIndicators"][number];
type Boundaries = RouterOutputs["territory"]["boundaries"];

const FIRST_YEAR = 2015;

function KeyIndicatorSection({ table, shapes, index }: { table: KeyIndicator; shapes: Boundaries | undefined; index: number }) {
  const { t, i18n } = useTranslation();
  const { label, name } = useLabels();
  const show = (value: number) => formatValue(value, table.indicator.unit, i18n.language);
  const cells = new Map(table.children.map((c) => [c.territory.id, c]));
  const rows = [...table.children, table.territory, ...table.references];
  const headingId = `key-${index}`;
  const value = (c: KeyIndicator["territory"]) => (c.status === "shown" && c.value !== null ? show(c.value) : t(`status.${c.status}`));
  return (
    <section aria-labelledby={headingId} className="report-indicator">
      <h3 id={headingId}>{t("report.indicatorHeading", { code: table.indicator.code, name: name(table.indicator.name), period: table.period })}</h3>
      <p className="muted">
        {label(polarityLabels, table.indicator.desiredDirection)} · {t("indicator.source")}: {table.indicator.source}
        {table.asOf && <> · {t("indicator.asOf")}: {formatDate(table.asOf, i18n.language)}</>}
      </p>
      {shapes && shapes.features.length > 0 && (
        <ChoroplethMap
          title={t("indicator.mapTitle", { indicator: name(table.indicator.name), level: t("report.parts"), county: table.territory.territory.name, period: table.period })}
          areas={shapes.features.map((f) => ({ id: f.id, name: f.properties.name, geometry: f.geometry, status: cells.get(f.id)?.status ?? "noData", value: cells.get(f.id)?.value ?? null }))}
          formatValue={show}
          direction={label(polarityLabels, table.indicator.desiredDirection)}
          attribution={shapes.attribution}
        />
      )}
      <div className="table-head">
        <span />
        <CsvButton
          what={name(table.indicator.name)}
          fileName={`${table.indicator.code}-${table.period}.csv`}
          header={[t("table.territory"), t("table.value"), t("table.numerator"), t("table.denominator"), t("table.status")]}
          rows={rows.map((c) => [c.territory.name, c.status === "shown" ? c.value : null, c.numerator, c.denominator, t(`status.${c.status}`)])}
        />
      </div>
      <TableFrame label={name(table.indicator.name)}>
        <table className="ui-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t("table.territory")}</th>
              <th scope="col" className="ui-table__number">{t("table.value")}</th>
              <th scope="col" className="ui-table__number">{t("table.numerator")}</th>
              <th scope="col" className="ui-table__number">{t("table.denominator")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c, position) => (
              <tr key={c.territory.id} className={position >= table.children.length ? "is-reference" : undefined}>
                <th scope="row">{c.territory.name}</th>
                <td className="ui-table__number">{value(c)}</td>
                <td className="ui-table__number">{c.numerator !== null ? formatCount(c.numerator, i18n.language) : "–"}</td>
                <td className="ui-table__number">{c.denominator !== null ? formatCount(c.denominator, i18n.language) : "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </section>
  );
}

/**
 * Die Vorlage für den Jugendhilfeausschuss: Leitbild, goals with progress, key indicators with
 * maps, coverage, meetings and decisions, funding — for a territory and a year, printable to PDF
 * (each section on a new page, no navigation) and with every table as CSV.
 */
export function ReportPage() {
  const { t, i18n } = useTranslation();
  const { label, name } = useLabels();
  const trpc = useTRPC();
  const search = useSearch({ from: "/bericht" });
  const navigate = useNavigate({ from: "/bericht" });
  const { tree } = useTerritoryTree();
  const territoryId = search.gebiet ?? tree?.defaultTerritory?.id;
  const thisYear = new Date().getFullYear();
  const year = search.jahr && search.jahr >= FIRST_YEAR && search.jahr <= thisYear ? search.jahr : thisYear - 1;
  const bundle = useQuery({ ...trpc.report.committeeBundle.queryOptions({ territoryId: territoryId ?? "", year }), enabled: Boolean(territoryId) });
  const shapes = useQuery({ ...trpc.territory.boundaries.queryOptions({ parentId: territoryId ?? "", date: `${year}-12-31` }), enabled: Boolean(territoryId) });
  const data = bundle.data;
  const bodies = new Map((data?.governance.bodies ?? []).map((b) => [b.id, b.name]));
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);

  return (
    <article className="report">
      <header className="report__header">
        <h1>{data ? t("report.title", { name: data.territory.name, year: data.year }) : t("report.titlePlain")}</h1>
        <p className="muted">{t("report.lead")}</p>
      </header>
      {tree && territoryId && (
        <div className="controls no-print">
          <TerritorySelect tree={tree} value={territoryId} onChange={(id) => void navigate({ search: (previous) => ({ ...previous, gebiet: id }) })} />
          <label className="control">
            <span className="control__label">{t("report.year")}</span>
            <select value={year} onChange={(event) => void navigate({ search: (previous) => ({ ...previous, jahr: Number(event.target.value) }) })}>
              {years.map((y) => <option key={y} value={y}>{y}</option>)}
            </select>
          </label>
          <button type="button" className="action-button print-button" onClick={() => window.print()}>{t("report.print")}</button>
        </div>
      )}
      {bundle.isPending && <p role="status">{t("app.loading")}</p>}
      {bundle.isError && <Notice tone="error">{bundle.error.message}</Notice>}
      {data && (
        <>
          <nav aria-labelledby="toc-heading" className="report__toc">
            <h2 id="toc-heading">{t("report.contents")}</h2>
            <ol>
              {(["leitbild", "goals", "indicators", "coverage", "governance", "funding"] as const).map((part) => (
                <li key={part}><a href={`#report-${part}`}>{t(`report.sections.${part}`)}</a></li>
              ))}
            </ol>
          </nav>

          <section id="report-leitbild" aria-labelledby="report-leitbild-heading" className="report-section report-section--follows">
            <h2 id="report-leitbild-heading">{t("report.sections.leitbild")}</h2>
            {data.leitbild ? (
              <>
                <h3>{data.leitbild.title}</h3>
                {data.leitbild.adoption && <p className="muted">{t("report.adopted", { body: data.leitbild.adoption.body, date: formatDate(data.leitbild.adoption.date, i18n.language) })}</p>}
                <p>{data.leitbild.preamble}</p>
                <dl className="statements">
                  {data.leitbild.statements.map((s) => (
                    <div key={s.title}><dt>{s.title}</dt><dd>{s.text}</dd></div>
                  ))}
                </dl>
              </>
            ) : (
              <p>{t("report.noLeitbild")}</p>
            )}
          </section>

          <section id="report-goals" aria-labelledby="report-goals-heading" className="report-section">
            <h2 id="report-goals-heading">{t("report.sections.goals")}</h2>
            <p className="muted">{t("report.goalsLead", { year: data.year })}</p>
            <div className="table-head">
              <span />
              <CsvButton
                what={t("report.sections.goals")}
                fileName={`ziele-${data.year}.csv`}
                header={[t("goals.level"), t("goals.goal"), t("goals.indicator"), t("goals.unit"), t("goals.baseline"), t("goals.latest"), t("goals.target"), t("goals.status")]}
                rows={data.goals.map((g) => {
                  const latest = latestValue(g);
                  return [label(goalLevelLabels, g.level), g.title, g.indicator?.code ?? null, g.indicator?.unit ?? null, g.baseline?.value ?? null, latest?.value ?? null, g.target?.value ?? null, g.indicator ? label(progressStatusLabels, g.assessment.status) : t("goals.notMeasured")];
                })}
              />
            </div>
            <TableFrame label={t("report.sections.goals")}>
              <table className="ui-table" aria-labelledby="report-goals-heading">
                <thead>
                  <tr>
                    <th scope="col">{t("goals.goal")}</th>
                    <th scope="col">{t("goals.indicator")}</th>
                    <th scope="col" className="ui-table__number">{t("goals.baseline")}</th>
                    <th scope="col" className="ui-table__number">{t("goals.latest")}</th>
                    <th scope="col" className="ui-table__number">{t("goals.target")}</th>
                    <th scope="col">{t("goals.status")}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.goals.filter((g) => g.indicator).map((g) => {
                    const latest = latestValue(g);
                    return (
                      <tr key={g.goalId}>
                        <th scope="row">{g.title}</th>
                        <td>{g.indicator?.code}</td>
                        <td className="ui-table__number">{g.baseline ? `${goalValue(g, g.baseline.value, i18n.language)} (${g.baseline.date.slice(0, 4)})` : "–"}</td>
                        <td className="ui-table__number">{latest?.value != null ? `${goalValue(g, latest.value, i18n.language)} (${latest.period})` : "–"}</td>
                        <td className="ui-table__number">{g.target ? `${goalValue(g, g.target.value, i18n.language)} (${g.target.date.slice(0, 4)})` : "–"}</td>
                        <td>{label(progressStatusLabels, g.assessment.status)}<br /><span className="muted">{t(`goals.sentence.${g.assessment.status}`)}</span></td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableFrame>
          </section>

          <section id="report-indicators" aria-labelledby="report-indicators-heading" className="report-section">
            <h2 id="report-indicators-heading">{t("report.sections.indicators")}</h2>
            {data.keyIndicators.length === 0 && <p>{t("report.noIndicators")}</p>}
            {data.keyIndicators.map((table, index) => <KeyIndicatorSection key={table.indicator.id} table={table} shapes={shapes.data} index={index} />)}
            {data.keyIndicatorsWithoutData.length > 0 && <p>{t("report.withoutData", { names: data.keyIndicatorsWithoutData.map((i) => `${i.code} ${name(i.name)}`).join(", ") })}</p>}
            {data.withheldIndicators > 0 && <p className="muted">{t("report.withheld", { count: data.withheldIndicators })}</p>}
          </section>

          <section id="report-coverage" aria-labelledby="report-coverage-heading" className="report-section">
            <h2 id="report-coverage-heading">{t("report.sections.coverage")}</h2>
            <p>{t("coverage.summary", { covered: data.coverage.summary.covered, cells: data.coverage.summary.cells, ratio: formatNumber(data.coverage.summary.coverageRatio * 100, i18n.language, 0), gaps: data.coverage.summary.gaps, duplicates: data.coverage.duplicates.length })}</p>
            <p className="muted">{t("report.offersOn", { date: formatDate(data.offersPublishedOn, i18n.language) })}</p>
            <CoverageMatrix coverage={data.coverage} headingId="report-coverage-heading" fileName={`abdeckung-${data.year}.csv`} />
            <h3>{t("coverage.duplicatesHeading")}</h3>
            <DuplicateList coverage={data.coverage} />
          </section>

          <section id="report-governance" aria-labelledby="report-governance-heading" className="report-section">
            <h2 id="report-governance-heading">{t("report.sections.governance")}</h2>
            <h3 id="report-meetings-heading">{t("report.meetings")}</h3>
            {data.governance.meetings.length === 0 ? <p>{t("report.noMeetings", { year: data.year })}</p> : (
              <>
                <div className="table-head">
                  <span />
                  <CsvButton what={t("report.meetings")} fileName={`sitzungen-${data.year}.csv`} header={[t("report.date"), t("report.body"), t("report.meeting"), t("report.status")]}
                    rows={data.governance.meetings.map((m) => [m.date, bodies.get(m.bodyId) ?? "", m.title, label(meetingStatusLabels, m.status)])} />
                </div>
                <TableFrame label={t("report.meetings")}>
                  <table className="ui-table" aria-labelledby="report-meetings-heading">
                    <thead><tr><th scope="col">{t("report.date")}</th><th scope="col">{t("report.body")}</th><th scope="col">{t("report.meeting")}</th><th scope="col">{t("report.status")}</th></tr></thead>
                    <tbody>
                      {data.governance.meetings.map((m) => (
                        <tr key={m.id}><td>{formatDate(m.date, i18n.language)}</td><td>{bodies.get(m.bodyId) ?? ""}</td><th scope="row">{m.title}</th><td>{label(meetingStatusLabels, m.status)}</td></tr>
                      ))}
                    </tbody>
                  </table>
                </TableFrame>
              </>
            )}
            <h3 id="report-decisions-heading">{t("report.decisions")}</h3>
            {data.governance.decisions.length === 0 ? <p>{t("report.noDecisions", { year: data.year })}</p> : (
              <>
                <div className="table-head">
                  <span />
                  <CsvButton what={t("report.decisions")} fileName={`beschluesse-${data.year}.csv`} header={[t("report.date"), t("report.body"), t("report.paper"), t("report.decision"), t("report.outcome")]}
                    rows={data.governance.decisions.map((d) => [d.date, bodies.get(d.bodyId) ?? "", d.paperNumber, d.title, label(decisionOutcomeLabels, d.outcome)])} />
                </div>
                <TableFrame label={t("report.decisions")}>
                  <table className="ui-table" aria-labelledby="report-decisions-heading">
                    <thead><tr><th scope="col">{t("report.date")}</th><th scope="col">{t("report.body")}</th><th scope="col">{t("report.paper")}</th><th scope="col">{t("report.decision")}</th><th scope="col">{t("report.outcome")}</th></tr></thead>
                    <tbody>
                      {data.governance.decisions.map((d) => (
                        <tr key={d.id}><td>{formatDate(d.date, i18n.language)}</td><td>{bodies.get(d.bodyId) ?? ""}</td><td>{d.paperNumber ?? "–"}</td><th scope="row">{d.title}</th><td>{label(decisionOutcomeLabels, d.outcome)}</td></tr>
                      ))}
                    </tbody>
                  </table>
                </TableFrame>
              </>
            )}
          </section>

          <section id="report-funding" aria-labelledby="report-funding-heading" className="report-section report-section--follows">
            <h2 id="report-funding-heading">{t("report.sections.funding")}</h2>
            {!data.funding.visible ? <p>{data.funding.reason}</p> : data.funding.programmes.length === 0 ? <p>{t("report.noFunding", { year: data.year })}</p> : (
              <>
                <div className="table-head">
                  <span />
                  <CsvButton what={t("report.sections.funding")} fileName={`foerderung-${data.year}.csv`} header={[t("report.programme"), t("report.applied"), t("report.approved"), t("report.spent")]}
                    rows={data.funding.programmes.map((p) => [p.programme.name, p.applied.cents / 100, p.approved.cents / 100, p.spent.cents / 100])} />
                </div>
                <TableFrame label={t("report.sections.funding")}>
                  <table className="ui-table" aria-labelledby="report-funding-heading">
                    <thead><tr><th scope="col">{t("report.programme")}</th><th scope="col" className="ui-table__number">{t("report.applied")}</th><th scope="col" className="ui-table__number">{t("report.approved")}</th><th scope="col" className="ui-table__number">{t("report.spent")}</th></tr></thead>
                    <tbody>
                      {data.funding.programmes.map((p) => (
                        <tr key={p.programme.id}>
                          <th scope="row">{p.programme.name}</th>
                          <td className="ui-table__number">{formatEuro(p.applied.cents, i18n.language)}</td>
                          <td className="ui-table__number">{formatEuro(p.approved.cents, i18n.language)}</td>
                          <td className="ui-table__number">{formatEuro(p.spent.cents, i18n.language)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableFrame>
              </>
            )}
          </section>
        </>
      )}
    </article>
  );
}
