import { useTranslation } from "../i18n/translate.js";
import { ageRangeText } from "../lib/ages.js";
import { directionOf } from "../i18n/languages.js";
import { distanceText } from "../lib/distance.js";
import { usePagePath, usePortal } from "../lib/portal-context.js";
import { PATHS } from "../lib/routes.js";
import type { OfferSummary } from "../lib/summaries.js";
import { ShortlistButton } from "./ShortlistButton.js";

/** One result in plain words: what, who, where, for whom, what it costs; honest about the language. */
export function OfferCard({ offer, distanceKm }: { offer: OfferSummary; distanceKm?: number }) {
  const { t } = useTranslation();
  const { language } = usePortal();
  const pagePath = usePagePath();
  const places = [...new Set(offer.locations.map((location) => location.city))];
  const wheelchair = offer.locations.some((location) => location.wheelchairAccessible === true);
  return (
    <article className="offer-card" lang={offer.shownLanguage} dir={directionOf(offer.shownLanguage)}>
      <h2 className="offer-card__title">
        <a href={pagePath(`${PATHS.search}/${offer.id}`)}>{offer.display.title}</a>
      </h2>
      <p className="offer-card__text">{offer.display.description}</p>
      <dl className="offer-card__facts" lang={language.tag} dir={language.dir}>
        {offer.provider && (<><dt>{t("results.who")}</dt><dd>{offer.provider.name}</dd></>)}
        {places.length > 0 && (<><dt>{t("results.where")}</dt><dd>{places.join(", ")}{distanceKm !== undefined && ` · ${t("near.away", { distance: distanceText(distanceKm, language.tag) })}`}</dd></>)}
        <dt>{t("results.ages")}</dt>
        <dd>{ageRangeText(offer.minAgeMonths, offer.maxAgeMonths, t)}</dd>
      </dl>
      <p className="tags" lang={language.tag} dir={language.dir}>
        <span className={offer.cost.free ? "tag" : "tag tag--neutral"}>{offer.cost.free ? t("results.free") : t("results.costs")}</span>
        {wheelchair && <span className="tag">{t("results.wheelchair")}</span>}
      </p>
      {offer.fallback && <p className="fallback" lang={language.tag} dir={language.dir}>{t("results.fallback")}</p>}
      <div className="offer-card__actions" lang={language.tag} dir={language.dir}>
        <ShortlistButton entry={{ id: offer.id, title: offer.display.title, places: places.join(", ") }} />
      </div>
    </article>
  );
}
