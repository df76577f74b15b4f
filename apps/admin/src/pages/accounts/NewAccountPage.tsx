import { Button, Checkbox, fieldErrorsFromApi, isConflict, Notice, PageHeader, showToast, TextField } from "@praeventionskette/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { UnsavedChangesGuard } from "../../components/UnsavedChangesGuard.js";
import { useTRPC } from "../../lib/trpc.js";
import { useGrantablePlaces } from "./places.js";
import { assignmentInput, type AssignmentValues, EMPTY_ASSIGNMENT, RoleAssignmentFields } from "./RoleAssignmentFields.js";
import "./accounts.css";
import { useAreaTexts } from "../../lib/area-texts.js";
import { accountsDe, accountsEn } from "./texts.js";

interface NewAccountValues {
  name: string;
  email: string;
  password: string;
  ssoOnly: boolean;
  assignment: AssignmentValues;
}

const EMPTY: NewAccountValues = { name: "", email: "", password: "", ssoOnly: false, assignment: EMPTY_ASSIGNMENT };

/** `/konten/neu`: an account with its first role, inside the territories the person manages. */
export function NewAccountPage() {
  const { t } = useAreaTexts("accounts", accountsDe, accountsEn);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const places = useGrantablePlaces();
  const create = useMutation(trpc.account.create.mutationOptions());
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);
  const isDirty = !done && JSON.stringify(values) !== JSON.stringify(EMPTY);

  const save = async () => {
    setErrors({});
    try {
      const account = await create.mutateAsync({
        name: values.name,
        email: values.email,
        password: values.ssoOnly ? null : values.password,
        assignments: values.assignment.role ? [assignmentInput(values.assignment)] : [],
      });
      setDone(true);
      await queryClient.invalidateQueries({ queryKey: trpc.account.list.queryKey() });
      showToast({ tone: "success", title: t("accounts.created"), description: account.name });
      await navigate({ to: "/konten/$userId", params: { userId: account.id } });
    } catch (error) {
      // A second account with the same address is a CONFLICT: it belongs to the email field.
      setErrors(isConflict(error) ? { email: (error as Error).message } : fieldErrorsFromApi(error));
    }
  };

  const assignmentErrors = Object.fromEntries(
    Object.entries(errors).flatMap(([path, message]) => (path.startsWith("assignments.0.") ? [[path.slice("assignments.0.".length), message]] : [])),
  );
  const general = errors[""] ?? errors.assignments;
  return (
    <>
      <p className="back-link">
        <Link to="/konten">{t("accounts.back")}</Link>
      </p>
      <PageHeader title={t("accounts.newAccount")} />
      {Object.keys(errors).length > 0 && <Notice tone="error">{general ?? t("accounts.invalid")}</Notice>}
      <form
        className="edit-form accounts-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <TextField label={t("accounts.name")} isRequired validationBehavior="aria" autoComplete="off" value={values.name} onChange={(name) => setValues({ ...values, name })} errorMessage={errors.name ?? null} />
        <TextField label={t("accounts.email")} type="email" isRequired validationBehavior="aria" autoComplete="off" value={values.email} onChange={(email) => setValues({ ...values, email })} errorMessage={errors.email ?? null} />
        <Checkbox isSelected={values.ssoOnly} onChange={(ssoOnly) => setValues({ ...values, ssoOnly })}>{t("accounts.ssoOnly")}</Checkbox>
        {!values.ssoOnly && (
          <TextField
            label={t("accounts.password")}
            description={t("accounts.passwordHint")}
            type="password"
            autoComplete="new-password"
            isRequired validationBehavior="aria"
            value={values.password}
            onChange={(password) => setValues({ ...values, password })}
            errorMessage={errors.password ?? null}
          />
        )}
        <RoleAssignmentFields
          label={t("accounts.firstRole")}
          values={values.assignment}
          onChange={(assignment) => setValues({ ...values, assignment })}
          places={places}
          errors={assignmentErrors}
        />
        <div className="form-actions">
          <Button type="submit" variant="primary" isDisabled={create.isPending}>{create.isPending ? t("accounts.creating") : t("accounts.create")}</Button>
        </div>
      </form>
      <UnsavedChangesGuard when={isDirty && !create.isPending} />
    </>
  );
}
