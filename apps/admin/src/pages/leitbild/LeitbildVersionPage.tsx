import { type LeitbildVersionInput, LeitbildVersionInputSchema } from "@praeventionskette/domain";
import { Button, fieldErrorsFromApi, isConflict, Notice, PageHeader, showToast, TextField } from "@praeventionskette/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useParams } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ConflictDialog, type FieldDifference } from "../../components/ConflictDialog.js";
import { UnsavedChangesGuard } from "../../components/UnsavedChangesGuard.js";
import { formatDate } from "../../lib/format.js";
import { useTRPC } from "../../lib/trpc.js";
import { AdoptDialog } from "./AdoptDialog.js";
import { type StoredLeitbildVersion, useLeitbildVersions, useStatusLabel, versionInForce } from "./leitbild-data.js";
import "./leitbild.css";

/** `/leitbild/:versionId`: a draft to edit and adopt, or an adopted or superseded version to read. */
export function LeitbildVersionPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { versionId } = useParams({ from: "/staff/leitbild/$versionId" });
  const version = useQuery(trpc.leitbild.get.queryOptions({ id: versionId }));
  if (version.isPending) return <p role="status">{t("app.loading")}</p>;
  if (version.isError) return <Notice tone="error">{version.error.data?.code === "NOT_FOUND" ? t("leitbild.notFound") : version.error.message}</Notice>;
  if (version.data.status === "draft") return <DraftEditor key={version.data.id} stored={version.data} />;
  return <ReadOnlyVersion version={version.data} />;
}

/** Links and facts beside a version: its status, the version in force, the comparison with it. */
function VersionHeader({ version, title }: { version: StoredLeitbildVersion; title: string }) {
  const { t } = useTranslation();
  const statusLabel = useStatusLabel();
  const versions = useLeitbildVersions(version.territoryId);
  const inForce = versionInForce(versions.data ?? [], version.territoryId);
  return (
    <>
      <p className="leitbild-back">
        <Link to="/leitbild">{t("leitbild.backToList")}</Link>
      </p>
      <PageHeader
        title={title}
        lead={version.title}
        actions={
          <div className="leitbild-header-badges">
            <span className={`badge leitbild-status leitbild-status--${version.status}`}>{statusLabel(version.status)}</span>
            {version.status === "adopted" && <span className="badge leitbild-in-force">{t("leitbild.inForce")}</span>}
          </div>
        }
      />
      {inForce && inForce.id !== version.id && (
        <p>
          <Link to="/leitbild/vergleich" search={inForce.versionNumber < version.versionNumber ? { a: inForce.id, b: version.id } : { a: version.id, b: inForce.id }}>
            {t("leitbild.compareWithInForce")}
          </Link>
          {version.status === "superseded" && <span className="muted"> · {t("leitbild.supersededBy", { number: inForce.versionNumber })}</span>}
        </p>
      )}
    </>
  );
}

function ReadOnlyVersion({ version }: { version: StoredLeitbildVersion }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <VersionHeader version={version} title={t("leitbild.viewTitle", { number: version.versionNumber })} />
      <Notice tone={version.status === "adopted" ? "success" : "info"}>
        <p>{version.status === "adopted" ? t("leitbild.readOnlyAdopted") : t("leitbild.readOnlySuperseded")}</p>
        {version.adoption && (
          <p>
            {t("leitbild.adoption", { body: version.adoption.body, date: formatDate(version.adoption.date, i18n.language), paperNumber: version.adoption.paperNumber })}
          </p>
        )}
      </Notice>
      <article className="leitbild-document">
        <h2>{version.title}</h2>
        {version.preamble ? <p className="leitbild-document__preamble">{version.preamble}</p> : <p className="muted">{t("leitbild.noPreamble")}</p>}
        <h3>{t("leitbild.statements")}</h3>
        <ol className="leitbild-document__statements">
          {version.statements.map((statement, index) => (
            <li key={index}>
              <h4>{statement.title}</h4>
              {statement.text && <p>{statement.text}</p>}
            </li>
          ))}
        </ol>
      </article>
    </>
  );
}

/** A statement while it is edited; the key keeps focus and fields with it when it moves. */
interface EditedStatement {
  key: number;
  title: string;
  text: string;
}

interface DraftValues {
  title: string;
  preamble: string;
  statements: EditedStatement[];
}

let nextStatementKey = 1;

function valuesOf(version: StoredLeitbildVersion): DraftValues {
  return { title: version.title, preamble: version.preamble, statements: version.statements.map((statement) => ({ key: nextStatementKey++, ...statement })) };
}

function contentOf(values: DraftValues) {
  return { title: values.title, preamble: values.preamble, statements: values.statements.map(({ title, text }) => ({ title, text })) };
}

