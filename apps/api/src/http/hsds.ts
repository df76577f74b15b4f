import {
  type DisplayLanguage,
  DisplayLanguageSchema,
  type HsdsService,
  type HsdsTaxonomy,
  hsdsOfferTaxonomies,
  hsdsServiceSummary,
  taxonomyTermToHsds,
} from "@praeventionskette/domain";
import { type Context, Hono, type MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import { etag, RETAINED_304_HEADERS } from "hono/etag";
import type { Kysely } from "kysely";
import type { Database } from "../db/types.js";
import { offersCsv } from "./hsds-csv.js";
import {
  findPublishedLocation,
  findPublishedOrganization,
  findPublishedService,
  type HsdsPaging,
  type HsdsServiceFilter,
  type HsdsServiceLocation,
  publishedLocationPage,
  publishedOrganizationPage,
  publishedServicePage,
  publishedTaxonomyTerms,
} from "../repositories/hsds.js";

/** What the open-data API is built from. */
export interface HsdsRoutesOptions {
  db: Kysely<Database>;
  /** The origin people use, for the links of the API's description. */
  publicUrl: string;
  /** Today in the platform's time zone: offers are published by day. */
  today: () => string;
}

/** Entries per page unless `per_page` says otherwise, the most it may ask for, and the last page one may ask for. */
const DEFAULT_PER_PAGE = 50;
const MAX_PER_PAGE = 500;
const MAX_PAGE = 1_000_000;

/** How long shared caches and browsers may keep an answer without asking again (seconds). */
const MAX_AGE_SECONDS = 60;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A query parameter the API cannot answer: 400 with a message naming it. */
class BadParameter extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

function wholeNumber(c: Context, name: string, fallback: number, max: number): number {
  const text = c.req.query(name);
  if (text === undefined) return fallback;
  const value = /^\d{1,9}$/.test(text) ? Number(text) : NaN;
  if (!(value >= 1 && value <= max)) throw new BadParameter(name, `„${name}“ muss eine ganze Zahl von 1 bis ${max} sein (angegeben: „${text}“).`);
  return value;
}

function pagingOf(c: Context): HsdsPaging {
  return { page: wholeNumber(c, "page", 1, MAX_PAGE), perPage: wholeNumber(c, "per_page", DEFAULT_PER_PAGE, MAX_PER_PAGE) };
}

function flag(c: Context, name: string): boolean {
  const text = c.req.query(name);
  if (text === undefined || text === "false") return false;
  if (text === "true") return true;
  throw new BadParameter(name, `„${name}“ ist true oder false (angegeben: „${text}“).`);
}

function uuidParameter(c: Context, name: string): string | undefined {
  const text = c.req.query(name);
  if (text === undefined || text === "") return undefined;
  if (!UUID.test(text)) throw new BadParameter(name, `„${name}“ muss eine UUID sein (angegeben: „${text}“).`);
  return text.toLowerCase();
}

function textParameter(c: Context, name: string): string | undefined {
  const text = c.req.query(name)?.trim();
  return text ? text.slice(0, 200) : undefined;
}

/** `modified_after`: a date (from midnight UTC) or a date-time with its offset, as an ISO instant. */
function instantParameter(c: Context, name: string): string | undefined {
  const text = c.req.query(name);
  if (text === undefined || text === "") return undefined;
  const shape = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2}))?$/;
  const instant = shape.test(text) ? new Date(text) : null;
  if (!instant || Number.isNaN(instant.getTime())) {
    throw new BadParameter(name, `„${name}“ ist ein Datum (2026-01-31) oder ein Zeitpunkt mit Zeitzone (2026-01-31T08:00:00Z), angegeben: „${text}“.`);
  }
  return instant.toISOString();
}

/** Only JSON is offered; `format=ndjson` (all results as a stream) is not. */
function checkFormat(c: Context): void {
  const format = c.req.query("format");
  if (format !== undefined && format !== "json") throw new BadParameter("format", `„format“: nur „json“ wird angeboten (angegeben: „${format}“).`);
}

/**
 * `lang`: the language variant of the offers' texts (de, the default, en, tr, ar, uk, ru, pl,
 * fa, de-x-ls). HSDS 3.0 defines no way to choose one (its `languages` are the languages a
 * service is delivered in), so this parameter is our extension; a URL names one variant, which
 * keeps answers cacheable without `Vary: Accept-Language`.
 */
