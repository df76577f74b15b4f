import type { Actor } from "../actor/actor.js";
import type { Id } from "../shared/id.js";
import { type TargetGroup, TargetGroupSchema, targetGroupLabels } from "./enums.js";
import { ageRangeInYears } from "./logic.js";
import type { Offer } from "./offer.js";

/** A term of the platform's own published taxonomy (life phases, transitions, fields of action). */
export interface HsdsTaxonomyTerm {
  id: Id;
  code: string;
  name: string;
  description: string;
  /** Which vocabulary it belongs to, e.g. `praeventionskette:lebensphase`. */
  taxonomy: string;
  /** The id of that vocabulary as an HSDS `taxonomy` (see {@link hsdsOfferTaxonomies}), published as `taxonomy_id`. */
  taxonomyId?: Id;
}

/** A vocabulary of the platform's own published taxonomy, as an HSDS 3.0 `taxonomy`. */
export interface HsdsTaxonomy {
  id: string;
  /** The name terms carry in `taxonomy`, e.g. `praeventionskette:lebensphase`. */
  name: string;
  description: string;
}

/** An HSDS 3.0 `taxonomy_term`, as services' attributes and taxonomy term lists publish it. */
export interface HsdsTaxonomyTermRecord {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id?: string;
}

/** The provider of an offer as HSDS publishes it (an actor in its public view). */
export type HsdsProvider = Pick<Actor, "id" | "name" | "shortName" | "description" | "website" | "email">;

/** Options of {@link offerToHsdsService}. */
export interface OfferToHsdsOptions {
  /** Taxonomy terms by the id of our life phase, transition or field of action; ids without a term are left out. */
  taxonomyTerms?: ReadonlyMap<Id, HsdsTaxonomyTerm>;
  /** The record's last change (ISO date-time), as `last_modified`. */
  lastModified?: string;
  /** `state_province` of the addresses; default "Nordrhein-Westfalen". */
  stateProvince?: string;
}

/**
 * An Open Referral HSDS 3.0 `service` in its compiled (nested) form, as far as an offer fills
 * it. Optional HSDS fields that an offer leaves empty are left out rather than set to null.
 */
export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  alternate_name?: string;
  description?: string;
  url?: string;
  email?: string;
  status: "active" | "inactive" | "defunct" | "temporarily closed";
  eligibility_description?: string;
  minimum_age: number;
  maximum_age?: number;
  fees_description?: string;
  last_modified?: string;
  organization: HsdsOrganization;
  service_at_locations: {
    id: string;
    service_id: string;
    location_id: string;
    location: {
      id: string;
      location_type: "physical";
      name?: string;
      /** WGS 84 decimal degrees, when the location has coordinates. */
      latitude?: number;
      longitude?: number;
      addresses: {
        id: string;
        location_id: string;
        address_1: string;
        city: string;
        state_province: string;
        postal_code: string;
        country: string;
        address_type: "physical";
      }[];
      accessibility: { id: string; location_id: string; description?: string; details?: string }[];
    };
  }[];
  schedules: { id: string; service_id: string; freq: "WEEKLY" | "MONTHLY"; byday?: string; opens_at?: string; closes_at?: string; description?: string }[];
  languages: { id: string; service_id: string; name: string; code: string }[];
  cost_options: { id: string; service_id: string; option: string; currency: "EUR"; amount?: number; amount_description?: string }[];
  contacts: { id: string; service_id: string; name: string; email?: string }[];
  phones: { id: string; service_id: string; number: string }[];
  attributes: {
    id: string;
    link_id: string;
    link_type: "service";
    link_entity: "service";
    taxonomy_term_id: string;
    taxonomy_term: HsdsTaxonomyTermRecord;
  }[];
}

/** An HSDS 3.0 `organization` with its one-to-one fields: an offer's provider. */
export interface HsdsOrganization {
  id: string;
  name: string;
  alternate_name?: string;
  description: string;
  email?: string;
  website?: string;
}

/** The fields of a service that hold more than one record each; lists leave them out. */
const serviceChildren: readonly string[] = ["service_at_locations", "schedules", "languages", "cost_options", "contacts", "phones", "attributes"] satisfies (keyof HsdsService)[];

/** A service as HSDS lists publish it (`service_list`): its one-to-one fields and its organization. */
export type HsdsServiceSummary = Omit<HsdsService, "service_at_locations" | "schedules" | "languages" | "cost_options" | "contacts" | "phones" | "attributes">;

function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * A UUID that depends only on `name` (RFC 9562 version 8, custom): the ids HSDS requires for
 * every nested record (address, schedule, language …) stay the same from one export to the next.
 */
