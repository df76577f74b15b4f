import { useTranslation } from "../i18n/translate.js";
import { usePortal } from "../lib/portal-context.js";

/** National help lines, free of charge; the numbers are the services' own. */
const LINES = [
  { key: "emergency", number: "112" },
  { key: "police", number: "110" },
  { key: "childLine", number: "116 111", hours: "childLineHours" },
  { key: "parentLine", number: "0800 111 0 550", hours: "parentLineHours" },
  { key: "violence", number: "116 016", hours: "violenceHours" },
  { key: "pregnancy", number: "0800 40 40 020", hours: "pregnancyHours" },
] as const;

/** Help in a crisis: one tap from every page, numbers as links that dial. */
export function HelpPage() {
  const { t } = useTranslation();
  const { emergencyContacts, language } = usePortal();
  return (
    <div className="page">
      <h1>{t("help.title")}</h1>
      <p className="lead">{t("help.lead")}</p>
      {emergencyContacts.length > 0 && (
        <section aria-labelledby="local-help">
          <h2 id="local-help">{t("help.local")}</h2>
          <ul className="help-lines help-lines--local">
            {emergencyContacts.map((contact) => (
              <li key={`${contact.name}-${contact.phone}`}>
                {/* The operator configures these names in German. */}
                <span className="help-lines__name" lang={language.tag === "de" ? undefined : "de"}>{contact.name}</span>
                <a className="help-lines__number" href={`tel:${contact.phone.replace(/[^\d+]/g, "")}`} dir="ltr">{contact.phone}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <h2>{t("help.national")}</h2>
      <ul className="help-lines">
        {LINES.map((line) => (
          <li key={line.key}>
            <span className="help-lines__name">{t(`help.${line.key}`)}</span>
            <a className="help-lines__number" href={`tel:${line.number.replace(/\s/g, "")}`} dir="ltr">{line.number}</a>
            {"hours" in line && <span className="muted">{t(`help.${line.hours}`)}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