function languageOf(c: Context): DisplayLanguage {
  const text = c.req.query("lang");
  if (text === undefined || text === "") return "de";
  const parsed = DisplayLanguageSchema.safeParse(text);
  if (!parsed.success) throw new BadParameter("lang", `„lang“ ist eine dieser Sprachen: ${DisplayLanguageSchema.options.join(", ")} (angegeben: „${text}“).`);
  return parsed.data;
}

function serviceFilterOf(c: Context): HsdsServiceFilter {
  checkFormat(c);
  return {
    search: textParameter(c, "search"),
    taxonomyTermId: uuidParameter(c, "taxonomy_term_id"),
    taxonomyId: uuidParameter(c, "taxonomy_id"),
    organizationId: uuidParameter(c, "organization_id"),
    modifiedAfter: instantParameter(c, "modified_after"),
  };
}

/** The HSDS page around a list: counts and position, then the entries. */
function page<T>(contents: T[], total: number, paging: HsdsPaging) {
  const totalPages = Math.ceil(total / paging.perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: paging.page,
    size: contents.length,
    first_page: paging.page === 1,
    last_page: paging.page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** In-memory paging of a short list (taxonomies and their terms). */
function pageOfList<T>(items: T[], paging: HsdsPaging) {
  const start = (paging.page - 1) * paging.perPage;
  return page(items.slice(start, start + paging.perPage), items.length, paging);
}

const notFound = (c: Context, what: string, id: string) => c.json({ error: `${what} mit der ID „${id}“ gibt es in den offenen Daten nicht.` }, 404);

const without = <T extends object, K extends keyof T>(record: T, ...keys: K[]): Omit<T, K> =>
  Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key as K))) as Omit<T, K>;

/** A location in full, and with its one-to-one fields only, as lists carry it (without addresses and accessibility). */
function locationSummary({ service, index }: HsdsServiceLocation) {
  const located = service.service_at_locations[index];
  if (!located) throw new Error(`Ort ${index} des Angebots ${service.id} fehlt.`);
  return { located, full: located.location, oneToOne: without(located.location, "addresses", "accessibility") };
}

/** A service_at_location: in lists its one-to-one fields with the location's and the service's; in full everything. */
function serviceAtLocation(entry: HsdsServiceLocation, full: boolean) {
  const { located, full: location, oneToOne } = locationSummary(entry);
  const service = without(entry.service, "service_at_locations");
  return {
    id: located.id,
    service_id: located.service_id,
    location_id: located.location_id,
    location: full ? location : oneToOne,
    service: full ? service : hsdsServiceSummary(entry.service),
  };
}

const taxonomies: HsdsTaxonomy[] = Object.values(hsdsOfferTaxonomies);

const matchesWords = (search: string | undefined, ...texts: string[]) => {
  if (!search) return true;
  const haystack = texts.join(" ").toLocaleLowerCase("de");
  return search
    .toLocaleLowerCase("de")
    .split(/\s+/)
    .every((word) => haystack.includes(word));
};

/**
 * Answers are public and the same for everyone: any site may read them (CORS without
 * credentials), caches may keep them for a minute and revalidate by ETag. Errors are not kept.
 */
function openDataHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const ok = c.res.status === 200 || c.res.status === 304;
    c.res.headers.set("Cache-Control", ok ? `public, max-age=${MAX_AGE_SECONDS}` : "no-store");
    // Which language variant the texts are in (HSDS records cannot say it themselves).
    if (ok) c.res.headers.set("Content-Language", DisplayLanguageSchema.safeParse(c.req.query("lang")).data ?? "de");
  };
}

/** Offers per database read while the CSV is assembled. */
const CSV_BATCH = 500;

