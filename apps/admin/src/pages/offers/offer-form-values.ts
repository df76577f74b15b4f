import {
  type OfferInput,
  OfferInputSchema,
  type OfferStatus,
  type PreventionLevel,
  type ScheduleFrequency,
  type TargetGroup,
  type TranslationLanguage,
  TranslationLanguageSchema,
  type Weekday,
} from "@praeventionskette/domain";

/** One place of the offer as people type it: numbers as text, accessibility as a three-way choice. */
export interface LocationFormValues {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  wheelchairAccessible: "yes" | "no" | "unknown";
  accessibilityDescription: string;
  /** Degrees north, with a decimal point or comma; empty with `longitude` for „no point“. */
  latitude: string;
  longitude: string;
  /** Where the point came from: placed on the map or typed in. */
  coordinateSource: "entered" | "map" | "demo";
}

/** One recurring time of the offer. */
export interface ScheduleFormValues {
  freq: ScheduleFrequency;
  byDay: Weekday[];
  opensAt: string;
  closesAt: string;
  description: string;
}

/** The offer's texts in one language; all empty means „not translated“. */
export interface TranslationFormValues {
  title: string;
  shortTitle: string;
  description: string;
  eligibility: string;
}

/** The form's fields as people type them; converted to the domain's OfferInput on save. */
export interface OfferFormValues {
  title: string;
  shortTitle: string;
  description: string;
  eligibility: string;
  providerId: string;
  /** In the order chosen, the main territory first; `""` for a row nothing is chosen in yet. */
  territoryIds: string[];
  fieldOfActionIds: string[];
  minAge: string;
  maxAge: string;
  languages: string;
  free: boolean;
  /** Euros, e.g. „25,00“; empty when the amount is not fixed. */
  costAmount: string;
  costDescription: string;
  contactName: string;
  email: string;
  phone: string;
  url: string;
  status: OfferStatus;
  visibleFrom: string | null;
  visibleTo: string | null;
  preventionLevel: PreventionLevel;
  targetGroups: TargetGroup[];
  lifePhaseIds: string[];
  transitionIds: string[];
  goalIds: string[];
  locations: LocationFormValues[];
  schedules: ScheduleFormValues[];
  translations: Record<TranslationLanguage, TranslationFormValues>;
}

/** The languages an offer can be translated into, in the order the form shows them. */
export const TRANSLATION_LANGUAGES: readonly TranslationLanguage[] = TranslationLanguageSchema.options;

/** The form fields an issue of the domain schema belongs to (first path segment → field). */
const FIELD_OF_PATH: Record<string, keyof OfferFormValues> = {
  title: "title",
  shortTitle: "shortTitle",
  description: "description",
  eligibility: "eligibility",
  providerId: "providerId",
  territoryIds: "territoryIds",
  fieldOfActionIds: "fieldOfActionIds",
  minAgeMonths: "minAge",
  maxAgeMonths: "maxAge",
  languages: "languages",
  cost: "free",
  contact: "email",
  status: "status",
  visibleFrom: "visibleFrom",
  visibleTo: "visibleTo",
  preventionLevel: "preventionLevel",
  targetGroups: "targetGroups",
  lifePhaseIds: "lifePhaseIds",
  transitionIds: "transitionIds",
  goalIds: "goalIds",
  locations: "locations",
  schedules: "schedules",
  translations: "translations",
};

/** The location form field an issue inside `locations.N.…` belongs to. */
function locationField(rest: string[]): keyof LocationFormValues {
  const [group, part] = rest;
  if (group === "address" && (part === "street" || part === "postalCode" || part === "city")) return part;
  if (group === "accessibility") return part === "wheelchairAccessible" ? "wheelchairAccessible" : "accessibilityDescription";
  // The domain reports a point outside Germany at the latitude.
  if (group === "coordinates") return part === "longitude" ? "longitude" : "latitude";
  return "name";
}

/**
 * Which form field shows an issue at this path (`""`: the form as a whole). Fields inside lists
 * are named by their position: `locations.0.postalCode`, `schedules.1.closesAt`, `translations.tr.title`.
 */
export function formFieldOf(path: string): string {
  const [head = "", ...rest] = path.split(".");
  if (head === "contact") {
    const part = rest[0];
    if (part === "name") return "contactName";
    return part === "phone" || part === "url" ? part : "email";
  }
  if (head === "cost") return rest[0] === "amountCents" ? "costAmount" : rest[0] === "description" ? "costDescription" : "free";
  if (head === "locations" && rest.length >= 2) return `locations.${rest[0]}.${locationField(rest.slice(1))}`;
  if (head === "schedules" && rest.length >= 2) return `schedules.${rest[0]}.${rest[1]}`;
  if (head === "translations" && rest.length >= 2) return `translations.${rest[0]}.${rest[1]}`;
  return FIELD_OF_PATH[head] ?? "";
}

