import type { PortalLanguage } from "../languages.js";

// The footer's links to the legal pages and the open data, in every language: small enough to
// ship with every page, while the legal pages' own texts (de.ts, en.ts, …) load only on them.
export const legalFooterTexts: Record<PortalLanguage["tag"], { accessibility: string; feedback: string; csv: string }> = {
  de: {
    accessibility: "Barrierefreiheit",
    feedback: "Barriere melden",
    csv: "Alle Angebote als Tabelle (CSV)",
  },
  en: {
    accessibility: "Accessibility",
    feedback: "Report a barrier",
    csv: "All offers as a spreadsheet (CSV)",
  },
  tr: {
    accessibility: "Erişilebilirlik",
    feedback: "Engel bildirin",
    csv: "Tüm hizmetler tablo olarak (CSV)",
  },
  ar: {
    accessibility: "إمكانية الوصول",
    feedback: "الإبلاغ عن عائق",
    csv: "جميع العروض كجدول (CSV)",
  },
  uk: {
    accessibility: "Доступність",
    feedback: "Повідомити про бар'єр",
    csv: "Усі пропозиції таблицею (CSV)",
  },
  "de-x-ls": {
    accessibility: "Barriere-Freiheit",
    feedback: "Barriere melden",
    csv: "Alle Angebote als Tabelle (CSV)",
  },
};
