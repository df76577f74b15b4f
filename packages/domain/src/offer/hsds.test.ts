import { readFileSync } from "node:fs";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import {
  type HsdsTaxonomyTerm,
  hsdsLocationIds,
  hsdsOfferTaxonomies,
  hsdsServiceSummary,
  hsdsTargetGroupTerms,
  offerToHsdsService,
  providerToHsdsOrganization,
  taxonomyTermToHsds,
} from "./hsds.js";
import type { Offer } from "./offer.js";

// The compiled (nested) HSDS 3.0 service schema from openreferral/specification, kept in the
// shared standards folder beside the checkout.
const standard = (file: string) => JSON.parse(readFileSync(new URL(`../../../../../shared/standards/hsds-3.0/schema/${file}`, import.meta.url), "utf8")) as object;
const ajv = new Ajv({ allErrors: true, format: "full" });
// The plain (not compiled) schemas refer to each other by file name.
for (const file of ["taxonomy.json", "metadata.json"]) ajv.addSchema(standard(file), file);
const validate = ajv.compile(standard("compiled/service.json"));
const validateListed = ajv.compile(standard("compiled/service_list.json"));
const validateOrganization = ajv.compile(standard("compiled/organization_list.json"));
const validateTaxonomy = ajv.compile(standard("taxonomy.json"));
const validateTerm = ajv.compile(standard("taxonomy_term.json"));

const phaseId = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
const offer: Offer = {
  id: "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
  title: "Sprachförderung in der Kita",
  shortTitle: "Sprachkita",
  description: "Alltagsintegrierte Sprachbildung für Kinder von 3 bis unter 6 Jahren.",
  providerId: "0b7f4c1e-6a0a-4c8e-9a55-2f1d2f0c9e11",
  territoryIds: ["5d0c8a4e-1f3b-4b7e-8a61-3c2e4f5a6b7c"],
  locations: [
    {
      name: "Familienzentrum Olfen",
      address: { street: "Kirchstraße 5", postalCode: "59399", city: "Olfen" },
      accessibility: { wheelchairAccessible: true, description: "Aufzug am Seiteneingang" },
      coordinates: { latitude: 51.7112, longitude: 7.3826, source: "map" },
    },
  ],
  schedules: [{ freq: "WEEKLY", byDay: ["TU", "TH"], opensAt: "09:30", closesAt: "11:30", description: "außer in den Schulferien" }],
  languages: ["de", "tr", "uk"],
  cost: { free: false, amountCents: 2500, description: "ermäßigt auf Anfrage" },
  minAgeMonths: 36,
  maxAgeMonths: 72,
  eligibility: "Kinder mit Sprachförderbedarf",
  contact: { name: "Kita-Leitung", email: "kita@olfen.example", phone: "02595 12345", url: "https://olfen.example/kita" },
  status: "temporarilyClosed",
  visibleFrom: null,
  visibleTo: null,
  lifePhaseIds: [phaseId],
  transitionIds: [],
  fieldOfActionIds: ["9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d"],
  targetGroups: ["children", "parents"],
  preventionLevel: "universal",
  goalIds: [],
  translations: { en: { title: "Language support at the day-care centre", shortTitle: null, description: "", eligibility: "" } },
};
const provider = { id: offer.providerId, name: "Familienzentrum Olfen e. V.", shortName: "FZ Olfen", description: "", website: "https://fz-olfen.example", email: null };
const terms = new Map<string, HsdsTaxonomyTerm>([
  [phaseId, { id: "c56a4180-65aa-42ec-a945-5fd21dec0538", code: "kita-alter", name: "Kita-Alter (Ü3)", description: "3 bis unter 6 Jahre", taxonomy: "praeventionskette:lebensphase" }],
]);

