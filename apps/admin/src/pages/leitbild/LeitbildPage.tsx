import { nextVersionNumber } from "@praeventionskette/domain";
import { Button, errorMessage, Notice, PageHeader, showToast } from "@praeventionskette/ui";
import { useMutation, useQueries, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { formatDate, formatDateTime } from "../../lib/format.js";
import { useTRPC } from "../../lib/trpc.js";
import { type StoredLeitbildVersion, useLeitbildVersions, useOwnTerritoryIds, useStatusLabel, versionInForce } from "./leitbild-data.js";
import "./leitbild.css";

/** `/leitbild`: the versions of the Leitbild per territory, the one in force marked, and a new draft. */
export function LeitbildPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const own = useOwnTerritoryIds();
  // One territory (the coordinator's county) is filtered on the server; otherwise every readable version.
  const versions = useLeitbildVersions(own.length === 1 ? own[0] : undefined);
  const territoryIds = own.length > 0 ? own : [...new Set((versions.data ?? []).map((version) => version.territoryId))];
  const territories = useQueries({ queries: territoryIds.map((id) => trpc.territory.get.queryOptions({ id })) });
  const nameOf = (id: string) => territories.find((query) => query.data?.id === id)?.data?.name ?? "…";

  return (
    <>
      <PageHeader title={t("leitbild.title")} lead={t("leitbild.lead")} />
      {versions.isPending && <p role="status">{t("app.loading")}</p>}
      {versions.isError && <Notice tone="error">{versions.error.message}</Notice>}
      {versions.data &&
        territoryIds.map((territoryId) => (
          <TerritoryVersions key={territoryId} territoryId={territoryId} territoryName={nameOf(territoryId)} versions={versions.data.filter((version) => version.territoryId === territoryId)} />
        ))}
    </>
  );
}

function TerritoryVersions({ territoryId, territoryName, versions }: { territoryId: string; territoryName: string; versions: StoredLeitbildVersion[] }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const statusLabel = useStatusLabel();
  const inForce = versionInForce(versions, territoryId);
  const create = useMutation(trpc.leitbild.create.mutationOptions());
  const headingId = `leitbild-territory-${territoryId}`;

  const createDraft = async () => {
    // The new draft starts from the version in force, or from the latest text if none is.
    const source = inForce ?? versions.at(-1) ?? null;
    try {
      const draft = await create.mutateAsync({
        territoryId,
        versionNumber: nextVersionNumber(versions),
        title: source?.title ?? t("leitbild.defaultTitle"),
        preamble: source?.preamble ?? "",
        statements: source ? source.statements.map((statement) => ({ ...statement })) : [{ title: t("leitbild.firstStatement"), text: "" }],
        status: "draft",
        adoption: null,
      });
      await queryClient.invalidateQueries({ queryKey: trpc.leitbild.list.queryKey() });
      showToast({ tone: "success", title: t("leitbild.created"), description: t("leitbild.version", { number: draft.versionNumber }) });
      await navigate({ to: "/leitbild/$versionId", params: { versionId: draft.id } });
    } catch (error) {
      showToast({ tone: "error", title: t("errors.failed"), description: errorMessage(error, t("errors.failed")) });
    }
  };

  return (
    <section className="leitbild-territory" aria-labelledby={headingId}>
      <div className="leitbild-territory__head">
        <div>
          <h2 id={headingId}>{territoryName}</h2>
          <p className="muted">{inForce?.adoption ? t("leitbild.inForceSince", { date: formatDate(inForce.adoption.date, i18n.language) }) : t("leitbild.noneInForce")}</p>
        </div>
        <div className="leitbild-territory__actions">
          <Button variant="primary" isDisabled={create.isPending} onPress={() => void createDraft()}>{create.isPending ? t("leitbild.creating") : t("leitbild.newDraft")}</Button>
          {inForce && <p className="muted leitbild-hint">{t("leitbild.newDraftHint")}</p>}
        </div>
      </div>
      {versions.length === 0 ? (
        <p>{t("leitbild.empty")}</p>
      ) : (
        <ol className="leitbild-versions" reversed aria-label={t("leitbild.versions")}>
          {[...versions].reverse().map((version) => {
            const isInForce = version.id === inForce?.id;
            return (
              <li key={version.id} className={isInForce ? "leitbild-version leitbild-version--in-force" : "leitbild-version"}>
                <div className="leitbild-version__head">
                  <h3>
                    <Link to="/leitbild/$versionId" params={{ versionId: version.id }}>{t("leitbild.version", { number: version.versionNumber })}</Link>
                  </h3>
                  <span className={`badge leitbild-status leitbild-status--${version.status}`}>{statusLabel(version.status)}</span>
                  {isInForce && <span className="badge leitbild-in-force">{t("leitbild.inForce")}</span>}
                </div>
                <p className="leitbild-version__title">
                  {version.title} · {t("leitbild.statementCount", { count: version.statements.length })}
                </p>
                <p className="muted">
                  {version.adoption
                    ? t("leitbild.adoption", { body: version.adoption.body, date: formatDate(version.adoption.date, i18n.language), paperNumber: version.adoption.paperNumber })
                    : t("leitbild.updated", { date: formatDateTime(version.updatedAt, i18n.language) })}
                </p>
                {inForce && !isInForce && (
                  <p>
                    <Link to="/leitbild/vergleich" search={version.versionNumber < inForce.versionNumber ? { a: version.id, b: inForce.id } : { a: inForce.id, b: version.id }}>
                      {t("leitbild.compareWithInForce")}
                      <span className="visually-hidden"> ({t("leitbild.version", { number: version.versionNumber })})</span>
                    </Link>
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
