import type { FormEvent } from "react";
import { useTranslation } from "../i18n/translate.js";
import { usePagePath, usePortal } from "../lib/portal-context.js";
import { PATHS, type SearchParams } from "../lib/routes.js";
import type { SearchSummary } from "../lib/summaries.js";
import { NearFields } from "./NearFields.js";

const AGES = Array.from({ length: 18 }, (_, index) => index + 1);

// Finer places first: with a county chosen its towns come before the other counties, with a town
// its social areas before the neighbouring towns. Each kind is sorted by count, as the API sends it.
const PLACE_KINDS = ["socialArea", "town", "county", "countyFreeCity", "state"] as const;
type Place = NonNullable<SearchSummary["facets"]>["territories"][number];

/** Labels from the API: German and English; other languages fall back to German names until translated. */
function nameIn(name: { de: string; en: string } | null, tag: string): string {
  if (!name) return "";
  return tag === "en" ? name.en : name.de;
}

/**
 * The offer finder's form: a plain GET form that works without JavaScript; with it, `onChange`
 * updates the results as the family types and chooses.
 */
export function SearchForm({ params, options, onChange }: { params: SearchParams; options: Pick<SearchSummary, "facets">; onChange?: (form: HTMLFormElement) => void }) {
  const { t } = useTranslation();
  const { language } = usePortal();
  const pagePath = usePagePath();
  const facets = options.facets;
  const changed = (event: FormEvent<HTMLFormElement>) => onChange?.(event.currentTarget);
  return (
    <form className="search-form" method="get" action={pagePath(PATHS.search)} role="search" onChange={changed} onSubmit={(event) => {
      if (!onChange) return;
      event.preventDefault();
      onChange(event.currentTarget);
    }}>
      <div className="field field--wide">
        <label htmlFor="q">{t("form.text")}</label>
        <input id="q" name="q" type="search" defaultValue={params.q} aria-describedby="q-hint" autoComplete="off" />
        <p id="q-hint" className="hint">{t("form.textHint")}</p>
      </div>
      <div className="field">
        <label htmlFor="alter">{t("form.age")}</label>
        <select id="alter" name="alter" defaultValue={params.alter ?? ""} aria-describedby="alter-hint">
          <option value="">{t("form.ageAny")}</option>
          <option value="schwanger">{t("form.agePregnancy")}</option>
          <option value="0">{t("form.ageUnderOne")}</option>
          {AGES.map((years) => <option key={years} value={years}>{t("form.ageYears", { count: years })}</option>)}
        </select>
        <p id="alter-hint" className="hint">{t("form.ageHint")}</p>
      </div>
      <div className="field">
        <label htmlFor="geburtsdatum">{t("form.birthDate")}</label>
        <input id="geburtsdatum" name="geburtsdatum" type="date" defaultValue={params.geburtsdatum} />
      </div>
      {facets && (
        <div className="field">
          <label htmlFor="ort">{t("form.place")}</label>
          <select id="ort" name="ort" defaultValue={params.ort ?? ""}>
            <option value="">{t("form.placeAny")}</option>
            <PlaceOptions places={facets.territories} />
          </select>
        </div>
      )}
      <NearFields params={params} />
      {facets && (
        <div className="field">
          <label htmlFor="thema">{t("form.topic")}</label>
          <select id="thema" name="thema" defaultValue={params.thema ?? ""}>
            <option value="">{t("form.topicAny")}</option>
            {facets.fieldsOfAction.map((field) => <option key={field.value} value={field.value}>{nameIn(field.name, language.tag)} ({field.count})</option>)}
          </select>
        </div>
      )}
      <div className="checks">
        <label className="check"><input type="checkbox" name="kostenlos" value="1" defaultChecked={params.kostenlos} /> {t("form.free")}</label>
        <label className="check"><input type="checkbox" name="rollstuhl" value="1" defaultChecked={params.rollstuhl} /> {t("form.wheelchair")}</label>
        {language.tag !== "de" && language.tag !== "de-x-ls" && (
          <label className="check"><input type="checkbox" name="sprache" value={language.tag} defaultChecked={params.sprache === language.tag} /> {t("form.offerLanguage")}</label>
        )}
      </div>
      {params.phase && <input type="hidden" name="phase" value={params.phase} />}
      {params.uebergang && <input type="hidden" name="uebergang" value={params.uebergang} />}
      {params.ansicht && <input type="hidden" name="ansicht" value={params.ansicht} />}
      <div className="actions">
        <button type="submit" className="button button--primary">{t("form.submit")}</button>
        <a className="button" href={`${pagePath(PATHS.search)}${params.ansicht ? "?ansicht=karte" : ""}`}>{t("form.reset")}</a>
      </div>
    </form>
  );
}

/** The place options, grouped by kind where the list holds more than one (a county and its towns, a town and its social areas). */
function PlaceOptions({ places }: { places: Place[] }) {
  const { t } = useTranslation();
  const option = (place: Place) => <option key={place.value} value={place.value}>{place.name} ({place.count})</option>;
  const groups = PLACE_KINDS.map((kind) => ({ kind, places: places.filter((place) => place.kind === kind) })).filter((group) => group.places.length > 0);
  if (groups.length < 2) return <>{places.map(option)}</>;
  return (
    <>
      {groups.map((group) => (
        <optgroup key={group.kind} label={t(`form.placeGroups.${group.kind}`)}>
          {group.places.map(option)}
        </optgroup>
      ))}
    </>
  );
}
