import { useTranslation } from "react-i18next";

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
  return (
    <div className="page">
      <h1>{t("help.title")}</h1>
      <p className="lead">{t("help.lead")}</p>
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