function stableUuid(name: string): string {
  const hex = [0x811c9dc5, 0x01000193, 0x5bd1e995, 0x27d4eb2f].map((seed) => fnv1a(name, seed).toString(16).padStart(8, "0")).join("");
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const taxonomy = (name: string, description: string): HsdsTaxonomy => ({ id: stableUuid(`taxonomy|${name}`), name, description });

/**
 * The vocabularies that classify offers, as HSDS 3.0 taxonomies: life phases, transitions and
 * fields of action (terms are the records a youth office configures, ids theirs) and target
 * groups (terms from {@link hsdsTargetGroupTerms}). The ids are the same on every platform.
 *
 * @example
 * hsdsOfferTaxonomies.lifePhase.name; // "praeventionskette:lebensphase"
 */
export const hsdsOfferTaxonomies = {
  lifePhase: taxonomy("praeventionskette:lebensphase", "Lebensphasen der Präventionskette, von Schwangerschaft und Geburt bis zum Übergang in den Beruf."),
  transition: taxonomy("praeventionskette:uebergang", "Übergänge zwischen Lebensphasen, an denen Präventionsketten am häufigsten reißen (z. B. Kita → Grundschule)."),
  fieldOfAction: taxonomy("praeventionskette:handlungsfeld", "Handlungsfelder der kommunalen Prävention (z. B. Bildung, Gesundheit, Soziales)."),
  targetGroup: taxonomy("praeventionskette:zielgruppe", "Zielgruppen der Angebote (z. B. werdende Eltern, Kinder, Alleinerziehende)."),
} as const satisfies Record<string, HsdsTaxonomy>;

const targetGroupTerm = (group: TargetGroup): HsdsTaxonomyTerm => ({
  id: stableUuid(`zielgruppe|${group}`),
  code: group,
  name: targetGroupLabels[group].de,
  description: targetGroupLabels[group].en,
  taxonomy: hsdsOfferTaxonomies.targetGroup.name,
  taxonomyId: hsdsOfferTaxonomies.targetGroup.id,
});

/**
 * The target groups as HSDS taxonomy terms, with the ids services' attributes link to.
 *
 * @example
 * hsdsTargetGroupTerms().find((term) => term.code === "parents")?.name; // "Eltern"
 */
export function hsdsTargetGroupTerms(): HsdsTaxonomyTerm[] {
  return TargetGroupSchema.options.map(targetGroupTerm);
}

/**
 * A taxonomy term as HSDS publishes it (`taxonomy_term`), with `taxonomy_id` where known.
 *
 * @example
 * taxonomyTermToHsds(hsdsTargetGroupTerms()[0]!).taxonomy; // "praeventionskette:zielgruppe"
 */
export function taxonomyTermToHsds(term: HsdsTaxonomyTerm): HsdsTaxonomyTermRecord {
  const record: HsdsTaxonomyTermRecord = { id: term.id, code: term.code, name: term.name, description: term.description, taxonomy: term.taxonomy };
  return term.taxonomyId === undefined ? record : { ...record, taxonomy_id: term.taxonomyId };
}

/**
 * The ids the HSDS mapping gives the `index`-th location of an offer and its
 * `service_at_location`: to find a location published by {@link offerToHsdsService} again.
 *
 * @example
 * hsdsLocationIds(offer.id, 0).locationId === offerToHsdsService(offer, provider).service_at_locations[0]?.location_id; // true
 */
export function hsdsLocationIds(offerId: Id, index: number): { locationId: string; serviceAtLocationId: string } {
  return { locationId: stableUuid(`${offerId}|location|${index}`), serviceAtLocationId: stableUuid(`${offerId}|service_at_location|${index}`) };
}

const languageNames = new Intl.DisplayNames(["de"], { type: "language" });
const languageName = (code: string): string => {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
};

const defined = <T extends Record<string, unknown>>(record: T): T =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null && value !== undefined && value !== "")) as T;

/**
 * An offer's provider as an HSDS 3.0 `organization` (one-to-one fields). HSDS requires a
 * description, if only an empty one. Pass the provider in its public view.
 *
 * @example
 * providerToHsdsOrganization(publicView(provider)).name;
 */
export function providerToHsdsOrganization(provider: HsdsProvider): HsdsOrganization {
  return {
    ...defined({ id: provider.id, name: provider.name, alternate_name: provider.shortName ?? undefined, email: provider.email ?? undefined, website: provider.website ?? undefined }),
    description: provider.description,
  };
}

/**
 * A service as HSDS lists publish it (`service_list`): without the records it holds more than
 * one of (locations, schedules, languages, cost options, contacts, phones, attributes).
 *
 * @example
 * hsdsServiceSummary(offerToHsdsService(offer, provider)).organization.name;
 */
export function hsdsServiceSummary(service: HsdsService): HsdsServiceSummary {
  const children = new Set(serviceChildren);
  return Object.fromEntries(Object.entries(service).filter(([key]) => !children.has(key))) as HsdsServiceSummary;
}

const statuses = { active: "active", inactive: "inactive", defunct: "defunct", temporarilyClosed: "temporarily closed" } as const;

