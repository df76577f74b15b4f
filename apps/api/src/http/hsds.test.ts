import { readFileSync } from "node:fs";
import type { Hono } from "hono";
// ajv comes with the domain package's test tools (hoisted to the workspace root).
import Ajv from "ajv";
import { type OfferInput, hsdsOfferTaxonomies } from "@praeventionskette/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymousAccess, systemAccess } from "../auth/access.js";
import type { DatabaseHandle } from "../db/client.js";
import { seedDemoData } from "../demo/index.js";
import { actorAggregate } from "../repositories/actor.js";
import { allRecords, createRecord, fieldsOf, setArchived, type Stored, updateRecord } from "../repositories/aggregate.js";
import { offerAggregate, searchOffers } from "../repositories/offer.js";
import { testDatabases } from "../test/databases.js";
import { createTestApp, TEST_ORIGIN } from "../test/http.js";
import { todayInBerlin } from "../trpc/context.js";

// The HSDS 3.0 schemas and API description (openreferral/specification), beside the checkout.
const standards = new URL("../../../../../shared/standards/hsds-3.0/schema/", import.meta.url);
const read = (file: string): unknown => JSON.parse(readFileSync(new URL(file, standards), "utf8"));
const SPEC = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";

type Json = Record<string, unknown>;

/** Refs to the published files and to the API description's Page, pointed at the local copies. */
function localRefs(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(localRefs);
  if (schema === null || typeof schema !== "object") return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === "$ref" && typeof value === "string" ? value.replace(SPEC, "").replace("#/components/schemas/Page", "page.json") : localRefs(value),
    ]),
  );
}

/** The standard's own check: no properties beyond those the schema names, at every level. */
function strict(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(strict);
  if (schema === null || typeof schema !== "object") return schema;
  const copy: Json = Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === "properties" ? Object.fromEntries(Object.entries(value as Json).map(([name, property]) => [name, strict(property)])) : strict(value),
    ]),
  );
  if (copy.type === "object" && copy.properties && !("additionalProperties" in copy)) copy.additionalProperties = false;
  return copy;
}

const ajv = new Ajv({ allErrors: true, format: "full", unknownFormats: "ignore" });
const entityFiles = ["taxonomy.json", "taxonomy_term.json", "location.json", "address.json", "accessibility.json", "language.json", "contact.json", "phone.json", "schedule.json", "attribute.json", "metadata.json"];
for (const file of entityFiles) ajv.addSchema(strict(read(file)) as object, file);
for (const file of ["service.json", "service_list.json", "organization.json", "organization_list.json", "service_at_location.json", "service_at_location_list.json"]) {
  ajv.addSchema(strict(read(`compiled/${file}`)) as object, `compiled/${file}`);
}
const openapi = read("openapi.json") as { paths: Record<string, { get: { responses: { 200: { content: { "application/json": { schema: object } } } } } }>; components: { schemas: { Page: object } } };
ajv.addSchema(openapi.components.schemas.Page, "page.json");

const pageOf = (items: string) => ({ allOf: [{ $ref: "page.json" }], properties: { contents: { type: "array", items: { $ref: items } } } });
/** Answers the API description does not describe: full lists (`full=true`), and locations on their own. */
const undescribed: Record<string, object> = {
  "/services?full=true": pageOf("compiled/service.json"),
  "/service_at_locations?full=true": pageOf("compiled/service_at_location.json"),
  "/locations": pageOf("location.json"),
};
for (const [key, schema] of Object.entries(undescribed)) ajv.addSchema(schema, key);

const validators = new Map<string, Ajv.ValidateFunction>();
/** The validator of an answer: the API description's response schema for the path, or a schema file. */
function validatorOf(key: string): Ajv.ValidateFunction {
  let validate = validators.get(key);
  if (!validate) {
    const described = openapi.paths[key];
    validate = described ? ajv.compile(localRefs(described.get.responses[200].content["application/json"].schema) as object) : ajv.getSchema(key);
    if (!validate) throw new Error(`Kein Schema für ${key}`);
    validators.set(key, validate);
  }
  return validate;
}