/**
 * The open-data API over the offers published today, after the Open Referral HSDS 3.0 API
 * reference: `/` (what this API is), `/services`, `/services/{id}`, `/organizations`,
 * `/organizations/{id}`, `/service_at_locations`, `/service_at_locations/{id}`, `/locations`,
 * `/locations/{id}`, `/taxonomies`, `/taxonomies/{id}`, `/taxonomy_terms`,
 * `/taxonomy_terms/{id}`. Read-only and anonymous: no cookie or session is looked at, nothing
 * unpublished is shown, and no staff names (the offers are read as anonymous visitors read them).
 *
 * @example
 * app.route("/api/hsds", hsdsRoutes({ db, publicUrl: "https://praevention.kreis-coesfeld.de", today: todayInBerlin }));
 */
export function hsdsRoutes(options: HsdsRoutesOptions): Hono {
  const { db, today } = options;
  const base = `${options.publicUrl.replace(/\/$/, "")}/api/hsds`;
  const api = new Hono();
  api.use("*", cors({ origin: "*", allowMethods: ["GET", "HEAD", "OPTIONS"], maxAge: 86_400 }));
  api.use("*", openDataHeaders());
  api.use("*", etag({ retainedHeaders: [...RETAINED_304_HEADERS, "access-control-allow-origin"] }));
  // Other errors go on to the application's handler (logged, 500).
  api.onError((error, c) => {
    if (error instanceof BadParameter) return c.json({ error: error.message, parameter: error.parameter }, 400);
    throw error;
  });

  const about = (c: Context) =>
    c.json({
      version: "3.0",
      profile: "https://github.com/openreferral/specification/tree/3.0/schema",
      openapi_url: "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json",
      name: "Präventionskette: Angebote als offene Daten",
      description:
        "Die heute veröffentlichten Angebote der kommunalen Präventionskette im Format Open Referral HSDS 3.0: Angebote (services), Anbieter (organizations), Orte und die Taxonomie (Lebensphasen, Übergänge, Handlungsfelder, Zielgruppen). Ohne personenbezogene Daten außer den Kontaktangaben, die ein Angebot selbst veröffentlicht. Texte der Angebote auf Deutsch; mit ?lang= (en, tr, ar, uk, ru, pl, fa, de-x-ls) in einer Übersetzung, soweit es sie gibt, sonst auf Deutsch. Alle Angebote als Tabelle: offers.csv.",
      languages: DisplayLanguageSchema.options,
      links: {
        csv: `${base}/offers.csv`,
        services: `${base}/services`,
        organizations: `${base}/organizations`,
        service_at_locations: `${base}/service_at_locations`,
        locations: `${base}/locations`,
        taxonomies: `${base}/taxonomies`,
        taxonomy_terms: `${base}/taxonomy_terms`,
      },
    });
  api.get("/", about);
  // Mounted at /api/hsds, "/" is /api/hsds only; this one is /api/hsds/ (the address the docs give).
  api.get("/:slash{/?}", about);

  api.get("/services", async (c) => {
    const filter = serviceFilterOf(c);
    const paging = pagingOf(c);
    const full = flag(c, "full");
    const { items, total } = await publishedServicePage(db, today(), filter, paging, languageOf(c));
    return c.json(page(full ? items : items.map(hsdsServiceSummary), total, paging));
  });

  api.get("/services/:id", async (c) => {
    const id = c.req.param("id");
    const service = UUID.test(id) ? await findPublishedService(db, today(), id.toLowerCase(), languageOf(c)) : undefined;
    return service ? c.json(service) : notFound(c, "Ein Angebot (service)", id);
  });

  // Every published offer as one spreadsheet (German conventions, see hsds-csv.ts).
  api.get("/offers.csv", async (c) => {
    const language = languageOf(c);
    const services: HsdsService[] = [];
    for (let number = 1; ; number++) {
      const { items, total } = await publishedServicePage(db, today(), {}, { page: number, perPage: CSV_BATCH }, language);
      services.push(...items);
      if (items.length === 0 || number * CSV_BATCH >= total) break;
    }
    const portal = options.publicUrl.replace(/\/$/, "");
    const csv = offersCsv(services, (id) => `${portal}/angebote/${id}`);
    const name = language === "de" ? "angebote.csv" : `angebote-${language}.csv`;
    return c.body(csv, 200, { "Content-Type": "text/csv; charset=utf-8; header=present", "Content-Disposition": `attachment; filename="${name}"` });
  });

  api.get("/organizations", async (c) => {
    checkFormat(c);
    const paging = pagingOf(c);
    const { items, total } = await publishedOrganizationPage(db, today(), { search: textParameter(c, "search") }, paging);
    return c.json(page(items, total, paging));
  });

  api.get("/organizations/:id", async (c) => {
    const id = c.req.param("id");
    const fullServices = flag(c, "full_service");
    const found = UUID.test(id) ? await findPublishedOrganization(db, today(), id.toLowerCase(), languageOf(c)) : undefined;
    if (!found) return notFound(c, "Ein Anbieter (organization)", id);
    const services: (HsdsService | ReturnType<typeof hsdsServiceSummary>)[] = fullServices ? found.services : found.services.map(hsdsServiceSummary);
    return c.json({ ...found.organization, services });
  });

  const locationFilterOf = (c: Context) => {
    if (c.req.query("proximity") !== undefined) throw new BadParameter("proximity", "Eine Umkreissuche („proximity“) wird nicht angeboten; „postcode“ findet Orte mit dieser Postleitzahl.");
    return { ...serviceFilterOf(c), postcode: textParameter(c, "postcode") };
  };

  api.get("/service_at_locations", async (c) => {
    const filter = locationFilterOf(c);
    const paging = pagingOf(c);
    const full = flag(c, "full");
    const { items, total } = await publishedLocationPage(db, today(), filter, paging, languageOf(c));
    return c.json(page(items.map((entry) => serviceAtLocation(entry, full)), total, paging));
  });

  api.get("/service_at_locations/:id", async (c) => {
    const id = c.req.param("id");
    const found = UUID.test(id) ? await findPublishedLocation(db, today(), id.toLowerCase(), "serviceAtLocation", languageOf(c)) : undefined;
    return found ? c.json(serviceAtLocation(found, true)) : notFound(c, "Ein Angebot an einem Ort (service_at_location)", id);
  });

  api.get("/locations", async (c) => {
    const filter = locationFilterOf(c);
    const paging = pagingOf(c);
    const { items, total } = await publishedLocationPage(db, today(), filter, paging);
    return c.json(page(items.map((entry) => locationSummary(entry).full), total, paging));
  });

  api.get("/locations/:id", async (c) => {
    const id = c.req.param("id");
    const found = UUID.test(id) ? await findPublishedLocation(db, today(), id.toLowerCase(), "location") : undefined;
    return found ? c.json(locationSummary(found).full) : notFound(c, "Ein Ort (location)", id);
  });

  api.get("/taxonomies", (c) => {
    checkFormat(c);
    const paging = pagingOf(c);
    const search = textParameter(c, "search");
    return c.json(pageOfList(taxonomies.filter((t) => matchesWords(search, t.name, t.description)), paging));
  });

  api.get("/taxonomies/:id", (c) => {
    const id = c.req.param("id");
    const taxonomy = taxonomies.find((t) => t.id === id.toLowerCase());
    return taxonomy ? c.json(taxonomy) : notFound(c, "Eine Taxonomie", id);
  });

  api.get("/taxonomy_terms", async (c) => {
    checkFormat(c);
    const paging = pagingOf(c);
    const search = textParameter(c, "search");
    const taxonomyId = uuidParameter(c, "taxonomy_id");
    // Our terms have no parents: every term is a top term, and none has the parent asked for.
    const parentId = uuidParameter(c, "parent_id");
    flag(c, "top_only");
    const terms = (await publishedTaxonomyTerms(db, today())).filter(
      (term) => parentId === undefined && (taxonomyId === undefined || term.taxonomyId === taxonomyId) && matchesWords(search, term.code, term.name, term.description),
    );
    return c.json(pageOfList(terms.map(taxonomyTermToHsds), paging));
  });

  api.get("/taxonomy_terms/:id", async (c) => {
    const id = c.req.param("id").toLowerCase();
    const term = UUID.test(id) ? (await publishedTaxonomyTerms(db, today())).find((t) => t.id === id) : undefined;
    if (!term) return notFound(c, "Ein Begriff der Taxonomie (taxonomy_term)", c.req.param("id"));
    const detail = taxonomies.find((t) => t.id === term.taxonomyId);
    return c.json({ ...taxonomyTermToHsds(term), ...(detail ? { taxonomy_detail: detail } : {}) });
  });

  return api;
}
