import { Button, errorMessage, fieldErrorsFromApi, Notice, PageHeader, showToast } from "@praeventionskette/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useParams, useRouteContext } from "@tanstack/react-router";
import { useState } from "react";
import { UnsavedChangesGuard } from "../../components/UnsavedChangesGuard.js";
import { useLabels } from "../../lib/labels.js";
import { useTRPC } from "../../lib/trpc.js";
import { useGrantablePlaces } from "./places.js";
import { assignmentInput, type AssignmentValues, EMPTY_ASSIGNMENT, RoleAssignmentFields } from "./RoleAssignmentFields.js";
import { roleText } from "./role-text.js";
import "./accounts.css";
import { useAreaTexts } from "../../lib/area-texts.js";
import { accountsDe, accountsEn } from "./texts.js";

/** `/konten/:userId`: one account with its roles; add a role or revoke one. */
export function AccountPage() {
  const { t } = useAreaTexts("accounts", accountsDe, accountsEn);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { label } = useLabels();
  const { me } = useRouteContext({ from: "/staff" });
  const { userId } = useParams({ from: "/staff/konten/$userId" });
  const accounts = useQuery(trpc.account.list.queryOptions());
  const places = useGrantablePlaces();
  const assign = useMutation(trpc.account.assignRole.mutationOptions());
  const revoke = useMutation(trpc.account.revokeRole.mutationOptions());
  const [adding, setAdding] = useState<AssignmentValues>(EMPTY_ASSIGNMENT);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [revokeError, setRevokeError] = useState<string | null>(null);

  if (accounts.isPending) return <p role="status">{t("app.loading")}</p>;
  if (accounts.isError) return <Notice tone="error">{accounts.error.message}</Notice>;
  const account = accounts.data.find((candidate) => candidate.id === userId);
  if (!account) {
    return (
      <>
        <Notice tone="error">{t("accounts.notFound")}</Notice>
        <Link to="/konten">{t("accounts.back")}</Link>
      </>
    );
  }
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.account.list.queryKey() });

  const onAssign = async () => {
    setErrors({});
    try {
      await assign.mutateAsync({ userId, assignment: assignmentInput(adding) });
      setAdding(EMPTY_ASSIGNMENT);
      await refresh();
      showToast({ tone: "success", title: t("accounts.added"), description: account.name });
    } catch (error) {
      setErrors(fieldErrorsFromApi(error, "assignment"));
    }
  };
  const onRevoke = async (assignmentId: string) => {
    setRevokeError(null);
    try {
      await revoke.mutateAsync({ assignmentId });
      await refresh();
      showToast({ tone: "success", title: t("accounts.revoked"), description: account.name });
    } catch (error) {
      setRevokeError(errorMessage(error, t("errors.failed")));
    }
  };
  const readsAudit = me.assignments.some((assignment) => assignment.role === "admin");
  return (
    <>
      <p className="back-link">
        <Link to="/konten">{t("accounts.back")}</Link>
      </p>
      <PageHeader title={account.name} lead={account.email} />
      {readsAudit && (
        <p>
          <Link to="/protokoll" search={{ datensatz: account.id }}>{t("accounts.auditLink")}</Link>
        </p>
      )}
      <section aria-labelledby="roles-heading" className="accounts-section">
        <h2 id="roles-heading">{t("accounts.rolesHeading")}</h2>
        {revokeError && <Notice tone="error">{revokeError}</Notice>}
        {account.assignments.length === 0 ? (
          <p className="muted">{t("accounts.noRole")}</p>
        ) : (
          <ul className="accounts-role-list">
            {account.assignments.map((assignment) => {
              const text = roleText(t, label, places.placeName, assignment);
              return (
                <li key={assignment.id}>
                  <span>{text}</span>
                  <Button variant="danger" aria-label={t("accounts.revokeLabel", { role: text })} isDisabled={revoke.isPending} onPress={() => void onRevoke(assignment.id)}>
                    {t("accounts.revoke")}
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="add-role-heading" className="accounts-section">
        <h2 id="add-role-heading">{t("accounts.addRole")}</h2>
        {Object.keys(errors).length > 0 && <Notice tone="error">{errors[""] ?? t("accounts.invalid")}</Notice>}
        <form
          className="accounts-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void onAssign();
          }}
        >
          <RoleAssignmentFields label={t("accounts.role")} values={adding} onChange={setAdding} places={places} errors={errors} />
          <Button type="submit" variant="primary" isDisabled={assign.isPending || !adding.role}>{assign.isPending ? t("accounts.adding") : t("accounts.addRole")}</Button>
        </form>
      </section>
      <UnsavedChangesGuard when={adding.role !== null && !assign.isPending} />
    </>
  );
}
