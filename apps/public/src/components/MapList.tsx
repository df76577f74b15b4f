import { useTranslation } from "../i18n/translate.js";
import { directionOf } from "../i18n/languages.js";
import { distanceText } from "../lib/distance.js";
import { usePagePath, usePortal } from "../lib/portal-context.js";
import { PATHS } from "../lib/routes.js";
import type { OfferSummary } from "../lib/summaries.js";

/** The map's numbered list: the same offers and numbers as the markers, readable without the map. */
export function MapList({ items, distances }: { items: OfferSummary[]; distances: Record<string, number> }) {
  const { t } = useTranslation();
  const { language } = usePortal();
  const pagePath = usePagePath();
  return (
    <section className="map-list" aria-labelledby="map-list-title">
      <h2 id="map-list-title">{t("map.listTitle")}</h2>
      <ol>
        {items.map((offer) => {
          const places = [...new Set(offer.locations.map((location) => location.city))].join(", ");
          const located = offer.locations.some((location) => location.onMap);
          const distance = distances[offer.id];
          return (
            <li key={offer.id}>
              <a href={pagePath(`${PATHS.search}/${offer.id}`)} lang={offer.shownLanguage} dir={directionOf(offer.shownLanguage)}>{offer.display.title}</a>
              <span className="muted">
                {[places, distance !== undefined ? t("near.away", { distance: distanceText(distance, language.tag) }) : "", located ? "" : t("map.notOnMap")].filter(Boolean).join(" · ")}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
