import { decisionOutcomeLabels, meetingStatusLabels } from "@praeventionskette/domain";
import { DataTable } from "@praeventionskette/ui";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import type { ColumnDef } from "@tanstack/react-table";
import { useMemo } from "react";
import { formatDate } from "../../lib/format.js";
import { useLabels } from "../../lib/labels.js";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.js";
import { useAreaTexts } from "../../lib/area-texts.js";
import { bodiesDe, bodiesEn } from "./texts.js";

type Meeting = RouterOutputs["meeting"]["list"]["items"][number];
type Decision = RouterOutputs["decision"]["list"]["items"][number];

/** A body's meetings and decisions, newest first, with the way to record new ones. */
export function BodyMeetingsAndDecisions({ bodyId, canEdit }: { bodyId: string; canEdit: boolean }) {
  const { t, i18n } = useAreaTexts("bodies", bodiesDe, bodiesEn);
  const { label } = useLabels();
  const trpc = useTRPC();
  const meetings = useQuery(trpc.meeting.list.queryOptions({ bodyId, limit: 200 }));
  const decisions = useQuery(trpc.decision.list.queryOptions({ bodyId, limit: 200 }));
  const newestFirst = <T extends { date: string }>(items: readonly T[]) => [...items].sort((a, b) => b.date.localeCompare(a.date));

  const meetingColumns = useMemo<ColumnDef<Meeting, unknown>[]>(
    () => [
      { id: "date", header: t("bodies.meetings.date"), accessorFn: (meeting) => meeting.date, cell: ({ row }) => formatDate(row.original.date, i18n.language) },
      { id: "title", header: t("bodies.meetings.title"), accessorFn: (meeting) => meeting.title, cell: ({ row }) => <Link to="/gremien/$bodyId/sitzungen/$meetingId" params={{ bodyId, meetingId: row.original.id }}>{row.original.title}</Link> },
      { id: "status", header: t("bodies.meetings.status"), accessorFn: (meeting) => label(meetingStatusLabels, meeting.status) },
    ],
    [t, i18n.language, label, bodyId],
  );
  const decisionColumns = useMemo<ColumnDef<Decision, unknown>[]>(
    () => [
      { id: "date", header: t("bodies.decisions.date"), accessorFn: (decision) => decision.date, cell: ({ row }) => formatDate(row.original.date, i18n.language) },
      { id: "title", header: t("bodies.decisions.title"), accessorFn: (decision) => decision.title, cell: ({ row }) => <Link to="/gremien/$bodyId/beschluesse/$decisionId" params={{ bodyId, decisionId: row.original.id }}>{row.original.title}</Link> },
      { id: "paper", header: t("bodies.decisions.paper"), accessorFn: (decision) => decision.paperNumber ?? "–" },
      { id: "outcome", header: t("bodies.decisions.outcome"), accessorFn: (decision) => label(decisionOutcomeLabels, decision.outcome) },
      { id: "subjects", header: t("bodies.decisions.subjects"), meta: { numeric: true }, accessorFn: (decision) => decision.subjects.length },
    ],
    [t, i18n.language, label, bodyId],
  );

  return (
    <>
      <section className="section" aria-labelledby="meetings-heading">
        <div className="section__header">
          <h2 id="meetings-heading">{t("bodies.meetings.heading")}</h2>
          {canEdit && <Link className="ui-button" to="/gremien/$bodyId/sitzungen/neu" params={{ bodyId }}>{t("bodies.meetings.new")}</Link>}
        </div>
        <DataTable caption={t("bodies.meetings.heading")} columns={meetingColumns} rows={newestFirst(meetings.data?.items ?? [])} getRowId={(meeting) => meeting.id} emptyMessage={meetings.isPending ? t("app.loading") : t("bodies.meetings.empty")} />
      </section>
      <section className="section" aria-labelledby="decisions-heading">
        <div className="section__header">
          <h2 id="decisions-heading">{t("bodies.decisions.heading")}</h2>
          {canEdit && <Link className="ui-button" to="/gremien/$bodyId/beschluesse/neu" params={{ bodyId }}>{t("bodies.decisions.new")}</Link>}
        </div>
        <DataTable caption={t("bodies.decisions.heading")} columns={decisionColumns} rows={newestFirst(decisions.data?.items ?? [])} getRowId={(decision) => decision.id} emptyMessage={decisions.isPending ? t("app.loading") : t("bodies.decisions.empty")} />
      </section>
    </>
  );
}
