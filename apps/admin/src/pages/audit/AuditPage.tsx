import { Button, Notice, PageHeader, Select, TextField } from "@praeventionskette/ui";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { useState } from "react";
import { formatDateTime } from "../../lib/format.js";
import { TableScroll } from "../../layout/TableScroll.js";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.js";
import { auditChanges } from "./audit-changes.js";
import type { AuditSearch } from "./routes.js";
import "./audit.css";
import { useAreaTexts } from "../../lib/area-texts.js";
import { auditDe, auditEn } from "./texts.js";

type Entry = RouterOutputs["audit"]["list"]["items"][number];

const PAGE_SIZE = 50;
const ACTIONS = Object.keys(auditDe.actions);
const TABLES = Object.keys(auditDe.tables);
const isDate = (text: string | undefined) => !text || /^\d{4}-\d{2}-\d{2}$/.test(text);

/** `/protokoll?wer=…&was=…&art=…&datensatz=…&von=…&bis=…&seite=…`: the audit trail, newest first. */
export function AuditPage() {
  const { t, i18n } = useAreaTexts("audit", auditDe, auditEn);
  const trpc = useTRPC();
  const search = useSearch({ from: "/staff/protokoll" });
  const navigate = useNavigate({ from: "/protokoll" });
  const page = Math.max(1, search.seite ?? 1);
  const datesValid = isDate(search.von) && isDate(search.bis);
  const entries = useQuery({
    ...trpc.audit.list.queryOptions({
      userId: search.wer || undefined,
      action: search.was || undefined,
      table: search.art || undefined,
      recordId: search.datensatz || undefined,
      from: search.von || undefined,
      to: search.bis || undefined,
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    }),
    enabled: datesValid,
    placeholderData: keepPreviousData,
  });
  const accounts = useQuery(trpc.account.list.queryOptions());
  const pages = Math.max(1, Math.ceil((entries.data?.total ?? 0) / PAGE_SIZE));
  const label = (group: "actions" | "tables", key: string) => (key in auditDe[group] ? t(`audit.${group}.${key}`) : key);
  return (
    <>
      <PageHeader title={t("audit.title")} lead={t("audit.lead")} />
      <AuditFilters
        key={JSON.stringify(search)}
        search={search}
        people={(accounts.data ?? []).map((account) => ({ id: account.id, label: account.name }))}
        label={label}
        onApply={(next) => void navigate({ search: next })}
      />
      {!datesValid && <Notice tone="error">{t("audit.invalidDate")}</Notice>}
      {entries.isError && <Notice tone="error">{entries.error.message}</Notice>}
      {entries.isPending && datesValid && <p role="status">{t("app.loading")}</p>}
      {entries.data && (
        <>
          <p role="status" className="muted">{t("audit.count", { count: entries.data.total })}</p>
          {entries.data.items.length === 0 ? (
            <p>{t("audit.none")}</p>
          ) : (
            <TableScroll label={t("audit.title")}>
              <table className="ui-table audit-table">
                <caption className="visually-hidden">{t("audit.title")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("audit.columns.when")}</th>
                    <th scope="col">{t("audit.columns.who")}</th>
                    <th scope="col">{t("audit.columns.what")}</th>
                    <th scope="col">{t("audit.columns.record")}</th>
                    <th scope="col">{t("audit.columns.change")}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.data.items.map((entry) => (
                    <AuditRow key={entry.id} entry={entry} when={formatDateTime(entry.occurredAt, i18n.language)} label={label} />
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          {pages > 1 && (
            <nav className="pager" aria-label={t("audit.page", { page, pages })}>
              {page > 1 ? <Link to="/protokoll" search={{ ...search, seite: page - 1 }}>{t("audit.previous")}</Link> : <span />}
              <span className="muted">{t("audit.page", { page, pages })}</span>
              {page < pages ? <Link to="/protokoll" search={{ ...search, seite: page + 1 }}>{t("audit.next")}</Link> : <span />}
            </nav>
          )}
        </>
      )}
    </>
  );
}

function AuditRow({ entry, when, label }: { entry: Entry; when: string; label: (group: "actions" | "tables", key: string) => string }) {
  const { t } = useAreaTexts("audit", auditDe, auditEn);
  const changes = auditChanges(entry.before, entry.after);
  return (
    <tr>
      <td className="audit-when">{when}</td>
      <td>{entry.userName}</td>
      <td>{label("actions", entry.action)}</td>
      <td>
        <span className="audit-kind">{label("tables", entry.table)}</span>
        <Link to="/protokoll" search={{ datensatz: entry.recordId }} className="audit-record" aria-label={t("audit.onlyRecordLabel", { id: entry.recordId })}>
          <code>{entry.recordId}</code>
        </Link>
      </td>
      <td>
        {changes.length === 0 ? (
          <span className="muted">{t("audit.noDetails")}</span>
        ) : (
          <details>
            <summary>{t("audit.details")} ({changes.map((change) => change.field).join(", ")})</summary>
            <table className="audit-changes">
              <thead>
                <tr>
                  <th scope="col">{t("audit.field")}</th>
                  <th scope="col">{t("audit.before")}</th>
                  <th scope="col">{t("audit.after")}</th>
                </tr>
              </thead>
              <tbody>
                {changes.map((change) => (
                  <tr key={change.field}>
                    <th scope="row">{change.field}</th>
                    <td>{change.before}</td>
                    <td>{change.after}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        )}
      </td>
    </tr>
  );
}

/** The filter form: typed values apply on "Filtern", so each selection becomes one linkable address. */
function AuditFilters({
  search, people, label, onApply,
}: {
  search: AuditSearch;
  people: { id: string; label: string }[];
  label: (group: "actions" | "tables", key: string) => string;
  onApply: (search: AuditSearch) => void;
}) {
  const { t } = useAreaTexts("audit", auditDe, auditEn);
  const [values, setValues] = useState(search);
  const set = (change: Partial<AuditSearch>) => setValues({ ...values, ...change });
  const dateError = (text: string | undefined) => (isDate(text) ? null : t("audit.invalidDate"));
  return (
    <form
      className="filters audit-filters"
      role="search"
      aria-label={t("audit.filters")}
      onSubmit={(event) => {
        event.preventDefault();
        if (!isDate(values.von) || !isDate(values.bis)) return;
        const cleaned = Object.fromEntries(Object.entries({ ...values, seite: undefined }).filter(([, value]) => value !== undefined && value !== ""));
        onApply(cleaned as AuditSearch);
      }}
    >
      <Select label={t("audit.who")} options={[{ id: "", label: t("audit.anyone") }, ...people]} value={values.wer ?? ""} onChange={(wer) => set({ wer: wer || undefined })} />
      <Select
        label={t("audit.what")}
        options={[{ id: "", label: t("audit.anything") }, ...ACTIONS.map((action) => ({ id: action, label: label("actions", action) }))]}
        value={values.was ?? ""}
        onChange={(was) => set({ was: was || undefined })}
      />
      <Select
        label={t("audit.table")}
        options={[{ id: "", label: t("audit.anyTable") }, ...TABLES.map((table) => ({ id: table, label: label("tables", table) }))].sort((a, b) => (a.id === "" ? -1 : b.id === "" ? 1 : a.label.localeCompare(b.label, "de")))}
        value={values.art ?? ""}
        onChange={(art) => set({ art: art || undefined })}
      />
      <TextField label={t("audit.record")} value={values.datensatz ?? ""} onChange={(datensatz) => set({ datensatz: datensatz.trim() || undefined })} />
      <TextField label={t("audit.from")} type="date" value={values.von ?? ""} onChange={(von) => set({ von: von || undefined })} errorMessage={dateError(values.von)} />
      <TextField label={t("audit.to")} type="date" value={values.bis ?? ""} onChange={(bis) => set({ bis: bis || undefined })} errorMessage={dateError(values.bis)} />
      <div className="audit-filters__actions">
        <Button type="submit" variant="primary">{t("audit.apply")}</Button>
        {Object.values(search).some((value) => value !== undefined) && <Link to="/protokoll">{t("audit.reset")}</Link>}
      </div>
    </form>
  );
}
