import { type DisplayLanguage, displayLanguageLabels, type OfferStatus, offerStatusLabels } from "@praeventionskette/domain";
import { Button, Dialog, DialogActions, errorMessage, isConflict, Notice, PageHeader, showToast, TextField } from "@praeventionskette/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useParams, useRouteContext } from "@tanstack/react-router";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../lib/format.js";
import { useLabels } from "../../lib/labels.js";
import { isReviewer, providerOrganisations } from "../../lib/roles.js";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.js";
import { type ComparisonRow, comparisonRows, describeOfferPart } from "./proposal-comparison.js";
import { ProposalStatusBadge } from "./ProposalsPage.js";
import "./proposals.css";

type ProposalDetail = RouterOutputs["offerProposal"]["get"];

/** One proposal: the published offer beside the proposed one, field by field, and the review. */
export function ProposalPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { proposalId } = useParams({ from: "/staff/vorschlaege/$proposalId" });
  const proposal = useQuery(trpc.offerProposal.get.queryOptions({ id: proposalId }));
  if (proposal.isPending) return <p role="status">{t("app.loading")}</p>;
  if (proposal.isError) {
    return (
      <>
        <PageHeader title={t("proposals.detailTitle")} />
        <Notice tone="error">{proposal.error.data?.code === "NOT_FOUND" ? t("proposals.notFound") : proposal.error.message}</Notice>
        <Link to="/vorschlaege">{t("proposals.backToList")}</Link>
      </>
    );
  }
  return <ProposalReview proposal={proposal.data} />;
}

function ProposalReview({ proposal }: { proposal: ProposalDetail }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { me } = useRouteContext({ from: "/staff" });
  const [failure, setFailure] = useState<{ message: string; conflict: boolean } | null>(null);
  const [rejecting, setRejecting] = useState(false);

  const approve = useMutation(trpc.offerProposal.approve.mutationOptions());
  const withdraw = useMutation(trpc.offerProposal.withdraw.mutationOptions());
  const pending = proposal.status === "pending";
  const mayReview = pending && isReviewer(me);
  const mayWithdraw = pending && providerOrganisations(me).includes(proposal.providerId);
  const busy = approve.isPending || withdraw.isPending;

  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.offerProposal.pathKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.dashboard.attention.queryKey() });
  };
  const act = async (action: () => Promise<unknown>, done: string) => {
    setFailure(null);
    try {
      await action();
      showToast({ tone: "success", title: done, description: proposal.data.title });
      await refresh();
      await queryClient.invalidateQueries({ queryKey: trpc.offer.pathKey() });
    } catch (error) {
      setFailure({ message: errorMessage(error, t("errors.failed")), conflict: isConflict(error) });
    }
  };

  return (
    <>
      <PageHeader
        title={proposal.offerId === null ? t("proposals.detailTitleNew") : t("proposals.detailTitle")}
        lead={proposal.data.title}
        actions={<Link to="/vorschlaege">{t("proposals.backToList")}</Link>}
      />
      <dl className="facts">
        <div><dt>{t("proposals.columns.status")}</dt><dd><ProposalStatusBadge status={proposal.status} /></dd></div>
        <div><dt>{t("proposals.columns.proposedBy")}</dt><dd>{proposal.proposedByName}</dd></div>
        <div><dt>{t("proposals.columns.proposedAt")}</dt><dd>{formatDateTime(proposal.proposedAt, i18n.language)}</dd></div>
        {proposal.reviewedAt && (
          <div>
            <dt>{proposal.status === "withdrawn" ? t("proposals.withdrawnAt") : t("proposals.reviewedAt")}</dt>
            <dd>{proposal.reviewedByName ? t("proposals.byOn", { name: proposal.reviewedByName, date: formatDateTime(proposal.reviewedAt, i18n.language) }) : formatDateTime(proposal.reviewedAt, i18n.language)}</dd>
          </div>
        )}
        {proposal.offerId && proposal.status !== "pending" && (
          <div><dt>{t("proposals.offer")}</dt><dd><Link to="/angebote/$offerId" params={{ offerId: proposal.offerId }}>{proposal.data.title}</Link></dd></div>
        )}
      </dl>
      {proposal.status === "rejected" && proposal.reason && (
        <Notice tone="warning">
          <strong>{t("proposals.reason")}:</strong> {proposal.reason}
        </Notice>
      )}
      {failure && (
        <Notice tone="error">
          <p>{failure.message}</p>
          {failure.conflict && <Button onPress={() => void refresh().then(() => setFailure(null))}>{t("proposals.reload")}</Button>}
        </Notice>
      )}
      <Comparison proposal={proposal} />
      {(mayReview || mayWithdraw) && (
        <div className="form-actions">
          {mayReview && (
            <>
              <Button variant="primary" isDisabled={busy} onPress={() => void act(() => approve.mutateAsync({ id: proposal.id, expectedVersion: proposal.version }), t("proposals.approved"))}>
                {approve.isPending ? t("proposals.approving") : t("proposals.approve")}
              </Button>
              <Button variant="danger" isDisabled={busy} onPress={() => setRejecting(true)}>{t("proposals.reject")}</Button>
            </>
          )}
          {mayWithdraw && (
            <Button variant="danger" isDisabled={busy} onPress={() => void act(() => withdraw.mutateAsync({ id: proposal.id, expectedVersion: proposal.version }), t("proposals.withdrawn"))}>
              {t("proposals.withdraw")}
            </Button>
          )}
        </div>
      )}
      {rejecting && (
        <RejectDialog
          proposal={proposal}
          onClose={() => setRejecting(false)}
          onRejected={async () => {
            setRejecting(false);
            showToast({ tone: "success", title: t("proposals.rejected"), description: proposal.data.title });
            await refresh();
          }}
          onConflict={(message) => {
            setRejecting(false);
            setFailure({ message, conflict: true });
          }}
        />
      )}
    </>
  );
}

