import { type OfferInput, OfferInputSchema, type OfferStatus } from "@praeventionskette/domain";

/** The offer form's fields as people type them; converted to the domain's OfferInput on save. */
export interface OfferFormValues {
  title: string;
  shortTitle: string;
  description: string;
  eligibility: string;
  providerId: string;
  territoryId: string;
  fieldOfActionId: string;
  minAge: string;
  maxAge: string;
  languages: string;
  free: boolean;
  email: string;
  phone: string;
  url: string;
  status: OfferStatus;
}

/** The form fields an issue of the domain schema belongs to (first path segment → field). */
const FIELD_OF_PATH: Record<string, keyof OfferFormValues> = {
  title: "title",
  shortTitle: "shortTitle",
  description: "description",
  eligibility: "eligibility",
  providerId: "providerId",
  territoryIds: "territoryId",
  fieldOfActionIds: "fieldOfActionId",
  minAgeMonths: "minAge",
  maxAgeMonths: "maxAge",
  languages: "languages",
  cost: "free",
  contact: "email",
  status: "status",
};

/** Which form field shows an issue at this path (`""`: the form as a whole). */
export function formFieldOf(path: string): keyof OfferFormValues | "" {
  const contactField = /^contact\.(email|phone|url)/.exec(path)?.[1] as "email" | "phone" | "url" | undefined;
  return contactField ?? FIELD_OF_PATH[path.split(".")[0] ?? ""] ?? "";
}

/** The fields of a stored offer the form keeps unchanged (locations, schedules, links, …). */
export type OfferBase = Omit<OfferInput, "title" | "shortTitle" | "description" | "eligibility" | "providerId" | "minAgeMonths" | "maxAgeMonths" | "languages" | "status">;

/** An empty offer as a new one starts. */
export const NEW_OFFER_BASE: OfferBase = {
  territoryIds: [],
  locations: [],
  schedules: [],
  cost: { free: true, amountCents: null, description: null },
  contact: { name: null, email: null, phone: null, url: null },
  visibleFrom: null,
  visibleTo: null,
  lifePhaseIds: [],
  transitionIds: [],
  fieldOfActionIds: [],
  targetGroups: ["parents"],
  preventionLevel: "universal",
  goalIds: [],
  translations: {},
};

/** The form's values for an offer (or a new one). */
export function formValuesOf(offer: OfferInput | null): OfferFormValues {
  return {
    title: offer?.title ?? "",
    shortTitle: offer?.shortTitle ?? "",
    description: offer?.description ?? "",
    eligibility: offer?.eligibility ?? "",
    providerId: offer?.providerId ?? "",
    territoryId: offer?.territoryIds[0] ?? "",
    fieldOfActionId: offer?.fieldOfActionIds[0] ?? "",
    minAge: String(offer?.minAgeMonths ?? 0),
    maxAge: offer?.maxAgeMonths === null || offer?.maxAgeMonths === undefined ? "" : String(offer.maxAgeMonths),
    languages: (offer?.languages ?? ["de"]).join(", "),
    free: offer?.cost.free ?? true,
    email: offer?.contact.email ?? "",
    phone: offer?.contact.phone ?? "",
    url: offer?.contact.url ?? "",
    status: offer?.status ?? "active",
  };
}

const orNull = (text: string) => (text.trim() === "" ? null : text.trim());
const months = (text: string) => (text.trim() === "" ? Number.NaN : Number(text.trim().replace("−", "-")));

/**
 * The offer to save: the form's fields over the stored offer's other fields. A single territory
 * or field of action chosen in the form replaces the first one and keeps the others.
 */
export function offerInputOf(values: OfferFormValues, base: OfferBase): unknown {
  const replaceFirst = (ids: readonly string[], id: string) => (id === "" ? ids.slice(1) : [id, ...ids.filter((other, index) => index > 0 && other !== id)]);
  return {
    ...base,
    title: values.title,
    shortTitle: orNull(values.shortTitle),
    description: values.description,
    eligibility: values.eligibility,
    providerId: values.providerId,
    territoryIds: replaceFirst(base.territoryIds, values.territoryId),
    fieldOfActionIds: replaceFirst(base.fieldOfActionIds, values.fieldOfActionId),
    minAgeMonths: months(values.minAge),
    maxAgeMonths: values.maxAge.trim() === "" ? null : months(values.maxAge),
    languages: values.languages.split(/[\s,;]+/).filter(Boolean).map((code) => code.toLowerCase()),
    cost: values.free ? { free: true, amountCents: null, description: base.cost.description } : { ...base.cost, free: false },
    contact: { ...base.contact, email: orNull(values.email), phone: orNull(values.phone), url: orNull(values.url) },
    status: values.status,
  };
}

/** Checks the offer with the domain's own schema; the messages per form field, or the valid input. */
export function validateOffer(values: OfferFormValues, base: OfferBase): { input: OfferInput; errors: null } | { input: null; errors: Record<string, string> } {
  const parsed = OfferInputSchema.safeParse(offerInputOf(values, base));
  if (parsed.success) return { input: parsed.data, errors: null };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[formFieldOf(issue.path.join("."))] ??= issue.message;
  return { input: null, errors };
}
