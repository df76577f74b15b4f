import { Notice, PageHeader, Select } from "@praeventionskette/ui";
import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../lib/trpc.js";
import { type ChangeKind, compareStatements, countChanges, diffWords } from "./leitbild-diff.js";
import { type StoredLeitbildVersion, useLeitbildVersions, useStatusLabel } from "./leitbild-data.js";
import "./leitbild.css";

/** `/leitbild/vergleich?a=…&b=…`: two versions side by side, the differences marked and named. */
export function LeitbildComparePage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const statusLabel = useStatusLabel();
  const search = useSearch({ from: "/staff/leitbild/vergleich" });
  const a = useQuery({ ...trpc.leitbild.get.queryOptions({ id: search.a ?? "" }), enabled: Boolean(search.a) });
  const b = useQuery({ ...trpc.leitbild.get.queryOptions({ id: search.b ?? "" }), enabled: Boolean(search.b) });
  const territoryId = a.data?.territoryId ?? b.data?.territoryId;
  const versions = useLeitbildVersions(territoryId);
  const options = (versions.data ?? []).filter((version) => version.territoryId === territoryId).map((version) => ({ id: version.id, label: t("leitbild.versionOption", { number: version.versionNumber, status: statusLabel(version.status) }) }));
  const choose = (side: "a" | "b", id: string | null) => void navigate({ to: "/leitbild/vergleich", search: { ...search, [side]: id ?? undefined } });
  const failed = a.error ?? b.error;

  return (
    <>
      <p className="leitbild-back">
        <Link to="/leitbild">{t("leitbild.backToList")}</Link>
      </p>
      <PageHeader title={t("leitbild.compareTitle")} lead={t("leitbild.compareLead")} />
      {territoryId && (
        <div className="leitbild-compare-choice">
          <Select label={t("leitbild.compareA")} value={search.a ?? null} onChange={(id) => choose("a", id)} options={options} />
          <Select label={t("leitbild.compareB")} value={search.b ?? null} onChange={(id) => choose("b", id)} options={options} />
        </div>
      )}
      {failed ? (
        <Notice tone="error">{failed.data?.code === "NOT_FOUND" ? t("leitbild.notFound") : failed.message}</Notice>
      ) : !search.a || !search.b ? (
        <Notice>{t("leitbild.compareChoose")}</Notice>
      ) : a.data && b.data ? (
        <Comparison before={a.data} after={b.data} />
      ) : (
        <p role="status">{t("app.loading")}</p>
      )}
    </>
  );
}

/** Text of one side: the runs this side has, deletions or insertions marked and announced. */
function MarkedText({ before, after, side }: { before: string; after: string; side: "before" | "after" }) {
  const { t } = useTranslation();
  return (
    <>
      {diffWords(before, after).map((part, index) => {
        if (part.kind === "same") return <span key={index}>{part.text}</span>;
        if (part.kind === "removed" && side === "before")
          return (
            <del key={index}>
              <span className="visually-hidden">{t("leitbild.deletedMark")}</span>
              {part.text}
            </del>
          );
        if (part.kind === "added" && side === "after")
          return (
            <ins key={index}>
              <span className="visually-hidden">{t("leitbild.insertedMark")}</span>
              {part.text}
            </ins>
          );
        return null;
      })}
    </>
  );
}

/** Both sides of one compared piece: marked where it changed, wholly struck or inserted where only one side has it. */
function Row({ label, level = 3, kind, before, after, versionA, versionB }: { label: string; level?: 2 | 3; kind: ChangeKind; before: ReactNode; after: ReactNode; versionA: string; versionB: string }) {
  const { t } = useTranslation();
  return (
    <div className={`leitbild-diff-row leitbild-diff-row--${kind}`} role="group" aria-label={`${label}: ${t(`leitbild.kind.${kind}`)}`}>
      <div className="leitbild-diff-row__head">
        {level === 2 ? <h2>{label}</h2> : <h3>{label}</h3>}
        <span className={`badge leitbild-change leitbild-change--${kind}`}>{t(`leitbild.kind.${kind}`)}</span>
      </div>
      <div className="leitbild-diff-row__sides">
        <div className="leitbild-diff-side">
          <p className="leitbild-diff-side__label">{versionA}</p>
          {before ?? <p className="muted">{t("leitbild.notInVersion")}</p>}
        </div>
        <div className="leitbild-diff-side">
          <p className="leitbild-diff-side__label">{versionB}</p>
          {after ?? <p className="muted">{t("leitbild.notInVersion")}</p>}
        </div>
      </div>
    </div>
  );
}

function Comparison({ before, after }: { before: StoredLeitbildVersion; after: StoredLeitbildVersion }) {
  const { t } = useTranslation();
  const statusLabel = useStatusLabel();
  const rows = compareStatements(before.statements, after.statements);
  const counts = countChanges(rows);
  const versionA = `${t("leitbild.version", { number: before.versionNumber })} (${statusLabel(before.status)})`;
  const versionB = `${t("leitbild.version", { number: after.versionNumber })} (${statusLabel(after.status)})`;
  const kindOf = (x: string, y: string): ChangeKind => (x.trim() === y.trim() ? "unchanged" : "changed");
  const text = (x: string, y: string, side: "before" | "after", className?: string) => (
    <p className={className}>
      <MarkedText before={x} after={y} side={side} />
    </p>
  );

  return (
    <>
      {before.id === after.id && <Notice tone="warning">{t("leitbild.compareSame")}</Notice>}
      <div className="leitbild-compare-summary">
        <p>
          <strong>{t("leitbild.statements")}: </strong>
          {t("leitbild.summary", counts)}
        </p>
        <p className="muted">{t("leitbild.legend")}</p>
      </div>
      <div className="leitbild-diff">
        <Row label={t("leitbild.documentTitle")} level={2} kind={kindOf(before.title, after.title)} versionA={versionA} versionB={versionB} before={text(before.title, after.title, "before")} after={text(before.title, after.title, "after")} />
        <Row label={t("leitbild.preamble")} level={2} kind={kindOf(before.preamble, after.preamble)} versionA={versionA} versionB={versionB} before={text(before.preamble, after.preamble, "before")} after={text(before.preamble, after.preamble, "after")} />
        <h2 className="leitbild-diff__section">{t("leitbild.statements")}</h2>
        {rows.map((row, index) => {
          const a = row.before;
          const b = row.after;
          const label = (b ?? a)?.title ?? "";
          return (
            <Row
              key={index}
              label={label}
              kind={row.kind}
              versionA={versionA}
              versionB={versionB}
              before={
                a &&
                (b ? (
                  <>
                    {a.title.trim() !== b.title.trim() && text(a.title, b.title, "before", "leitbild-diff-statement-title")}
                    {text(a.text, b.text, "before")}
                  </>
                ) : (
                  <p>
                    <del className="leitbild-diff-whole">
                      <span className="visually-hidden">{t("leitbild.deletedMark")}</span>
                      <strong>{a.title}</strong>
                      <br />
                      {a.text}
                    </del>
                  </p>
                ))
              }
              after={
                b &&
                (a ? (
                  <>
                    {a.title.trim() !== b.title.trim() && text(a.title, b.title, "after", "leitbild-diff-statement-title")}
                    {text(a.text, b.text, "after")}
                  </>
                ) : (
                  <p>
                    <ins className="leitbild-diff-whole">
                      <span className="visually-hidden">{t("leitbild.insertedMark")}</span>
                      <strong>{b.title}</strong>
                      <br />
                      {b.text}
                    </ins>
                  </p>
                ))
              }
            />
          );
        })}
      </div>
    </>
  );
}