/** The published offer beside the proposal; changed rows say so in words and with <del>/<ins>. */
function Comparison({ proposal }: { proposal: ProposalDetail }) {
  const { t } = useTranslation();
  const { label, name } = useLabels();
  const trpc = useTRPC();
  const territories = useQuery(trpc.territory.list.queryOptions({ limit: 200 }));
  const fields = useQuery(trpc.fieldOfAction.list.queryOptions({ limit: 200 }));
  const providers = useQuery(trpc.actor.list.queryOptions({ limit: 200 }));
  const names = useMemo(
    () =>
      new Map<string, string>([
        ...(territories.data?.items ?? []).map((territory) => [territory.id, territory.name] as const),
        ...(fields.data?.items ?? []).map((field) => [field.id, name(field.name)] as const),
        ...(providers.data?.items ?? []).map((actor) => [actor.id, actor.name] as const),
      ]),
    [territories.data, fields.data, providers.data, name],
  );

  const format = (path: string, value: unknown): string => {
    if (value === undefined || value === null || value === "") return "—";
    if (path === "translations" || path === "locations" || path === "schedules") return describeOfferPart(path, value, (language) => label(displayLanguageLabels, language as DisplayLanguage));
    if (typeof value === "boolean") return value ? t("proposals.yes") : t("proposals.no");
    if (path === "status" && typeof value === "string" && value in offerStatusLabels) return label(offerStatusLabels, value as OfferStatus);
    if (typeof value === "string") return names.get(value) ?? value;
    if (Array.isArray(value)) return value.length === 0 ? "—" : value.map((item) => format("", item)).join(", ");
    if (typeof value === "object") {
      const parts = Object.entries(value).filter(([, part]) => part !== null && part !== undefined && part !== "");
      return parts.length === 0 ? "—" : parts.map(([key, part]) => `${key}: ${format("", part)}`).join("; ");
    }
    return String(value as number);
  };

  const published = proposal.current as Readonly<Record<string, unknown>> | null;
  const rows = comparisonRows(published, proposal.data as unknown as Readonly<Record<string, unknown>>, proposal.diff);
  const changedCount = rows.filter((row) => row.changed).length;
  const cell = (row: ComparisonRow, side: "published" | "proposed") => {
    const text = format(row.path, row[side]);
    if (!row.changed) return text;
    // An empty side of a change is said in words; a struck-out dash would read as a value.
    if (text === "—") return <span className="muted">{t("proposals.emptyValue")}</span>;
    return side === "published" ? <del>{text}</del> : <ins>{text}</ins>;
  };

  return (
    <section aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">{t("proposals.comparison")}</h2>
      <p className="muted">{!published ? t("proposals.newOfferHint") : proposal.status === "approved" ? t("proposals.approvedHint") : t("proposals.changedFields", { count: changedCount })}</p>
      <div className="ui-table-wrap">
        <table className="ui-table comparison">
          <caption className="visually-hidden">{t("proposals.comparison")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("offerEdit.diffField")}</th>
              <th scope="col">{t("proposals.published")}</th>
              <th scope="col">{t("proposals.proposed")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.path} className={row.changed ? "comparison__changed" : undefined}>
                <th scope="row">
                  {t(`proposals.fields.${row.path.replace(".", "_")}`, { defaultValue: row.path })}
                  {row.changed && <> <span className="badge badge--changed">{t("proposals.changed")}</span></>}
                </th>
                <td>{published ? cell(row, "published") : "—"}</td>
                <td>{cell(row, "proposed")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Rejecting needs a reason the provider reads; the dialog keeps it until the API accepts. */
function RejectDialog({ proposal, onClose, onRejected, onConflict }: { proposal: ProposalDetail; onClose: () => void; onRejected: () => Promise<void>; onConflict: (message: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const reject = useMutation(trpc.offerProposal.reject.mutationOptions());
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    if (reason.trim().length < 3) {
      setError(t("proposals.reasonRequired"));
      return;
    }
    try {
      await reject.mutateAsync({ id: proposal.id, expectedVersion: proposal.version, reason });
      await onRejected();
    } catch (failure) {
      if (isConflict(failure)) onConflict(errorMessage(failure, t("errors.failed")));
      else setError(errorMessage(failure, t("errors.failed")));
    }
  };
  return (
    <Dialog title={t("proposals.rejectTitle")} isOpen isDismissable={!reject.isPending} onOpenChange={(open) => !open && onClose()}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <p>{t("proposals.rejectText")}</p>
        <TextField label={t("proposals.reason")} isRequired multiline value={reason} onChange={setReason} errorMessage={error} description={t("proposals.reasonHint")} />
        <DialogActions>
          <Button onPress={onClose} isDisabled={reject.isPending}>{t("offerEdit.cancel")}</Button>
          <Button type="submit" variant="danger" isDisabled={reject.isPending}>{reject.isPending ? t("proposals.rejecting") : t("proposals.rejectConfirm")}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