/** A place with nothing filled in yet. */
export const EMPTY_LOCATION: LocationFormValues = { name: "", street: "", postalCode: "", city: "", wheelchairAccessible: "unknown", accessibilityDescription: "", latitude: "", longitude: "", coordinateSource: "map" };

/** A weekly time with nothing chosen yet. */
export const EMPTY_SCHEDULE: ScheduleFormValues = { freq: "WEEKLY", byDay: [], opensAt: "", closesAt: "", description: "" };

const EMPTY_TRANSLATION: TranslationFormValues = { title: "", shortTitle: "", description: "", eligibility: "" };

/** A number of degrees or euros in German or English notation, for the form. */
const decimal = (value: number, digits?: number): string => (digits === undefined ? String(value) : value.toFixed(digits)).replace(".", ",");

/** The form's values for an offer (or a new one). */
export function formValuesOf(offer: OfferInput | null): OfferFormValues {
  const translations = Object.fromEntries(
    TRANSLATION_LANGUAGES.map((language) => {
      const translation = offer?.translations[language];
      return [language, translation ? { title: translation.title, shortTitle: translation.shortTitle ?? "", description: translation.description, eligibility: translation.eligibility } : EMPTY_TRANSLATION];
    }),
  ) as Record<TranslationLanguage, TranslationFormValues>;
  return {
    title: offer?.title ?? "",
    shortTitle: offer?.shortTitle ?? "",
    description: offer?.description ?? "",
    eligibility: offer?.eligibility ?? "",
    providerId: offer?.providerId ?? "",
    // A new offer starts with one empty row of each, so that the first choice needs no extra click.
    territoryIds: offer ? [...offer.territoryIds] : [""],
    fieldOfActionIds: offer ? [...offer.fieldOfActionIds] : [""],
    minAge: String(offer?.minAgeMonths ?? 0),
    maxAge: offer?.maxAgeMonths === null || offer?.maxAgeMonths === undefined ? "" : String(offer.maxAgeMonths),
    languages: (offer?.languages ?? ["de"]).join(", "),
    free: offer?.cost.free ?? true,
    costAmount: offer?.cost.amountCents === null || offer?.cost.amountCents === undefined ? "" : decimal(offer.cost.amountCents / 100, 2),
    costDescription: offer?.cost.description ?? "",
    contactName: offer?.contact.name ?? "",
    email: offer?.contact.email ?? "",
    phone: offer?.contact.phone ?? "",
    url: offer?.contact.url ?? "",
    status: offer?.status ?? "active",
    visibleFrom: offer?.visibleFrom ?? null,
    visibleTo: offer?.visibleTo ?? null,
    preventionLevel: offer?.preventionLevel ?? "universal",
    targetGroups: offer?.targetGroups ?? ["parents"],
    lifePhaseIds: offer?.lifePhaseIds ?? [],
    transitionIds: offer?.transitionIds ?? [],
    goalIds: offer?.goalIds ?? [],
    locations: (offer?.locations ?? []).map((location) => ({
      name: location.name ?? "",
      street: location.address.street,
      postalCode: location.address.postalCode,
      city: location.address.city,
      wheelchairAccessible: location.accessibility.wheelchairAccessible === null ? "unknown" : location.accessibility.wheelchairAccessible ? "yes" : "no",
      accessibilityDescription: location.accessibility.description ?? "",
      latitude: location.coordinates ? decimal(location.coordinates.latitude) : "",
      longitude: location.coordinates ? decimal(location.coordinates.longitude) : "",
      coordinateSource: location.coordinates?.source ?? "map",
    })),
    schedules: (offer?.schedules ?? []).map((schedule) => ({ freq: schedule.freq, byDay: schedule.byDay, opensAt: schedule.opensAt ?? "", closesAt: schedule.closesAt ?? "", description: schedule.description ?? "" })),
    translations,
  };
}

const orNull = (text: string) => (text.trim() === "" ? null : text.trim());
const months = (text: string) => (text.trim() === "" ? Number.NaN : Number(text.trim().replace("−", "-")));
/** „51,83“ and „51.83“ alike; anything else is NaN, which the domain refuses with its message. */
const degrees = (text: string) => Number(text.trim().replace(",", ".").replace("−", "-"));

/** Euros as typed („25“, „25,50“, „1.250,00“) in cents; NaN when it is no amount. */
export function centsOf(text: string): number {
  const normalized = text.trim().replace(/\s|€/g, "").replace(/\.(?=\d{3}(\D|$))/g, "").replace(",", ".");
  if (!/^\d+(\.\d{1,2})?$/.test(normalized)) return Number.NaN;
  return Math.round(Number(normalized) * 100);
}

