/** The parts of a tRPC client error this app reads; kept structural so no server type is needed. */
interface ApiErrorLike {
  message: string;
  data?: { code?: string; issues?: readonly { path: string; message: string }[] | null } | null;
}

function isApiError(error: unknown): error is ApiErrorLike {
  return typeof error === "object" && error !== null && "message" in error && typeof (error as { message: unknown }).message === "string";
}

/**
 * The API's German messages per form field. Procedures report issues with paths like
 * `data.title` (update) or `title` (create); `prefix` removes the wrapper so the keys match the
 * form's field names. Issues without a field land under `""`.
 *
 * @example
 * fieldErrorsFromApi(error, "data") // { title: "Zu kurz", "": "Eingabe ungültig: …" }
 */
export function fieldErrorsFromApi(error: unknown, prefix = ""): Record<string, string> {
  if (!isApiError(error)) return {};
  const issues = error.data?.issues ?? [];
  const byField: Record<string, string> = {};
  for (const issue of issues) {
    const path = prefix && (issue.path === prefix || issue.path.startsWith(`${prefix}.`)) ? issue.path.slice(prefix.length + 1) : issue.path;
    byField[path] ??= issue.message;
  }
  if (issues.length === 0) byField[""] = error.message;
  return byField;
}

/** Whether a save failed because someone else changed the record in the meantime. */
export function isConflict(error: unknown): boolean {
  return isApiError(error) && error.data?.code === "CONFLICT";
}

/** The message to show for an error that belongs to no field, in the API's words. */
export function errorMessage(error: unknown, fallback: string): string {
  return isApiError(error) && error.message ? error.message : fallback;
}

/**
 * The first message of a TanStack Form field's errors, which may be strings or Standard Schema
 * issues (what zod schemas give as validators).
 */
export function firstFieldError(errors: readonly unknown[]): string | null {
  for (const error of errors) {
    if (typeof error === "string" && error) return error;
    if (typeof error === "object" && error !== null && "message" in error) return String((error as { message: unknown }).message);
  }
  return null;
}
