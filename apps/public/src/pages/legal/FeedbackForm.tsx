import { useTranslation } from "../../i18n/translate.js";
import { localPath } from "../../i18n/languages.js";
import { usePortal } from "../../lib/portal-context.js";
import { FEEDBACK_KINDS, type FeedbackField, LEGAL_PATHS, type LegalRoute } from "./legal-route.js";

/** Where the form is sent: the API's feedback route on the same origin (see apps/api/src/http/feedback.ts). */
const FEEDBACK_ACTION = "/api/feedback";

const kindLabels = { barriere: "kindBarrier", inhalt: "kindContent", sonstiges: "kindOther" } as const;
const errorTexts: Record<FeedbackField, string> = { art: "errorKind", seite: "errorPage", nachricht: "errorMessage", antwort: "errorReply" };
const fieldIds: Record<FeedbackField, string> = { art: "feedback-art-barriere", seite: "feedback-seite", nachricht: "feedback-nachricht", antwort: "feedback-antwort" };

/**
 * The Feedback-Mechanismus: a plain POST form that works without JavaScript. The browser checks
 * the same rules as the API first (required, lengths, e-mail); what the API still refuses comes
 * back as `?fehler=` and is shown at the field and in a summary at the top.
 */
export function FeedbackForm({ state }: { state: Extract<LegalRoute, { kind: "feedback" }> }) {
  const { t } = useTranslation();
  const { language } = usePortal();
  const text = (name: string) => t(`legal.feedback.${name}`);
  const here = localPath(language, LEGAL_PATHS.feedback);
  const back = <a href={localPath(language, LEGAL_PATHS.accessibility)}>{text("back")}</a>;

  if (state.sent) {
    return (
      <div className="page legal">
        <h1>{text("title")}</h1>
        <div className="notice notice--success legal__sent" role="status">
          <h2>{text("sentTitle")}</h2>
          <p>{text("sent")}</p>
        </div>
        <p><a className="button" href={here}>{text("another")}</a></p>
        <p>{back}</p>
      </div>
    );
  }

  const invalid = (field: FeedbackField) => state.errors.includes(field);
  const describedBy = (field: FeedbackField, hint: string | null) => [hint, invalid(field) ? `${fieldIds[field]}-error` : null].filter(Boolean).join(" ") || undefined;
  const errorOf = (field: FeedbackField) =>
    invalid(field) ? <p id={`${fieldIds[field]}-error`} className="field-error">{text(errorTexts[field])}</p> : null;
  const chosen = state.chosenKind ?? "barriere";

  return (
    <div className="page legal">
      <h1>{text("title")}</h1>
      <p className="lead">{text("lead")}</p>
      {(state.errors.length > 0 || state.tooMany) && (
        <div className="notice notice--error legal__errors" role="alert" aria-labelledby="feedback-errors">
          <h2 id="feedback-errors">{text("errorSummary")}</h2>
          <ul>
            {state.tooMany && <li>{text("errorTooMany")}</li>}
            {state.errors.map((field) => (
              <li key={field}><a href={`#${fieldIds[field]}`}>{text(errorTexts[field])}</a></li>
            ))}
          </ul>
        </div>
      )}
      <form className="feedback-form" method="post" action={FEEDBACK_ACTION}>
        <input type="hidden" name="sprache" value={language.tag} />
        <input type="hidden" name="zurueck" value={here} />
        <fieldset className="field" aria-describedby={invalid("art") ? `${fieldIds.art}-error` : undefined}>
          <legend>{text("kind")}</legend>
          {FEEDBACK_KINDS.map((kind) => (
            <label key={kind} className="check" htmlFor={`feedback-art-${kind}`}>
              <input type="radio" id={`feedback-art-${kind}`} name="art" value={kind} defaultChecked={kind === chosen} required />
              {text(kindLabels[kind])}
            </label>
          ))}
          {errorOf("art")}
        </fieldset>
        <div className="field">
          <label htmlFor={fieldIds.seite}>{text("page")}</label>
          <p id="feedback-seite-hint" className="hint">{text("pageHint")}</p>
          <input id={fieldIds.seite} name="seite" type="text" maxLength={300} defaultValue={state.about} aria-invalid={invalid("seite") || undefined} aria-describedby={describedBy("seite", "feedback-seite-hint")} />
          {errorOf("seite")}
        </div>
        <div className="field">
          <label htmlFor={fieldIds.nachricht}>
            {text("message")} <span className="legal__required">({text("required")})</span>
          </label>
          <p id="feedback-nachricht-hint" className="hint">{text("messageHint")}</p>
          <textarea id={fieldIds.nachricht} name="nachricht" rows={7} required minLength={10} maxLength={4000} aria-invalid={invalid("nachricht") || undefined} aria-describedby={describedBy("nachricht", "feedback-nachricht-hint")} />
          {errorOf("nachricht")}
        </div>
        <div className="field">
          <label htmlFor={fieldIds.antwort}>{text("reply")}</label>
          <p id="feedback-antwort-hint" className="hint">{text("replyHint")}</p>
          <input id={fieldIds.antwort} name="antwort" type="email" autoComplete="email" maxLength={200} dir="ltr" aria-invalid={invalid("antwort") || undefined} aria-describedby={describedBy("antwort", "feedback-antwort-hint")} />
          {errorOf("antwort")}
        </div>
        <p className="hint">{text("privacy")}</p>
        <div className="actions">
          <button className="button button--primary" type="submit">{text("submit")}</button>
        </div>
      </form>
      <p>{back}</p>
    </div>
  );
}