function expectValid(key: string, body: unknown): void {
  const validate = validatorOf(key);
  expect(validate(body), `${key}: ${JSON.stringify(validate.errors?.slice(0, 5), null, 2)}`).toBe(true);
}

const PAGE_KEYS = ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"];
interface Page<T = Json> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

const STAFF = "Petra Prüfname";
const HIDDEN = "Verborgen-HSDS";
const PRIVATE_CONTACTS = ["Erika Musterfrau", "Anna Beispiel"];

describe.each(testDatabases)("HSDS 3.0 open-data API on $name", (database) => {
  let handle: DatabaseHandle;
  let app: Hono;
  const today = todayInBerlin();
  const staff = systemAccess(today, STAFF);
  /** Every answer with content, to search for what must never be published. */
  const bodies: string[] = [];
  const hiddenIds: string[] = [];
  let edited: Stored<OfferInput>;
  let hiddenProviderId: string;
  let publishedIds: string[];

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await app.request(`${TEST_ORIGIN}/api/hsds${path}`, { headers });
    // Error answers repeat the id asked for; what is published are the answers with content.
    if (response.status === 200) bodies.push(await response.clone().text());
    return response;
  };
  const getJson = async <T = Json>(path: string, key: string | null): Promise<T> => {
    const response = await get(path);
    expect(response.status, `${path}: ${await response.clone().text()}`).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await response.json()) as T;
    if (key) expectValid(key, body);
    return body;
  };
  /** Every page of a list, each checked against its schema and for consistent paging. */
  const allPages = async (path: string, key: string, perPage: number): Promise<Json[]> => {
    const separator = path.includes("?") ? "&" : "?";
    const first = await getJson<Page>(`${path}${separator}per_page=${perPage}`, key);
    const contents = [...first.contents];
    for (let number = 2; number <= first.total_pages; number++) {
      const next = await getJson<Page>(`${path}${separator}per_page=${perPage}&page=${number}`, key);
      expect(next).toMatchObject({ total_items: first.total_items, total_pages: first.total_pages, page_number: number, first_page: false, last_page: number === first.total_pages });
      contents.push(...next.contents);
    }
    expect(contents).toHaveLength(first.total_items);
    return contents;
  };

  beforeAll(async () => {
    handle = await database.open();
    await seedDemoData(handle.db);
    app = createTestApp(handle).app;
    const offers = await allRecords(handle.db, offerAggregate);
    const template = offers.find((o) => o.status === "active" && o.visibleFrom === null && o.visibleTo === null && o.locations.length > 0 && o.archivedAt === null);
    if (!template) throw new Error("Die Demodaten haben kein veröffentlichtes Angebot mit Ort.");
    const fields = fieldsOf(template);
    // A provider whose only offer is not yet published: not part of the open data.
    const [someActor] = await allRecords(handle.db, actorAggregate);
    const hiddenProvider = await createRecord(handle.db, actorAggregate, { ...fieldsOf(someActor!), name: `${HIDDEN} Träger`, contactPersons: [] }, staff);
    hiddenProviderId = hiddenProvider.id;
    const unpublished: OfferInput[] = [
      { ...fields, title: `${HIDDEN} inaktiv`, status: "inactive" },
      { ...fields, title: `${HIDDEN} eingestellt`, status: "defunct" },
      { ...fields, title: `${HIDDEN} abgelaufen`, visibleFrom: "2000-01-01", visibleTo: "2001-12-31" },
      { ...fields, title: `${HIDDEN} künftig`, visibleFrom: "2999-01-01", providerId: hiddenProvider.id },
    ];
    for (const input of unpublished) hiddenIds.push((await createRecord(handle.db, offerAggregate, input, staff)).id);
    const archived = await createRecord(handle.db, offerAggregate, { ...fields, title: `${HIDDEN} archiviert` }, staff);
    await setArchived(handle.db, offerAggregate, { id: archived.id, expectedVersion: archived.version, archived: true }, staff);
    hiddenIds.push(archived.id);
    // A published offer last changed by a member of staff, whose name must not be published.
    edited = await updateRecord(handle.db, offerAggregate, { id: template.id, expectedVersion: template.version, input: { ...fields, description: `${fields.description} Neu.` } }, staff);
    expect(edited.updatedBy).toBe(STAFF);
    const published = await searchOffers(handle.db, { publishedOn: today, facets: false, limit: 10_000, offset: 0 }, anonymousAccess(today));
    publishedIds = published.items.map((offer) => offer.id);
  });
  afterAll(() => handle?.close());

  it("describes itself at / as HSDS 3.0, as open JSON: any origin, no credentials, cacheable, revalidated by ETag", async () => {
    const response = await get("/");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    expect(response.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
    expect(response.headers.get("set-cookie")).toBeNull();
    const about = (await response.json()) as Json;
    expectValid("/", about);
    expect(about).toMatchObject({ version: "3.0", openapi_url: expect.stringMatching(/openapi\.json$/), links: { services: `${TEST_ORIGIN}/api/hsds/services` } });
    expect((await get("")).status).toBe(200);

    const tag = response.headers.get("etag");
    expect(tag).toBeTruthy();
    const again = await get("/services?per_page=3");
    const unchanged = await get("/services?per_page=3", { "if-none-match": again.headers.get("etag") ?? "" });
    expect(unchanged.status).toBe(304);
    expect(unchanged.headers.get("access-control-allow-origin")).toBe("*");
    expect(unchanged.headers.get("cache-control")).toMatch(/^public/);

    // A cookie changes nothing: the answer is the same for everyone, and no session is looked at.
    const withCookie = await get("/services?per_page=3", { cookie: "better-auth.session_token=forged; other=1" });
    expect(withCookie.status).toBe(200);
    expect(await withCookie.text()).toBe(await again.text());

    const preflight = await app.request(`${TEST_ORIGIN}/api/hsds/services`, { method: "OPTIONS", headers: { origin: "https://elsewhere.example", "access-control-request-method": "GET" } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-methods")).toContain("GET");
  });

  it("pages through exactly the offers published today, with correct paging metadata", async () => {
    expect(publishedIds.length).toBeGreaterThan(20);
    const perPage = 7;
    const services = await allPages("/services", "/services", perPage);
    expect(new Set(services.map((s) => s.id))).toEqual(new Set(publishedIds));
    for (const id of hiddenIds) expect(services.map((s) => s.id)).not.toContain(id);
    // A list entry has the one-to-one fields and the organization, not the nested lists.
    expect(services[0]).toHaveProperty("organization.name");
    expect(services[0]).not.toHaveProperty("service_at_locations");

    const total = publishedIds.length;
    const pages = Math.ceil(total / perPage);
    expect(await getJson(`/services?per_page=${perPage}`, "/services")).toMatchObject({ total_items: total, total_pages: pages, page_number: 1, size: perPage, first_page: true, last_page: false, empty: false });
    const last = await getJson<Page>(`/services?per_page=${perPage}&page=${pages}`, "/services");
    expect(last).toMatchObject({ page_number: pages, size: total - (pages - 1) * perPage, first_page: false, last_page: true, empty: false });
    expect(Object.keys(last).sort()).toEqual([...PAGE_KEYS].sort());
    const beyond = await getJson<Page>(`/services?per_page=${perPage}&page=${pages + 1}`, "/services");
    expect(beyond).toMatchObject({ total_items: total, page_number: pages + 1, size: 0, last_page: true, empty: true, contents: [] });
    const everything = await getJson<Page>("/services?per_page=500", "/services");
    expect(everything).toMatchObject({ total_pages: 1, first_page: true, last_page: true, size: total });
    expect(await getJson("/services", "/services")).toMatchObject({ size: Math.min(50, total) });
  });

  it("answers each service in full: organization, locations with coordinates, schedules, languages, costs, contacts", async () => {
    const full = await getJson<Page>("/services?per_page=500&full=true", "/services?full=true");
    expect(full.contents).toHaveLength(publishedIds.length);
    for (const service of full.contents) expectValid("/services/{id}", service);
    const withCoordinates = full.contents.find((s) => (s.service_at_locations as Json[]).some((l) => typeof (l.location as Json).latitude === "number"));
    expect(withCoordinates).toBeDefined();
    expect(full.contents.some((s) => (s.schedules as unknown[]).length > 0)).toBe(true);
    expect(full.contents.some((s) => (s.phones as unknown[]).length > 0 || (s.contacts as unknown[]).length > 0)).toBe(true);

    const one = await getJson<Json>(`/services/${edited.id}`, "/services/{id}");
    expect(one).toMatchObject({ id: edited.id, organization_id: edited.providerId, organization: { id: edited.providerId }, last_modified: edited.updatedAt });
    expect(one.service_at_locations).toHaveLength(edited.locations.length);
    expect(one.languages).toHaveLength(edited.languages.length);
    expect((one.cost_options as Json[])[0]).toMatchObject({ currency: "EUR" });
    expect(full.contents.find((s) => s.id === edited.id)).toEqual(one);
    // The schemas do check: a field HSDS does not know, or our own status spelling, is refused.
    const validate = validatorOf("/services/{id}");
    expect(validate({ ...one, updatedBy: "x" })).toBe(false);
    expect(validate({ ...one, status: "temporarilyClosed" })).toBe(false);
    expect(validate({ ...one, organization: { ...(one.organization as Json), contactPersons: [] } })).toBe(false);
  });

  it("filters services by words (the offer search), taxonomy term, taxonomy, organization and change date, cumulatively", async () => {
    const ids = async (query: string) => (await allPages(`/services?${query}`, "/services", 500)).map((s) => s.id as string).sort();
    const searched = await searchOffers(handle.db, { text: "Hebame", publishedOn: today, facets: false, limit: 1000, offset: 0 }, anonymousAccess(today));
    expect(searched.items.length).toBeGreaterThan(0);
    expect(await ids("search=Hebame")).toEqual(searched.items.map((o) => o.id).sort());

    const phaseId = edited.lifePhaseIds[0]!;
    const inPhase = await searchOffers(handle.db, { lifePhaseId: phaseId, publishedOn: today, facets: false, limit: 1000, offset: 0 }, anonymousAccess(today));
    expect(await ids(`taxonomy_term_id=${phaseId}`)).toEqual(inPhase.items.map((o) => o.id).sort());
    const full = await getJson<Page>(`/services?taxonomy_term_id=${phaseId}&full=true&per_page=500`, "/services?full=true");
    for (const service of full.contents) expect((service.attributes as Json[]).map((a) => a.taxonomy_term_id)).toContain(phaseId);

    const parents = (await getJson<Page>("/taxonomy_terms?search=Eltern&per_page=500", "/taxonomy_terms")).contents.find((t) => t.code === "parents");
    const withParents = await ids(`taxonomy_term_id=${parents?.id as string}`);
    expect(withParents.length).toBeGreaterThan(0);
    expect(withParents.length).toBeLessThan(publishedIds.length);

    expect((await ids(`taxonomy_id=${hsdsOfferTaxonomies.targetGroup.id}`)).length).toBe(publishedIds.length);
    const withTransition = await ids(`taxonomy_id=${hsdsOfferTaxonomies.transition.id}`);
    expect(withTransition.length).toBeGreaterThan(0);
    expect(withTransition.length).toBeLessThan(publishedIds.length);

    const byProvider = await getJson<Page>(`/services?organization_id=${edited.providerId}&per_page=500`, "/services");
    expect(byProvider.total_items).toBeGreaterThan(0);
    for (const service of byProvider.contents) expect(service.organization_id).toBe(edited.providerId);

    expect(await ids(`modified_after=${encodeURIComponent(edited.updatedAt)}`)).toEqual([edited.id]);
    expect(await ids("modified_after=2999-01-01")).toEqual([]);
    expect(await ids(`organization_id=${edited.providerId}&modified_after=${encodeURIComponent(edited.updatedAt)}&taxonomy_term_id=${phaseId}`)).toEqual([edited.id]);
    expect(await ids(`organization_id=${hiddenProviderId}`)).toEqual([]);
  });

  it("lists the organizations that provide published offers, each with its services", async () => {
    const organizations = await allPages("/organizations", "/organizations", 5);
    expect(organizations.length).toBeGreaterThan(3);
    expect(organizations.map((o) => o.id)).not.toContain(hiddenProviderId);
    const providers = new Set((await getJson<Page>("/services?per_page=500", "/services")).contents.map((s) => s.organization_id));
    expect(new Set(organizations.map((o) => o.id))).toEqual(providers);

    const organization = await getJson<Json>(`/organizations/${edited.providerId}`, "/organizations/{id}");
    const services = organization.services as Json[];
    expect(services.map((s) => s.id)).toContain(edited.id);
    expect(services[0]).not.toHaveProperty("service_at_locations");
    const full = await getJson<Json>(`/organizations/${edited.providerId}?full_service=true`, "/organizations/{id}");
    expect((full.services as Json[])[0]).toHaveProperty("service_at_locations");
    const name = String(organization.name).split(/\s+/)[0]!;
    const found = await getJson<Page>(`/organizations?search=${encodeURIComponent(name)}`, "/organizations");
    expect(found.contents.map((o) => o.id)).toContain(edited.providerId);
  });

  it("lists locations with latitude and longitude, and services at locations", async () => {
    const locations = await allPages("/locations", "/locations", 40);
    const listed = await getJson<Page>("/locations?per_page=500", "/locations");
    expect(locations).toEqual(listed.contents);
    const placed = listed.contents.find((l) => typeof l.latitude === "number" && typeof l.longitude === "number");
    expect(placed).toBeDefined();
    expect(await getJson(`/locations/${placed?.id as string}`, "location.json")).toEqual(placed);

    const atLocations = await allPages("/service_at_locations", "/service_at_locations", 40);
    expect(atLocations).toHaveLength(listed.total_items);
    const first = atLocations[0]!;
    expect(publishedIds).toContain(first.service_id);
    // The API description names the service schema for this answer; it is a service_at_location.
    const one = await getJson<Json>(`/service_at_locations/${first.id as string}`, "compiled/service_at_location.json");
    expect(one).toMatchObject({ id: first.id, service_id: first.service_id, location_id: first.location_id, service: { id: first.service_id } });
    expect(await getJson<Page>("/service_at_locations?full=true&per_page=500", "/service_at_locations?full=true")).toMatchObject({ total_items: listed.total_items });

    const postcode = ((one.location as Json).addresses as Json[])[0]?.postal_code as string;
    const nearby = await getJson<Page>(`/service_at_locations?postcode=${postcode}&per_page=500&full=true`, "/service_at_locations?full=true");
    expect(nearby.total_items).toBeGreaterThan(0);
    for (const entry of nearby.contents) expect(((entry.location as Json).addresses as Json[])[0]).toMatchObject({ postal_code: postcode });
  });

  it("publishes our taxonomies and their terms, and every term a service links to", async () => {
    const taxonomies = await getJson<Page>("/taxonomies", "/taxonomies");
    expect(taxonomies.contents.map((t) => t.name)).toEqual(Object.values(hsdsOfferTaxonomies).map((t) => t.name));
    expect(await getJson(`/taxonomies/${hsdsOfferTaxonomies.lifePhase.id}`, "/taxonomies/{id}")).toEqual(hsdsOfferTaxonomies.lifePhase);
    const terms = await allPages("/taxonomy_terms", "/taxonomy_terms", 25);
    const termIds = new Set(terms.map((t) => t.id));
    const services = (await getJson<Page>("/services?per_page=500&full=true", "/services?full=true")).contents;
    const linked = new Set(services.flatMap((s) => (s.attributes as Json[]).map((a) => a.taxonomy_term_id as string)));
    for (const id of linked) expect(termIds.has(id), `Begriff ${id}`).toBe(true);
    const phases = await getJson<Page>(`/taxonomy_terms?taxonomy_id=${hsdsOfferTaxonomies.lifePhase.id}&per_page=500`, "/taxonomy_terms");
    expect(phases.total_items).toBeGreaterThan(5);
    for (const term of phases.contents) expect(term).toMatchObject({ taxonomy: hsdsOfferTaxonomies.lifePhase.name, taxonomy_id: hsdsOfferTaxonomies.lifePhase.id });
    const term = await getJson<Json>(`/taxonomy_terms/${edited.lifePhaseIds[0]!}`, "/taxonomy_terms/{id}");
    expect(term).toMatchObject({ id: edited.lifePhaseIds[0], taxonomy_detail: hsdsOfferTaxonomies.lifePhase });
    expect((await getJson<Page>(`/taxonomy_terms?parent_id=${edited.lifePhaseIds[0]!}`, "/taxonomy_terms")).total_items).toBe(0);
  });

  it("answers 404 with a JSON message for unknown and unpublished ids", async () => {
    const unknown = "00000000-0000-4000-8000-000000000000";
    const paths = [
      `/services/${unknown}`,
      "/services/kein-uuid",
      ...hiddenIds.map((id) => `/services/${id}`),
      `/organizations/${unknown}`,
      `/organizations/${hiddenProviderId}`,
      `/locations/${unknown}`,
      `/service_at_locations/${unknown}`,
      `/taxonomies/${unknown}`,
      `/taxonomy_terms/${unknown}`,
      "/gibt-es-nicht",
    ];
    for (const path of paths) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(((await response.json()) as Json).error, path).toEqual(expect.any(String));
    }
  });

  it("answers 400 with a clear message for bad paging and filter parameters", async () => {
    const cases: [string, string][] = [
      ["page=0", "page"],
      ["page=-1", "page"],
      ["page=abc", "page"],
      ["page=1.5", "page"],
      ["page=", "page"],
      ["per_page=0", "per_page"],
      ["per_page=501", "per_page"],
      ["per_page=zehn", "per_page"],
      ["full=vielleicht", "full"],
      ["modified_after=gestern", "modified_after"],
      ["taxonomy_term_id=kita", "taxonomy_term_id"],
      ["format=ndjson", "format"],
    ];
    for (const [query, parameter] of cases) {
      for (const list of ["/services", "/organizations", "/taxonomy_terms"]) {
        if (list !== "/services" && !["page", "per_page", "format"].includes(parameter)) continue;
        const response = await get(`${list}?${query}`);
        expect(response.status, `${list}?${query}`).toBe(400);
        expect(response.headers.get("content-type")).toMatch(/^application\/json/);
        expect(response.headers.get("cache-control")).toBe("no-store");
        const body = (await response.json()) as Json;
        expect(body).toMatchObject({ parameter, error: expect.stringContaining(parameter) });
      }
    }
    expect((await get("/service_at_locations?proximity=500")).status).toBe(400);
  });

  it("publishes no unpublished offer, no staff name and no private contact person anywhere", async () => {
    // Every list in full, and each organization: together with all answers above.
    await allPages("/services?full=true", "/services?full=true", 500);
    await allPages("/service_at_locations?full=true", "/service_at_locations?full=true", 500);
    for (const organization of await allPages("/organizations", "/organizations", 500)) {
      await getJson(`/organizations/${organization.id as string}?full_service=true`, "/organizations/{id}");
    }
    const everything = bodies.join("\n");
    expect(bodies.length).toBeGreaterThan(50);
    expect(everything).not.toContain(HIDDEN);
    expect(everything).not.toContain(STAFF);
    for (const id of hiddenIds) expect(everything).not.toContain(id);
    for (const name of PRIVATE_CONTACTS) expect(everything).not.toContain(name);
    expect(everything).not.toMatch(/updated_?by|updatedBy|"metadata"|contactPersons/i);
  });
});

