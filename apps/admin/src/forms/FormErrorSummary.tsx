import { Notice } from "@praeventionskette/ui";
import { useAreaTexts } from "../lib/area-texts.js";
import { formsDe, formsEn } from "./texts.js";

/**
 * Above a refused form: that it was not saved, and every message no field shows (a problem of
 * the record as a whole, in the API's own words). The fields themselves say what to fix.
 */
export function FormErrorSummary({ errors, isShownAtField, message }: { errors: Record<string, string>; isShownAtField: (path: string) => boolean; message?: string }) {
  const { t } = useAreaTexts("forms", formsDe, formsEn);
  const paths = Object.keys(errors);
  if (paths.length === 0) return null;
  const elsewhere = [...new Set(paths.filter((path) => path === "" || !isShownAtField(path)).map((path) => errors[path]!))];
  return (
    <Notice tone="error">
      {message ?? t("forms.invalid")}
      {elsewhere.length > 0 && (
        <ul>
          {elsewhere.map((message) => <li key={message}>{message}</li>)}
        </ul>
      )}
    </Notice>
  );
}
