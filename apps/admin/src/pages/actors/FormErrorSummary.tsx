import { Notice } from "@praeventionskette/ui";
import { useAreaTexts } from "../../lib/area-texts.js";
import { actorsDe, actorsEn } from "./texts.js";

/**
 * Above a refused form: that it was not saved, and every message no field shows (a problem of
 * the record as a whole, in the API's own words). The fields themselves say what to fix.
 */
export function FormErrorSummary({ errors, isShownAtField }: { errors: Record<string, string>; isShownAtField: (path: string) => boolean }) {
  const { t } = useAreaTexts("actors", actorsDe, actorsEn);
  const paths = Object.keys(errors);
  if (paths.length === 0) return null;
  const elsewhere = paths.filter((path) => path === "" || !isShownAtField(path)).map((path) => errors[path]!);
  return (
    <Notice tone="error">
      {t("actors.form.invalid")}
      {elsewhere.length > 0 && (
        <ul>
          {elsewhere.map((message) => <li key={message}>{message}</li>)}
        </ul>
      )}
    </Notice>
  );
}
