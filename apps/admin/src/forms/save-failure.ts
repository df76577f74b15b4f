import { fieldErrorsFromApi, isConflict } from "@praeventionskette/ui";

/**
 * What a failed save means for the form: a conflict (someone else saved first), or the API's
 * German messages by field path (`prefix` removes the `data.` of update procedures).
 */
export function saveFailure(error: unknown, prefix = ""): { conflict: true; errors: null } | { conflict: false; errors: Record<string, string> } {
  if (isConflict(error)) return { conflict: true, errors: null };
  return { conflict: false, errors: fieldErrorsFromApi(error, prefix) };
}
