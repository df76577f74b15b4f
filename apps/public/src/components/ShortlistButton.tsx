import { useTranslation } from "../i18n/translate.js";
import { type ShortlistEntry, toggleShortlisted, useHydrated, useShortlist } from "../lib/shortlist.js";

/**
 * "Merken": puts the offer on the shortlist kept in this browser, or takes it off again (a
 * toggle button). Without JavaScript it cannot work, so it stays hidden.
 */
export function ShortlistButton({ entry }: { entry: ShortlistEntry }) {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  const saved = useShortlist().some((item) => item.id === entry.id);
  return (
    // The name stays "Merken" (a toggle's name must not change); pressed says it is on the list.
    <button type="button" className="button button--small shortlist-button" hidden={!hydrated} aria-pressed={saved} onClick={() => toggleShortlisted(entry)}>
      <span aria-hidden="true">{saved ? "★" : "☆"}</span> {t("shortlist.save")}
      <span className="visually-hidden">: {entry.title}</span>
    </button>
  );
}