describe("offerToHsdsService", () => {
  it("publishes our exclusive upper age bound as HSDS's inclusive maximum_age", () => {
    expect(offerToHsdsService(offer, provider)).toMatchObject({ minimum_age: 3, maximum_age: 5 });
    expect(offerToHsdsService({ ...offer, minAgeMonths: -9, maxAgeMonths: 12 }, provider)).toMatchObject({ minimum_age: 0, maximum_age: 0 });
    expect(offerToHsdsService({ ...offer, maxAgeMonths: null }, provider).maximum_age).toBeUndefined();
  });

  it("is valid against the HSDS 3.0 service schema", () => {
    const service = offerToHsdsService(offer, provider, { taxonomyTerms: terms, lastModified: "2026-01-15T10:00:00.000Z" });
    expect(validate(service), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const minimal = offerToHsdsService({ ...offer, shortTitle: null, locations: [], schedules: [], cost: { free: true, amountCents: null, description: null }, contact: { name: null, email: null, phone: null, url: "https://olfen.example" }, status: "active" }, { ...provider, shortName: null, website: null });
    expect(validate(minimal), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // The schema does check: our own status spelling or an id that is no UUID is refused.
    expect(validate({ ...service, status: "temporarilyClosed" })).toBe(false);
    expect(validate({ ...service, languages: [{ ...service.languages[0], id: "de" }] })).toBe(false);
  });

  it("maps status, schedules, languages, costs, locations and taxonomy as DOMAIN.md's table says", () => {
    const service = offerToHsdsService(offer, provider, { taxonomyTerms: terms });
    expect(service).toMatchObject({ id: offer.id, name: offer.title, alternate_name: "Sprachkita", status: "temporarily closed", eligibility_description: "Kinder mit Sprachförderbedarf", fees_description: "ermäßigt auf Anfrage", url: "https://olfen.example/kita", email: "kita@olfen.example" });
    expect(service.organization).toEqual({ id: provider.id, name: provider.name, alternate_name: "FZ Olfen", description: "", website: "https://fz-olfen.example" });
    expect(service.schedules[0]).toMatchObject({ freq: "WEEKLY", byday: "TU,TH", opens_at: "09:30:00", closes_at: "11:30:00" });
    expect(service.languages.map((l) => [l.code, l.name])).toEqual([["de", "Deutsch"], ["tr", "Türkisch"], ["uk", "Ukrainisch"]]);
    expect(service.cost_options[0]).toMatchObject({ currency: "EUR", amount: 25, option: "Kostenpflichtig" });
    expect(service.service_at_locations[0]?.location.addresses[0]).toMatchObject({ address_1: "Kirchstraße 5", postal_code: "59399", city: "Olfen", country: "DE", state_province: "Nordrhein-Westfalen" });
    expect(service.service_at_locations[0]?.location.accessibility[0]).toMatchObject({ description: "Rollstuhlgerecht", details: "Aufzug am Seiteneingang" });
    expect(service.attributes.map((a) => a.taxonomy_term.code)).toEqual(["kita-alter", "children", "parents"]);
    expect(service.phones).toEqual([expect.objectContaining({ number: "02595 12345" })]);
  });

  it("exports a location's coordinates as HSDS latitude and longitude, and none where it has no coordinates", () => {
    const withCoordinates = offerToHsdsService(offer, provider).service_at_locations[0]?.location;
    expect(withCoordinates).toMatchObject({ latitude: 51.7112, longitude: 7.3826 });
    const place = { ...offer.locations[0]!, coordinates: null };
    const without = offerToHsdsService({ ...offer, locations: [place] }, provider);
    expect(without.service_at_locations[0]?.location).not.toHaveProperty("latitude");
    expect(without.service_at_locations[0]?.location).not.toHaveProperty("longitude");
    expect(validate(without), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it("gives nested records ids that stay the same from one export to the next", () => {
    const ids = (s: ReturnType<typeof offerToHsdsService>) => [...s.languages.map((l) => l.id), s.service_at_locations[0]?.location.id];
    expect(ids(offerToHsdsService(offer, provider))).toEqual(ids(offerToHsdsService(offer, provider)));
    expect(new Set(ids(offerToHsdsService(offer, provider))).size).toBe(4);
  });

  it("names its organization by organization_id, and lists services without their child records as service_list does", () => {
    const service = offerToHsdsService(offer, provider, { taxonomyTerms: terms });
    expect(service.organization_id).toBe(provider.id);
    const summary = hsdsServiceSummary(service);
    for (const key of ["service_at_locations", "schedules", "languages", "cost_options", "contacts", "phones", "attributes"]) expect(summary).not.toHaveProperty(key);
    expect(summary).toMatchObject({ id: offer.id, name: offer.title, organization: { name: provider.name } });
    expect(validateListed(summary), JSON.stringify(validateListed.errors, null, 2)).toBe(true);
    const organization = providerToHsdsOrganization(provider);
    expect(organization).toEqual(service.organization);
    expect(validateOrganization(organization), JSON.stringify(validateOrganization.errors, null, 2)).toBe(true);
  });

  it("publishes its taxonomies and target-group terms with the ids services link to", () => {
    for (const taxonomy of Object.values(hsdsOfferTaxonomies)) expect(validateTaxonomy(taxonomy), JSON.stringify(validateTaxonomy.errors)).toBe(true);
    expect(new Set(Object.values(hsdsOfferTaxonomies).map((t) => t.id)).size).toBe(4);
    const groups = hsdsTargetGroupTerms();
    expect(groups.map((g) => g.code)).toContain("singleParents");
    for (const group of groups) expect(validateTerm(taxonomyTermToHsds(group)), JSON.stringify(validateTerm.errors)).toBe(true);
    const attribute = offerToHsdsService(offer, provider).attributes.find((a) => a.taxonomy_term.code === "parents");
    expect(attribute?.taxonomy_term).toEqual(taxonomyTermToHsds(groups.find((g) => g.code === "parents")!));
    expect(attribute?.taxonomy_term.taxonomy_id).toBe(hsdsOfferTaxonomies.targetGroup.id);
    // Terms passed without a taxonomy id are published without one.
    expect(taxonomyTermToHsds(terms.get(phaseId)!)).not.toHaveProperty("taxonomy_id");
  });

  it("finds a location's ids again from the offer and its position", () => {
    const [first] = offerToHsdsService(offer, provider).service_at_locations;
    expect(hsdsLocationIds(offer.id, 0)).toEqual({ locationId: first?.location_id, serviceAtLocationId: first?.id });
    expect(hsdsLocationIds(offer.id, 1).locationId).not.toBe(first?.location_id);
  });
});
