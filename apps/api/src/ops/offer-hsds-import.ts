import { type OfferStatus, PreventionLevelSchema, TargetGroupSchema, WeekdaySchema } from "@praeventionskette/domain";
import { z } from "zod";
import type { OfferDraft, RowProblem } from "./offer-import.js";

/*
 * Offers from Open Referral HSDS 3.0 JSON: a list of services in the compiled (nested) form, as
 * `export-offers --format hsds` and the open-data API write them, or a page of the HSDS API
 * (`contents`). Only what HSDS carries is read; on an update everything else stays as stored
 * (prevention level, goals, publication window, ages in months where the whole years agree).
 * Territories come from `service_areas` (official key from a DCAT-AP.de political-geocoding
 * URI, else the name), the provider from `organization` (id, else name), our taxonomy from
 * `attributes` (life phases, transitions, fields of action, target groups, prevention level).
 */

/** The URI prefix of DCAT-AP.de political geocoding, which names a territory by its official key. */
export const POLITICAL_GEOCODING_URI = "http://dcat-ap.de/def/politicalGeocoding/";

/** The taxonomies our attributes use. */
export const OFFER_TAXONOMIES = {
  lifePhase: "praeventionskette:lebensphase",
  transition: "praeventionskette:uebergang",
  fieldOfAction: "praeventionskette:handlungsfeld",
  targetGroup: "praeventionskette:zielgruppe",
  preventionLevel: "praeventionskette:praeventionsebene",
} as const;

/** The HSDS field of each offer field, for messages about a field. */
export const HSDS_FIELDS: Partial<Record<string, string>> = {
  title: "name",
  shortTitle: "alternate_name",
  description: "description",
  providerId: "organization",
  territoryIds: "service_areas",
  locations: "service_at_locations",
  schedules: "schedules",
  languages: "languages",
  cost: "cost_options",
  minAgeMonths: "minimum_age",
  maxAgeMonths: "maximum_age",
  eligibility: "eligibility_description",
  contact: "email",
  status: "status",
  lifePhaseIds: "attributes",
  transitionIds: "attributes",
  fieldOfActionIds: "attributes",
  targetGroups: "attributes",
  preventionLevel: "attributes",
};

const text = z.string().nullish();
const HsdsServiceSchema = z.object({
  id: z.string(),
  name: z.string(),
  alternate_name: text,
  description: text,
  url: text,
  email: text,
  status: z.enum(["active", "inactive", "defunct", "temporarily closed"], { error: "Der Status ist active, inactive, defunct oder temporarily closed." }),
  eligibility_description: text,
  minimum_age: z.number().nonnegative().nullish(),
  maximum_age: z.number().nonnegative().nullish(),
  fees_description: text,
  last_modified: text,
  organization_id: text,
  organization: z.object({ id: text, name: z.string() }).nullish(),
  service_areas: z.array(z.object({ name: text, uri: text })).nullish(),
  service_at_locations: z
    .array(
      z.object({
        location: z.object({
          name: text,
          latitude: z.number().nullish(),
          longitude: z.number().nullish(),
          addresses: z.array(z.object({ address_1: z.string(), city: z.string(), postal_code: z.string() })).nullish(),
          accessibility: z.array(z.object({ description: text, details: text })).nullish(),
        }),
      }),
    )
    .nullish(),
  schedules: z.array(z.object({ freq: text, byday: text, opens_at: text, closes_at: text, description: text })).nullish(),
  languages: z.array(z.object({ code: text, name: text })).nullish(),
  cost_options: z.array(z.object({ option: text, amount: z.number().nullish(), amount_description: text })).nullish(),
  contacts: z.array(z.object({ name: text, email: text })).nullish(),
  phones: z.array(z.object({ number: z.string() })).nullish(),
  attributes: z.array(z.object({ taxonomy_term: z.object({ code: text, taxonomy: text }).nullish() })).nullish(),
});
type HsdsServiceInput = z.infer<typeof HsdsServiceSchema>;

