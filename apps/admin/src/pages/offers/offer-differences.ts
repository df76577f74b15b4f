import type { TFunction } from "i18next";
import type { FieldDifference } from "../../components/ConflictDialog.js";
import { type OfferFormValues, TRANSLATION_LANGUAGES } from "./offer-form-values.js";

/** The label of each form field in the conflict dialog's comparison (keys of the app's texts). */
const LABEL_KEYS: Record<keyof OfferFormValues, string> = {
  title: "offerEdit.offerTitle",
  shortTitle: "offerEdit.shortTitle",
  description: "offerEdit.description",
  eligibility: "offerEdit.eligibility",
  providerId: "offerEdit.provider",
  territoryIds: "offerEdit.territories",
  fieldOfActionIds: "offerEdit.fieldsOfAction",
  minAge: "offerEdit.minAge",
  maxAge: "offerEdit.maxAge",
  languages: "offerEdit.languages",
  free: "offerEdit.free",
  costAmount: "offerArea.costAmount",
  costDescription: "offerArea.costDescription",
  contactName: "offerArea.contactName",
  email: "offerEdit.email",
  phone: "offerEdit.phone",
  url: "offerEdit.website",
  status: "offerEdit.status",
  visibleFrom: "offerArea.visibleFrom",
  visibleTo: "offerArea.visibleTo",
  preventionLevel: "offerArea.preventionLevel",
  targetGroups: "offerArea.targetGroups",
  lifePhaseIds: "offerArea.lifePhases",
  transitionIds: "offerArea.transitions",
  goalIds: "offerArea.goals",
  locations: "offerArea.sections.locations",
  schedules: "offerArea.sections.schedules",
  translations: "offerArea.sections.translations",
};

/** A field's value as a line of text, for comparing two versions side by side. */
function describe(key: keyof OfferFormValues, values: OfferFormValues, nameOf: (id: string) => string): string {
  switch (key) {
    case "locations":
      return values.locations.map((l) => [l.name, l.street, `${l.postalCode} ${l.city}`.trim(), l.latitude && `${l.latitude} / ${l.longitude}`].filter(Boolean).join(", ")).join("; ");
    case "schedules":
      return values.schedules.map((s) => [s.byDay.join("/"), [s.opensAt, s.closesAt].filter(Boolean).join("–"), s.description].filter(Boolean).join(" ")).join("; ");
    case "translations":
      return TRANSLATION_LANGUAGES.filter((language) => values.translations[language].title.trim() !== "").map((language) => `${language}: ${values.translations[language].title}`).join("; ");
    case "territoryIds":
    case "fieldOfActionIds":
    case "lifePhaseIds":
    case "transitionIds":
    case "goalIds":
      return values[key].map(nameOf).join(", ");
    default: {
      const value = values[key];
      return Array.isArray(value) ? value.join(", ") : String(value ?? "");
    }
  }
}

/**
 * The fields where the person's entries and the version someone else saved differ, as the
 * conflict dialog lists them: label, the person's value, the saved value.
 *
 * @example
 * offerDifferences(form.state.values, formValuesOf(saved), { t, nameOf }); // [{ label: "Kurztitel", mine: "…", theirs: "…" }]
 */
export function offerDifferences(mine: OfferFormValues, theirs: OfferFormValues, { t, nameOf }: { t: TFunction; nameOf: (id: string) => string }): FieldDifference[] {
  return (Object.keys(LABEL_KEYS) as (keyof OfferFormValues)[])
    .filter((key) => JSON.stringify(mine[key]) !== JSON.stringify(theirs[key]))
    .map((key) => ({ label: t(LABEL_KEYS[key]), mine: describe(key, mine, nameOf), theirs: describe(key, theirs, nameOf) }));
}
