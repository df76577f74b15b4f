import { Button, Notice, TextField } from "@praeventionskette/ui";
import { useForm } from "@tanstack/react-form";
import { Link, useRouteContext, useSearch } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { requestPasswordReset, resetPassword, SignInError } from "../lib/auth.js";

/** Without a token: ask for a reset link. With the token from the e-mail: set the new password. */
export function PasswordResetPage() {
  const { t } = useTranslation();
  const { config } = useRouteContext({ from: "/public/passwort-neu" });
  const { token } = useSearch({ from: "/public/passwort-neu" });
  const [outcome, setOutcome] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const form = useForm({
    defaultValues: { value: "" },
    onSubmit: async ({ value }) => {
      setOutcome(null);
      try {
        if (token) await resetPassword(config.apiUrl, token, value.value);
        else await requestPasswordReset(config.apiUrl, value.value.trim());
        setOutcome({ tone: "success", text: t(token ? "reset.done" : "reset.sent") });
      } catch (error) {
        setOutcome({ tone: "error", text: t(`reset.${error instanceof SignInError && error.message === "resetLinkInvalid" ? "resetLinkInvalid" : "sent"}`) });
      }
    },
  });
  return (
    <>
      <h1>{t(token ? "reset.newTitle" : "reset.title")}</h1>
      {!token && <p>{t("reset.lead")}</p>}
      {outcome && <Notice tone={outcome.tone}>{outcome.text}</Notice>}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void form.handleSubmit();
        }}
      >
        <form.Field name="value" validators={{ onSubmit: ({ value }) => (value.trim() === "" ? t("signIn.required") : undefined) }}>
          {(field) =>
            token ? (
              <TextField label={t("reset.newPassword")} description={t("reset.newPasswordHint")} type="password" autoComplete="new-password" isRequired value={field.state.value} onChange={field.handleChange} errorMessage={field.state.meta.errors[0] ?? null} />
            ) : (
              <TextField label={t("signIn.email")} type="email" autoComplete="username" isRequired value={field.state.value} onChange={field.handleChange} errorMessage={field.state.meta.errors[0] ?? null} />
            )
          }
        </form.Field>
        <Button type="submit" variant="primary">{t(token ? "reset.save" : "reset.submit")}</Button>
      </form>
      <p className="after-form">
        <Link to="/anmelden">{t("reset.backToSignIn")}</Link>
      </p>
    </>
  );
}