/** Reads CSV as spreadsheets do: semicolons, quoted cells with doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ";") {
      row.push(cell);
      cell = "";
    } else if (!quoted && char === "\r" && text[i + 1] === "\n") {
      rows.push([...row, cell]);
      row = [];
      cell = "";
      i++;
    } else {
      cell += char;
    }
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** A service without its translatable texts: what must not change between language variants. */
const withoutTexts = (service: Json): Json =>
  Object.fromEntries(Object.entries(service).filter(([key]) => !["name", "alternate_name", "description", "eligibility_description"].includes(key)));

describe("HSDS language variants and the CSV of all offers", () => {
  let handle: DatabaseHandle;
  let app: Hono;
  const today = todayInBerlin();
  let translated: Stored<OfferInput>;
  let publishedIds: string[];

  const get = (path: string) => app.request(`${TEST_ORIGIN}/api/hsds${path}`);

  beforeAll(async () => {
    handle = await testDatabases[0]!.open();
    await seedDemoData(handle.db);
    app = createTestApp(handle).app;
    const published = await searchOffers(handle.db, { publishedOn: today, facets: false, limit: 10_000, offset: 0 }, anonymousAccess(today));
    publishedIds = published.items.map((offer) => offer.id);
    const offers = await allRecords(handle.db, offerAggregate);
    const found = offers.find((o) => publishedIds.includes(o.id) && o.translations?.en?.title && o.translations.tr?.title);
    if (!found) throw new Error("Die Demodaten haben kein veröffentlichtes Angebot mit englischer und türkischer Übersetzung.");
    translated = found;
  });
  afterAll(() => handle?.close());

  it("answers in German by default and in a translation with ?lang=, said by Content-Language, still valid HSDS", async () => {
    const german = await get(`/services/${translated.id}`);
    expect(german.headers.get("content-language")).toBe("de");
    expect(((await german.json()) as Json).name).toBe(translated.title);

    const english = await get(`/services/${translated.id}?lang=en`);
    expect(english.status).toBe(200);
    expect(english.headers.get("content-language")).toBe("en");
    const service = (await english.json()) as Json;
    expectValid("/services/{id}", service);
    expect(service.name).toBe(translated.translations!.en!.title);
    // Only the texts change: ids, places and contacts stay those of the record.
    const germanService = (await (await get(`/services/${translated.id}`)).json()) as Json;
    expect(withoutTexts(service)).toEqual(withoutTexts(germanService));

    const turkish = (await (await get("/services?lang=tr&full=true&per_page=500")).json()) as Page;
    expectValid("/services?full=true", turkish);
    expect(turkish.contents.find((s) => s.id === translated.id)?.name).toBe(translated.translations!.tr!.title);
    // An offer without a Turkish text keeps its German one rather than an empty field.
    for (const entry of turkish.contents) expect(String(entry.name).length).toBeGreaterThan(0);

    const about = (await (await get("/")).json()) as Json;
    expect(about.languages).toContain("de-x-ls");
    const wrong = await get("/services?lang=klingonisch");
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ parameter: "lang" });
  });

  it("downloads every published offer as a German spreadsheet: BOM, semicolons, quoted texts, no formulas, no staff", async () => {
    const staff = systemAccess(today, STAFF);
    const [template] = (await allRecords(handle.db, offerAggregate)).filter((o) => o.id === translated.id);
    const tricky = await createRecord(
      handle.db,
      offerAggregate,
      { ...fieldsOf(template!), title: "=HYPERLINK(\"http://evil.example\";\"Klick\")", description: 'Zeile eins; mit "Anführungszeichen"\nZeile zwei' },
      staff,
    );
    const response = await get("/offers.csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="angebote.csv"');
    expect(response.headers.get("set-cookie")).toBeNull();
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(expect.arrayContaining(["ID", "Titel", "Beschreibung", "Anbieter", "Orte", "Kosten", "Alter von (Jahre)", "Im Portal"]));
    for (const row of rows) expect(row).toHaveLength(header!.length);
    expect(new Set(rows.map((row) => row[0]))).toEqual(new Set([...publishedIds, tricky.id]));
    const column = (name: string) => header!.indexOf(name);
    const trickyRow = rows.find((row) => row[0] === tricky.id)!;
    expect(trickyRow[column("Titel")]).toBe("'=HYPERLINK(\"http://evil.example\";\"Klick\")");
    expect(trickyRow[column("Beschreibung")]).toBe('Zeile eins; mit "Anführungszeichen"\nZeile zwei');
    expect(trickyRow[column("Im Portal")]).toBe(`${TEST_ORIGIN}/angebote/${tricky.id}`);
    expect(text).not.toContain(STAFF);
    for (const name of PRIVATE_CONTACTS) expect(text).not.toContain(name);

    const english = await get("/offers.csv?lang=en");
    expect(english.headers.get("content-disposition")).toContain("angebote-en.csv");
    const englishRows = parseCsv((await english.text()).replace(/^\uFEFF/, ""));
    expect(englishRows.find((row) => row[0] === translated.id)?.[1]).toBe(translated.translations!.en!.title);
  });
});
