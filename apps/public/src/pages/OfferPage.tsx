import { fellBackToGerman } from "@praeventionskette/domain";
import { useTranslation } from "../i18n/translate.js";
import { ageRangeText } from "../lib/ages.js";
import { ShortlistButton } from "../components/ShortlistButton.js";
import { directionOf } from "../i18n/languages.js";
import { usePagePath, usePortal } from "../lib/portal-context.js";
import { PATHS } from "../lib/routes.js";
import { scheduleText } from "../lib/schedule.js";
import type { OfferDetail } from "../lib/trpc.js";

function languageName(code: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage === "de-x-ls" ? "de" : uiLanguage], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** One offer as a family reads it: what, for whom, where, when, costs, access, contact. */
export function OfferPage({ offer }: { offer: OfferDetail | null }) {
  const { t } = useTranslation();
  const { language } = usePortal();
  const pagePath = usePagePath();
  if (!offer) {
    return (
      <div className="page">
        <h1>{t("offer.notFound")}</h1>
        <p><a href={pagePath(PATHS.search)}>{t("offer.back")}</a></p>
      </div>
    );
  }
  const { display } = offer;
  return (
    <article className="page offer-page">
      <p className="back"><a href={pagePath(PATHS.search)}>{t("offer.back")}</a></p>
      <h1 lang={display.fieldLanguages.title} dir={directionOf(display.fieldLanguages.title)}>{display.title}</h1>
      <ShortlistButton entry={{ id: offer.id, title: display.title, places: [...new Set(offer.locations.map((location) => location.address.city))].join(", ") }} />
      {fellBackToGerman(display, ["title", "description", "eligibility"]) && <p className="fallback">{t("results.fallback")}</p>}
      <p className="offer-page__description" lang={display.fieldLanguages.description} dir={directionOf(display.fieldLanguages.description)}>{display.description}</p>
      <dl className="facts">
        <dt>{t("results.ages")}</dt>
        <dd>{ageRangeText(offer.minAgeMonths, offer.maxAgeMonths, t)}</dd>
        {display.eligibility && (<><dt>{t("offer.eligibility")}</dt><dd lang={display.fieldLanguages.eligibility} dir={directionOf(display.fieldLanguages.eligibility)}>{display.eligibility}</dd></>)}
        {offer.provider && (<><dt>{t("offer.provider")}</dt><dd>{offer.provider.name}</dd></>)}
        <dt>{t("offer.costs")}</dt>
        <dd>{offer.cost.free ? t("offer.free") : [t("offer.paid"), offer.cost.amountCents !== null ? new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" }).format(offer.cost.amountCents / 100) : null, offer.cost.description].filter(Boolean).join(" · ")}</dd>
        <dt>{t("offer.languages")}</dt>
        <dd>{offer.languages.map((code) => languageName(code, language.tag)).join(", ")}</dd>
        {offer.schedules.length > 0 && (
          <>
            <dt>{t("offer.schedule")}</dt>
            <dd>
              <ul>{offer.schedules.map((schedule, index) => <li key={index}>{scheduleText(schedule, language.tag)}</li>)}</ul>
            </dd>
          </>
        )}
      </dl>
      <section aria-labelledby="places">
        <h2 id="places">{t("offer.places")}</h2>
        {offer.locations.length === 0 ? (
          <p>{t("offer.noPlace")}</p>
        ) : (
          <ul className="places">
            {offer.locations.map((location, index) => (
              <li key={index}>
                {location.name && <strong>{location.name}</strong>}
                <address>{location.address.street}, {location.address.postalCode} {location.address.city}</address>
                <span>
                  {location.accessibility.wheelchairAccessible === true ? t("offer.wheelchairYes") : location.accessibility.wheelchairAccessible === false ? t("offer.wheelchairNo") : t("offer.wheelchairUnknown")}
                  {location.accessibility.description ? ` · ${location.accessibility.description}` : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="contact">
        <h2 id="contact">{t("offer.contact")}</h2>
        <ul className="contact">
          {offer.contact.name && <li>{offer.contact.name}</li>}
          {offer.contact.phone && <li>{t("offer.phone")}: <a href={`tel:${offer.contact.phone.replace(/[^\d+]/g, "")}`}>{offer.contact.phone}</a></li>}
          {offer.contact.email && <li>{t("offer.email")}: <a href={`mailto:${offer.contact.email}`}>{offer.contact.email}</a></li>}
          {offer.contact.url && <li>{t("offer.website")}: <a href={offer.contact.url} rel="noopener">{offer.contact.url}</a></li>}
        </ul>
      </section>
    </article>
  );
}