const statuses: Record<HsdsServiceInput["status"], OfferStatus> = { active: "active", inactive: "inactive", defunct: "defunct", "temporarily closed": "temporarilyClosed" };
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The services of an HSDS file as drafts for the import, with the problems found in single fields. */
export function parseHsdsServices(json: string): { drafts: OfferDraft[]; problems: RowProblem[] } {
  let document: unknown;
  try {
    document = JSON.parse(json);
  } catch (error) {
    return { drafts: [], problems: [{ line: 1, column: null, message: `Die Datei ist kein gültiges JSON: ${(error as Error).message}` }] };
  }
  const services = Array.isArray(document)
    ? document
    : document && typeof document === "object" && Array.isArray((document as { contents?: unknown }).contents)
      ? (document as { contents: unknown[] }).contents
      : document && typeof document === "object" && "id" in document
        ? [document]
        : null;
  if (!services) {
    return { drafts: [], problems: [{ line: 1, column: null, message: "Die Datei enthält keine HSDS-Dienste: erwartet wird eine Liste von Diensten (service) oder eine Seite der HSDS-API mit „contents“." }] };
  }
  const problems: RowProblem[] = [];
  const drafts = services.flatMap((raw, index): OfferDraft[] => {
    const line = index + 1;
    const parsed = HsdsServiceSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ line, column: issue.path.join(".") || null, message: issue.message });
      return [];
    }
    const service = parsed.data;
    const fail = (column: string, message: string) => problems.push({ line, column, message });
    const draft: OfferDraft = { line, id: null, expected: service.last_modified ? { lastModified: service.last_modified } : null, fields: {}, refs: {}, ages: null };
    if (uuid.test(service.id)) draft.id = service.id.toLowerCase();
    else fail("id", `„${service.id}“ ist keine UUID; HSDS verlangt UUIDs als Kennungen.`);

    const f = draft.fields;
    f.title = service.name;
    f.shortTitle = service.alternate_name || null;
    f.description = service.description ?? "";
    f.eligibility = service.eligibility_description ?? "";
    f.status = statuses[service.status];
    f.contact = {
      name: service.contacts?.[0]?.name || null,
      email: service.email || service.contacts?.[0]?.email || null,
      phone: service.phones?.[0]?.number || null,
      url: service.url || null,
    };
    if (service.minimum_age !== null && service.minimum_age !== undefined) {
      draft.ages = { minimumAge: Math.floor(service.minimum_age), maximumAge: service.maximum_age === null || service.maximum_age === undefined ? null : Math.floor(service.maximum_age) };
    }
    const cost = service.cost_options?.[0];
    if (cost) {
      const free = cost.amount === 0 || /^(kostenlos|kostenfrei|gratis|free)$/i.test(cost.option ?? "");
      f.cost = {
        free,
        amountCents: free || cost.amount === null || cost.amount === undefined ? null : Math.round(cost.amount * 100),
        description: service.fees_description || cost.amount_description || null,
      };
    }
    if (service.languages) {
      f.languages = service.languages.flatMap((language, i) => {
        const code = (language.code ?? "").toLowerCase().split(/[-_]/)[0] ?? "";
        if (/^[a-z]{2}$/.test(code)) return [code];
        fail(`languages.${i}.code`, `„${language.code ?? language.name ?? ""}“ ist kein zweistelliger Sprachcode nach ISO 639-1 (z. B. „de“, „tr“).`);
        return [];
      });
    }
    if (service.schedules) {
      f.schedules = service.schedules.map((schedule, i) => {
        const freq = (schedule.freq ?? "WEEKLY").toUpperCase();
        if (freq !== "WEEKLY" && freq !== "MONTHLY") fail(`schedules.${i}.freq`, `„${schedule.freq ?? ""}“: übernommen werden wöchentliche und monatliche Termine (WEEKLY, MONTHLY).`);
        const byDay = (schedule.byday ?? "")
          .split(",")
          .map((day) => day.trim().toUpperCase().replace(/^[+-]?\d+/, ""))
          .filter((day) => day !== "");
        for (const day of byDay) if (!WeekdaySchema.safeParse(day).success) fail(`schedules.${i}.byday`, `„${day}“ ist kein Wochentag (MO, TU, WE, TH, FR, SA, SU).`);
        const hhmm = (value: string | null | undefined) => (value ? value.slice(0, 5) : null);
        return { freq, byDay, opensAt: hhmm(schedule.opens_at), closesAt: hhmm(schedule.closes_at), description: schedule.description || null };
      });
    }
    if (service.service_at_locations) {
      f.locations = service.service_at_locations.flatMap(({ location }, i) => {
        const address = location.addresses?.[0];
        if (!address) {
          fail(`service_at_locations.${i}.location.addresses`, "Ein Standort braucht eine Anschrift (address_1, postal_code, city).");
          return [];
        }
        const access = location.accessibility?.[0];
        const said = (access?.description ?? "").trim().toLocaleLowerCase("de");
        const wheelchair = said === "rollstuhlgerecht" ? true : said === "nicht rollstuhlgerecht" ? false : null;
        const details = [wheelchair === null ? access?.description : null, access?.details].filter((part): part is string => Boolean(part)).join(" – ");
        const hasCoordinates = typeof location.latitude === "number" && typeof location.longitude === "number";
        return [
          {
            name: location.name || null,
            address: { street: address.address_1, postalCode: address.postal_code, city: address.city },
            accessibility: { wheelchairAccessible: wheelchair, description: details || null },
            ...(hasCoordinates ? { coordinates: { latitude: location.latitude, longitude: location.longitude, source: "entered" } } : {}),
          },
        ];
      });
    }
    if (service.service_areas && service.service_areas.length > 0) {
      const keys = service.service_areas.map((area) => {
        const key = area.uri?.startsWith(POLITICAL_GEOCODING_URI) ? /\/(\d{2,12})$/.exec(area.uri)?.[1] : undefined;
        return key ?? area.name ?? "";
      });
      draft.refs.territories = { keys, names: null, column: "service_areas" };
    }
    const organization = service.organization;
    if (organization || service.organization_id) {
      draft.refs.provider = { id: organization?.id ?? service.organization_id ?? undefined, name: organization?.name ?? "", column: "organization" };
    }
    const codesOf = (taxonomy: string) =>
      (service.attributes ?? []).flatMap((attribute) => (attribute.taxonomy_term?.taxonomy === taxonomy && attribute.taxonomy_term.code ? [attribute.taxonomy_term.code] : []));
    // A file that uses our taxonomy says which terms apply (none, too); one without it says nothing.
    const usesOurTaxonomy = (service.attributes ?? []).some((attribute) => attribute.taxonomy_term?.taxonomy?.startsWith("praeventionskette:"));
    const withCodes = (taxonomy: string, key: "lifePhases" | "transitions" | "fieldsOfAction") => {
      if (usesOurTaxonomy) draft.refs[key] = { codes: codesOf(taxonomy), column: "attributes" };
    };
    withCodes(OFFER_TAXONOMIES.lifePhase, "lifePhases");
    withCodes(OFFER_TAXONOMIES.transition, "transitions");
    withCodes(OFFER_TAXONOMIES.fieldOfAction, "fieldsOfAction");
    const groups = codesOf(OFFER_TAXONOMIES.targetGroup);
    if (groups.length > 0) {
      f.targetGroups = groups.filter((code) => {
        if (TargetGroupSchema.safeParse(code).success) return true;
        fail("attributes", `„${code}“ ist keine bekannte Zielgruppe.`);
        return false;
      });
    }
    const [level] = codesOf(OFFER_TAXONOMIES.preventionLevel);
    if (level) {
      if (PreventionLevelSchema.safeParse(level).success) f.preventionLevel = level;
      else fail("attributes", `„${level}“ ist keine Präventionsebene (universal, selective, indicated).`);
    }
    return [draft];
  });
  return { drafts, problems };
}
