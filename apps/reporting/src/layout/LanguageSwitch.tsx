import { useTranslation } from "react-i18next";

const LANGUAGES = [
  { code: "de", name: "Deutsch" },
  { code: "en", name: "English" },
] as const;

/** Switches the interface language; each choice is named in its own language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t("app.language")}</span>
      <select value={i18n.language} onChange={(event) => void i18n.changeLanguage(event.target.value)}>
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>{language.name}</option>
        ))}
      </select>
    </label>
  );
}
