import { Button, Notice, TextField } from "@praeventionskette/ui";
import { useForm } from "@tanstack/react-form";
import { Link, useRouteContext, useRouter, useSearch } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { SignInError, signIn } from "../lib/auth.js";

/** E-mail and password; after success, back to the page the person wanted. */
export function SignInPage() {
  const { t } = useTranslation();
  const router = useRouter();
  const { config, queryClient } = useRouteContext({ from: "/public/anmelden" });
  const { weiter } = useSearch({ from: "/public/anmelden" });
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    defaultValues: { email: "", password: "" },
    onSubmit: async ({ value }) => {
      setFailure(null);
      try {
        await signIn(config.apiUrl, value.email.trim(), value.password);
        await queryClient.resetQueries();
        // Only a path of this app, never another site (an open redirect would help phishing).
        const target = weiter && weiter.startsWith("/") && !weiter.startsWith("//") ? weiter : "/";
        await router.navigate({ href: target });
      } catch (error) {
        setFailure(t(`signIn.${error instanceof SignInError ? error.message : "unavailable"}`));
      }
    },
  });
  const required = ({ value }: { value: string }) => (value.trim() === "" ? t("signIn.required") : undefined);
  return (
    <>
      <h1>{t("signIn.title")}</h1>
      <p>{t("signIn.lead")}</p>
      {failure && <Notice tone="error">{failure}</Notice>}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void form.handleSubmit();
        }}
      >
        <form.Field name="email" validators={{ onSubmit: required }}>
          {(field) => (
            <TextField label={t("signIn.email")} type="email" autoComplete="username" isRequired value={field.state.value} onChange={field.handleChange} onBlur={field.handleBlur} errorMessage={field.state.meta.errors[0] ?? null} />
          )}
        </form.Field>
        <form.Field name="password" validators={{ onSubmit: required }}>
          {(field) => (
            <TextField label={t("signIn.password")} type="password" autoComplete="current-password" isRequired value={field.state.value} onChange={field.handleChange} onBlur={field.handleBlur} errorMessage={field.state.meta.errors[0] ?? null} />
          )}
        </form.Field>
        <form.Subscribe selector={(state) => state.isSubmitting}>
          {(isSubmitting) => (
            <Button type="submit" variant="primary" isDisabled={isSubmitting}>{isSubmitting ? t("signIn.busy") : t("signIn.submit")}</Button>
          )}
        </form.Subscribe>
      </form>
      <p className="after-form">
        <Link to="/passwort-neu">{t("signIn.forgot")}</Link>
      </p>
    </>
  );
}
