import { type MouseEvent, useState } from "react";
import { flushSync } from "react-dom";
import { useTranslation } from "../i18n/translate.js";
import { usePagePath } from "../lib/portal-context.js";
import { DEFAULT_NEAR_KM, NEAR_KM, PATHS, queryOf, type SearchParams } from "../lib/routes.js";
import { useHydrated } from "../lib/shortlist.js";

/** How long the browser may take to find the location, and how old a known one may be. */
const LOCATION_OPTIONS: PositionOptions = { enableHighAccuracy: false, timeout: 15_000, maximumAge: 10 * 60_000 };

/**
 * "In der Nähe": a distance around the chosen town or a picked point, and, with JavaScript, a
 * button that asks the browser for the family's location, only when pressed. The location goes
 * into the search address only (rounded to about 10 m) and is stored nowhere.
 */
export function NearFields({ params }: { params: SearchParams }) {
  const { t } = useTranslation();
  const pagePath = usePagePath();
  const hydrated = useHydrated();
  const [status, setStatus] = useState<"idle" | "locating" | "failed">("idle");
  // Held by React (not set on the element), so that a re-render does not reset it.
  const [point, setPoint] = useState(params.punkt ?? "");

  const locate = (event: MouseEvent<HTMLButtonElement>) => {
    const form = event.currentTarget.form;
    if (!form || !("geolocation" in navigator)) return setStatus("failed");
    setStatus("locating");
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const distance = form.elements.namedItem("umkreis") as HTMLSelectElement;
        const place = form.elements.namedItem("ort") as HTMLSelectElement | null;
        if (!distance.value) distance.value = String(DEFAULT_NEAR_KM);
        if (place) place.value = "";
        // The point must be in the form before it is sent.
        flushSync(() => {
          setPoint(`${position.coords.latitude.toFixed(4)},${position.coords.longitude.toFixed(4)}`);
          setStatus("idle");
        });
        form.requestSubmit();
      },
      () => setStatus("failed"),
      LOCATION_OPTIONS,
    );
  };

  return (
    <div className="field near">
      <label htmlFor="umkreis">{t("near.distance")}</label>
      <select id="umkreis" name="umkreis" defaultValue={params.umkreis ?? ""} aria-describedby="umkreis-hint">
        <option value="">{t("near.any")}</option>
        {NEAR_KM.map((km) => <option key={km} value={km}>{t("near.upTo", { km })}</option>)}
      </select>
      <p id="umkreis-hint" className="hint">{point ? t("near.aroundPoint") : t("near.hint")}</p>
      {/* Disabled while empty, so that a plain form does not send "punkt=" with every search. */}
      <input type="hidden" name="punkt" value={point} disabled={!point} />
      {point && <a className="near__remove" href={`${pagePath(PATHS.search)}${queryOf({ ...params, punkt: undefined, seite: undefined })}`}>{t("near.removePoint")}</a>}
      <div hidden={!hydrated}>
        <button type="button" className="button button--small" onClick={locate} aria-describedby="locate-note">{t("near.locate")}</button>
        <p id="locate-note" className="hint">{t("near.privacy")}</p>
        <p role="status" className={status === "failed" ? "hint near__failed" : "hint"}>{status === "locating" ? t("near.locating") : status === "failed" ? t("near.denied") : ""}</p>
      </div>
    </div>
  );
}