/**
 * Maps an offer to an Open Referral HSDS 3.0 `service` with its organization (and
 * `organization_id`), locations and addresses (country "DE"), `latitude`/`longitude` of
 * locations with coordinates, accessibility, schedules (iCal fields; times as HH:MM:SS),
 * languages (ISO 639-1 code with the German name), cost options in EUR, contacts, phones and
 * attributes linking our published taxonomy (life phases, transitions, fields of action from
 * `taxonomyTerms`, and target groups with `taxonomy_id`). Ages: `minimum_age = floor(minAgeMonths / 12)`, 0 for
 * pregnancy, and `maximum_age` the last whole year of age included, because HSDS bounds are
 * inclusive and ours is exclusive (under 72 months → 5; see {@link ageRangeInYears}). Nested
 * records get ids derived from the offer's id, stable across exports. Pass the provider in its
 * public view: whatever it carries is published.
 *
 * @example
 * const service = offerToHsdsService(offer, publicView(provider), { lastModified: "2026-01-15T10:00:00.000Z" });
 * service.maximum_age; // 5 for an offer for children "3 bis unter 6"
 */
export function offerToHsdsService(offer: Offer, provider: HsdsProvider, options: OfferToHsdsOptions = {}): HsdsService {
  const sub = (kind: string, key: string | number) => stableUuid(`${offer.id}|${kind}|${key}`);
  const { minimumAge, maximumAge } = ageRangeInYears(offer);
  const terms = [...offer.lifePhaseIds, ...offer.transitionIds, ...offer.fieldOfActionIds].flatMap((id) => {
    const term = options.taxonomyTerms?.get(id);
    return term ? [term] : [];
  });
  for (const group of offer.targetGroups) terms.push(targetGroupTerm(group));
  const cost = offer.cost;
  return defined({
    id: offer.id,
    organization_id: provider.id,
    name: offer.title,
    alternate_name: offer.shortTitle ?? undefined,
    description: offer.description,
    url: offer.contact.url ?? undefined,
    email: offer.contact.email ?? undefined,
    status: statuses[offer.status],
    eligibility_description: offer.eligibility,
    minimum_age: minimumAge,
    maximum_age: maximumAge ?? undefined,
    fees_description: cost.description ?? undefined,
    last_modified: options.lastModified,
    organization: providerToHsdsOrganization(provider),
    service_at_locations: offer.locations.map((place, i) => {
      const { locationId, serviceAtLocationId } = hsdsLocationIds(offer.id, i);
      const access = place.accessibility;
      const wheelchair = access.wheelchairAccessible === null ? undefined : access.wheelchairAccessible ? "Rollstuhlgerecht" : "Nicht rollstuhlgerecht";
      return {
        id: serviceAtLocationId,
        service_id: offer.id,
        location_id: locationId,
        location: defined({
          id: locationId,
          location_type: "physical" as const,
          name: place.name ?? undefined,
          // Records stored before locations had coordinates carry none at all.
          latitude: place.coordinates?.latitude,
          longitude: place.coordinates?.longitude,
          addresses: [
            {
              id: sub("address", i),
              location_id: locationId,
              address_1: place.address.street,
              city: place.address.city,
              state_province: options.stateProvince ?? "Nordrhein-Westfalen",
              postal_code: place.address.postalCode,
              country: "DE",
              address_type: "physical" as const,
            },
          ],
          accessibility:
            wheelchair === undefined && access.description === null
              ? []
              : [defined({ id: sub("accessibility", i), location_id: locationId, description: wheelchair, details: access.description ?? undefined })],
        }),
      };
    }),
    schedules: offer.schedules.map((s, i) =>
      defined({
        id: sub("schedule", i),
        service_id: offer.id,
        freq: s.freq,
        byday: s.byDay.join(","),
        opens_at: s.opensAt === null ? undefined : `${s.opensAt}:00`,
        closes_at: s.closesAt === null ? undefined : `${s.closesAt}:00`,
        description: s.description ?? undefined,
      }),
    ),
    languages: offer.languages.map((code) => ({ id: sub("language", code), service_id: offer.id, name: languageName(code), code })),
    cost_options: [
      defined({
        id: sub("cost_option", 0),
        service_id: offer.id,
        option: cost.free ? "Kostenlos" : "Kostenpflichtig",
        currency: "EUR" as const,
        amount: cost.free ? 0 : cost.amountCents === null ? undefined : cost.amountCents / 100,
        amount_description: cost.description ?? undefined,
      }),
    ],
    contacts: offer.contact.name === null ? [] : [defined({ id: sub("contact", 0), service_id: offer.id, name: offer.contact.name, email: offer.contact.email ?? undefined })],
    phones: offer.contact.phone === null ? [] : [{ id: sub("phone", 0), service_id: offer.id, number: offer.contact.phone }],
    attributes: terms.map((term) => ({
      id: sub("attribute", term.id),
      link_id: offer.id,
      link_type: "service" as const,
      link_entity: "service" as const,
      taxonomy_term_id: term.id,
      taxonomy_term: taxonomyTermToHsds(term),
    })),
  });
}