const sameContent = (a: DraftValues, b: DraftValues) => JSON.stringify(contentOf(a)) === JSON.stringify(contentOf(b));

function DraftEditor({ stored }: { stored: StoredLeitbildVersion }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [record, setRecord] = useState(stored);
  const [saved, setSaved] = useState(() => valuesOf(stored));
  const [values, setValues] = useState(saved);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<StoredLeitbildVersion | null>(null);
  const [announcement, setAnnouncement] = useState("");
  // After a move, removal or addition the focus follows the statement (a CSS selector, applied after rendering).
  const focusTarget = useRef<string | null>(null);
  const [adopting, setAdopting] = useState(false);
  const update = useMutation(trpc.leitbild.update.mutationOptions());
  const isDirty = !sameContent(values, saved);

  useEffect(() => {
    if (!focusTarget.current) return;
    document.querySelector<HTMLElement>(focusTarget.current)?.focus();
    focusTarget.current = null;
  });

  const inputOf = (current: DraftValues): LeitbildVersionInput => ({
    territoryId: record.territoryId,
    versionNumber: record.versionNumber,
    ...contentOf(current),
    status: "draft",
    adoption: null,
  });

  const save = async () => {
    const parsed = LeitbildVersionInputSchema.safeParse(inputOf(values));
    if (!parsed.success) {
      const byPath: Record<string, string> = {};
      for (const issue of parsed.error.issues) byPath[issue.path.join(".")] ??= issue.message;
      setErrors(byPath);
      return;
    }
    setErrors({});
    try {
      const result = await update.mutateAsync({ id: record.id, expectedVersion: record.version, data: parsed.data });
      const next = valuesOf(result);
      setRecord(result);
      setSaved(next);
      setValues(next);
      queryClient.setQueryData(trpc.leitbild.get.queryKey({ id: result.id }), result);
      await queryClient.invalidateQueries({ queryKey: trpc.leitbild.list.queryKey() });
      showToast({ tone: "success", title: t("leitbild.saved"), description: t("leitbild.version", { number: result.versionNumber }) });
    } catch (error) {
      if (isConflict(error)) {
        setConflict(await queryClient.fetchQuery({ ...trpc.leitbild.get.queryOptions({ id: record.id }), staleTime: 0 }));
        return;
      }
      setErrors(fieldErrorsFromApi(error, "data"));
    }
  };

  const setStatement = (key: number, change: Partial<EditedStatement>) =>
    setValues((current) => ({ ...current, statements: current.statements.map((statement) => (statement.key === key ? { ...statement, ...change } : statement)) }));

  const move = (index: number, by: -1 | 1) => {
    const statements = [...values.statements];
    const [moved] = statements.splice(index, 1);
    if (!moved) return;
    const target = index + by;
    statements.splice(target, 0, moved);
    setValues({ ...values, statements });
    // Errors are kept by position, which the move changed; the next save reports them anew.
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([path]) => !path.startsWith("statements."))));
    setAnnouncement(t("leitbild.moved", { title: moved.title || "…", number: target + 1 }));
    const canGoOn = by === -1 ? target > 0 : target < statements.length - 1;
    focusTarget.current = `#statement-${moved.key}-${(by === -1) === canGoOn ? "up" : "down"}`;
  };

  const remove = (index: number) => {
    const statements = values.statements.filter((_, position) => position !== index);
    setValues({ ...values, statements });
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([path]) => !path.startsWith("statements."))));
    setAnnouncement(t("leitbild.removed", { number: index + 1 }));
    const neighbour = statements[index] ?? statements[index - 1];
    focusTarget.current = neighbour ? `#statement-${neighbour.key}-remove` : "#leitbild-add-statement";
  };

  const add = () => {
    const key = nextStatementKey++;
    setValues({ ...values, statements: [...values.statements, { key, title: "", text: "" }] });
    focusTarget.current = `[data-statement="${key}"] input`;
  };

  const differences = (theirs: StoredLeitbildVersion): FieldDifference[] => {
    const mine = contentOf(values);
    const rows: FieldDifference[] = [];
    if (mine.title !== theirs.title) rows.push({ label: t("leitbild.documentTitle"), mine: mine.title, theirs: theirs.title });
    if (mine.preamble !== theirs.preamble) rows.push({ label: t("leitbild.preamble"), mine: mine.preamble, theirs: theirs.preamble });
    const count = Math.max(mine.statements.length, theirs.statements.length);
    for (let index = 0; index < count; index++) {
      const a = mine.statements[index];
      const b = theirs.statements[index];
      if (a?.title === b?.title && a?.text === b?.text) continue;
      rows.push({ label: t("leitbild.statement", { number: index + 1 }), mine: a ? `${a.title}: ${a.text}` : "–", theirs: b ? `${b.title}: ${b.text}` : "–" });
    }
    return rows;
  };

  const generalError = errors[""] ?? errors.territoryId ?? errors.versionNumber ?? errors.status ?? errors.adoption;
  const statementsError = errors.statements;

  return (
    <>
      <VersionHeader version={record} title={t("leitbild.editTitle", { number: record.versionNumber })} />
      {Object.keys(errors).length > 0 && <Notice tone="error">{generalError ?? t("leitbild.invalid")}</Notice>}
      <form
        className="edit-form leitbild-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <TextField label={t("leitbild.documentTitle")} isRequired value={values.title} onChange={(title) => setValues({ ...values, title })} errorMessage={errors.title ?? null} />
        <TextField label={t("leitbild.preamble")} multiline value={values.preamble} onChange={(preamble) => setValues({ ...values, preamble })} errorMessage={errors.preamble ?? null} />
        <fieldset aria-describedby={statementsError ? "leitbild-statements-error" : undefined}>
          <legend>{t("leitbild.statements")}</legend>
          {statementsError && <p id="leitbild-statements-error" className="ui-field__error">{statementsError}</p>}
          <ol className="leitbild-statements">
            {values.statements.map((statement, index) => {
              const number = index + 1;
              return (
                <li key={statement.key} data-statement={statement.key}>
                  <fieldset className="leitbild-statement">
                  <legend>{t("leitbild.statement", { number })}</legend>
                  <TextField
                    label={t("leitbild.statementTitle")}
                    isRequired
                    value={statement.title}
                    onChange={(title) => setStatement(statement.key, { title })}
                    errorMessage={errors[`statements.${index}.title`] ?? null}
                  />
                  <TextField
                    label={t("leitbild.statementText")}
                    multiline
                    value={statement.text}
                    onChange={(text) => setStatement(statement.key, { text })}
                    errorMessage={errors[`statements.${index}.text`] ?? null}
                  />
                  <div className="leitbild-statement__actions">
                    <Button id={`statement-${statement.key}-up`} aria-label={t("leitbild.moveUpLabel", { number })} isDisabled={index === 0} onPress={() => move(index, -1)}>
                      <span aria-hidden="true">↑ </span>{t("leitbild.moveUp")}
                    </Button>
                    <Button id={`statement-${statement.key}-down`} aria-label={t("leitbild.moveDownLabel", { number })} isDisabled={index === values.statements.length - 1} onPress={() => move(index, 1)}>
                      <span aria-hidden="true">↓ </span>{t("leitbild.moveDown")}
                    </Button>
                    <Button id={`statement-${statement.key}-remove`} variant="danger" aria-label={t("leitbild.removeLabel", { number })} onPress={() => remove(index)}>
                      {t("leitbild.remove")}
                    </Button>
                  </div>
                  </fieldset>
                </li>
              );
            })}
          </ol>
          <Button id="leitbild-add-statement" onPress={add}>{t("leitbild.addStatement")}</Button>
        </fieldset>
        <p className="visually-hidden" role="status">{announcement}</p>
        <div className="form-actions">
          <Button type="submit" variant="primary" isDisabled={update.isPending}>{update.isPending ? t("leitbild.saving") : t("leitbild.save")}</Button>
          <Button onPress={() => setAdopting(true)} isDisabled={isDirty || update.isPending} aria-describedby={isDirty ? "leitbild-adopt-hint" : undefined}>{t("leitbild.adopt")}</Button>
          {isDirty && <p id="leitbild-adopt-hint" className="muted leitbild-hint">{t("leitbild.adoptSaveFirst")}</p>}
        </div>
      </form>
      <UnsavedChangesGuard when={isDirty && !update.isPending} />
      {adopting && <AdoptDialog version={record} onClose={() => setAdopting(false)} />}
      {conflict && (
        <ConflictDialog
          isOpen
          texts="leitbild"
          changedBy={conflict.updatedBy}
          changedAt={conflict.updatedAt}
          differences={differences(conflict)}
          onReload={() => {
            const next = valuesOf(conflict);
            setRecord(conflict);
            setSaved(next);
            setValues(next);
            setConflict(null);
            // Adopted meanwhile: the page shows it read-only from the fresh record.
            queryClient.setQueryData(trpc.leitbild.get.queryKey({ id: conflict.id }), conflict);
          }}
          onKeep={() => {
            // The next save knowingly replaces the other version.
            setRecord(conflict);
            setConflict(null);
          }}
        />
      )}
    </>
  );
}