function locationInputOf(location: LocationFormValues) {
  const hasPoint = location.latitude.trim() !== "" || location.longitude.trim() !== "";
  return {
    name: orNull(location.name),
    address: { street: location.street, postalCode: location.postalCode, city: location.city },
    accessibility: { wheelchairAccessible: location.wheelchairAccessible === "unknown" ? null : location.wheelchairAccessible === "yes", description: orNull(location.accessibilityDescription) },
    coordinates: hasPoint ? { latitude: degrees(location.latitude), longitude: degrees(location.longitude), source: location.coordinateSource } : null,
  };
}

function translationsInputOf(translations: OfferFormValues["translations"]) {
  const entries = TRANSLATION_LANGUAGES.flatMap((language) => {
    const translation = translations[language];
    const filled = Object.values(translation).some((text) => text.trim() !== "");
    // A language with any text is a translation and needs its title; an empty one is none.
    return filled ? [[language, { title: translation.title, shortTitle: orNull(translation.shortTitle), description: translation.description.trim(), eligibility: translation.eligibility.trim() }]] : [];
  });
  return Object.fromEntries(entries);
}

/** The ids chosen in a list of pickers: rows left empty do not count, and each id once. */
const chosenIds = (ids: readonly string[]) => [...new Set(ids.filter((id) => id !== ""))];

/** The offer to save, from the form's fields. */
export function offerInputOf(values: OfferFormValues): unknown {
  return {
    title: values.title,
    shortTitle: orNull(values.shortTitle),
    description: values.description,
    eligibility: values.eligibility,
    providerId: values.providerId,
    territoryIds: chosenIds(values.territoryIds),
    fieldOfActionIds: chosenIds(values.fieldOfActionIds),
    minAgeMonths: months(values.minAge),
    maxAgeMonths: values.maxAge.trim() === "" ? null : months(values.maxAge),
    languages: values.languages.split(/[\s,;]+/).filter(Boolean).map((code) => code.toLowerCase()),
    cost: { free: values.free, amountCents: values.free || values.costAmount.trim() === "" ? null : centsOf(values.costAmount), description: orNull(values.costDescription) },
    contact: { name: orNull(values.contactName), email: orNull(values.email), phone: orNull(values.phone), url: orNull(values.url) },
    status: values.status,
    visibleFrom: values.visibleFrom,
    visibleTo: values.visibleTo,
    preventionLevel: values.preventionLevel,
    targetGroups: values.targetGroups,
    lifePhaseIds: values.lifePhaseIds,
    transitionIds: values.transitionIds,
    goalIds: values.goalIds,
    locations: values.locations.map(locationInputOf),
    schedules: values.schedules.map((schedule) => ({ freq: schedule.freq, byDay: schedule.byDay, opensAt: orNull(schedule.opensAt), closesAt: orNull(schedule.closesAt), description: orNull(schedule.description) })),
    translations: translationsInputOf(values.translations),
  };
}

/** German messages for what the domain's schema words in English or not at all (typed amounts). */
const COST_AMOUNT_MESSAGE = "Bitte geben Sie den Betrag in Euro an, z. B. 25 oder 12,50.";

/**
 * German words for zod's generic issues; the domain's own messages (already German) win, as
 * zod asks a per-parse map only for issues without one.
 */
function germanIssue(issue: { code?: string; origin?: string; minimum?: unknown; maximum?: unknown; expected?: string; input?: unknown }): string | undefined {
  if (issue.code === "too_small" && issue.origin === "string") return Number(issue.minimum) <= 1 ? "Bitte füllen Sie dieses Feld aus." : `Bitte mindestens ${String(issue.minimum)} Zeichen.`;
  if (issue.code === "too_big" && issue.origin === "string") return `Bitte höchstens ${String(issue.maximum)} Zeichen.`;
  if (issue.code === "too_small" && issue.origin === "number") return `Der Wert muss mindestens ${String(issue.minimum)} sein.`;
  if (issue.code === "too_big" && issue.origin === "number") return `Der Wert darf höchstens ${String(issue.maximum)} sein.`;
  if (issue.code === "too_big" && issue.origin === "array") return `Bitte höchstens ${String(issue.maximum)} Einträge.`;
  if (issue.code === "invalid_type" && (issue.expected === "number" || issue.expected === "int")) return "Bitte geben Sie eine ganze Zahl ein.";
  if (issue.code === "invalid_value") return "Bitte wählen Sie einen der angebotenen Werte.";
  if (issue.code === "invalid_format") return "Die Angabe hat nicht das erwartete Format.";
  return undefined;
}

/** Checks the offer with the domain's own schema; the messages per form field, or the valid input. */
export function validateOffer(values: OfferFormValues): { input: OfferInput; errors: null } | { input: null; errors: Record<string, string> } {
  const parsed = OfferInputSchema.safeParse(offerInputOf(values), { error: germanIssue });
  if (parsed.success) return { input: parsed.data, errors: null };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = formFieldOf(issue.path.join("."));
    errors[field] ??= field === "costAmount" && !values.free && Number.isNaN(centsOf(values.costAmount)) ? COST_AMOUNT_MESSAGE : issue.message;
  }
  return { input: null, errors };
}
