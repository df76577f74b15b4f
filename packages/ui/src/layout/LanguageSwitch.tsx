import { useTranslation } from "react-i18next";
import "./shell.css";

/** A language the interface can switch to, named in itself. */
export interface InterfaceLanguage {
  code: string;
  name: string;
}

const GERMAN_AND_ENGLISH: readonly InterfaceLanguage[] = [
  { code: "de", name: "Deutsch" },
  { code: "en", name: "English" },
];

/** Switches the interface language (for the header); each choice is named in its own language. */
export function LanguageSwitch({ label, languages = GERMAN_AND_ENGLISH }: { label: string; languages?: readonly InterfaceLanguage[] }) {
  const { i18n } = useTranslation();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{label}</span>
      <select value={i18n.language} onChange={(event) => void i18n.changeLanguage(event.target.value)}>
        {languages.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>{language.name}</option>
        ))}
      </select>
    </label>
  );
}
