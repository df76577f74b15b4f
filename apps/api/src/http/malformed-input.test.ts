import fc from "fast-check";
import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemAccess } from "../auth/access.js";
import type { DatabaseHandle } from "../db/client.js";
import type { Database } from "../db/types.js";
import { createAccount } from "../repositories/account.js";
import { callerFor } from "../test/caller.js";
import { testDatabases } from "../test/databases.js";
import { createGraph } from "../test/fixtures.js";
import { createTestApp, signIn, TEST_ORIGIN } from "../test/http.js";
import { appRouter } from "../trpc/router.js";

// Generated malformed input against every tRPC procedure and the other HTTP routes, sent by a
// signed-in administrator so that it reaches validation rather than stopping at a permission
// check: every answer is 4xx with a message (never 5xx), and the database is exactly as before.

const RUNS_PER_PROCEDURE = 20;
const password = "Kreis-Coesfeld-2026!";

interface Validator {
  safeParse(value: unknown): { success: boolean };
}
interface ProcedureInfo {
  path: string;
  type: "query" | "mutation";
  inputs: Validator[];
}

const procedureInfos: ProcedureInfo[] = Object.entries(appRouter._def.procedures)
  .map(([path, procedure]) => {
    const def = (procedure as unknown as { _def: { type: "query" | "mutation"; inputs: Validator[] } })._def;
    return { path, type: def.type, inputs: def.inputs };
  })
  .sort((a, b) => a.path.localeCompare(b.path));
/** Procedures without input ignore what they are sent; there is nothing to validate. */
const withInput = procedureInfos.filter((info) => info.inputs.length > 0);

interface ZodLike {
  shape?: Record<string, unknown>;
  _zod?: { def: { innerType?: unknown; in?: unknown } };
}

/** The fields of an object schema, looking through defaults, optionals and pipes; {} for others. */
function objectShape(schema: unknown): Record<string, unknown> {
  let current = schema as ZodLike | undefined;
  for (let depth = 0; current && depth < 10; depth++) {
    if (current.shape && typeof current.shape === "object") return current.shape;
    const def = current._zod?.def;
    current = (def?.innerType ?? def?.in) as ZodLike | undefined;
  }
  return {};
}

/**
 * What the server makes of the text: its JSON value, or not JSON at all. Nothing sent is no
 * input for a query (no or an empty `input` parameter) but an empty, unparseable body for a mutation.
 */
function parseWire(info: ProcedureInfo, text: string | undefined): { json: true; value: unknown } | { json: false } {
  // An empty `input` parameter counts as none.
  if (text === undefined || (info.type === "query" && text === "")) return info.type === "query" ? { json: true, value: undefined } : { json: false };
  try {
    return { json: true, value: JSON.parse(text) as unknown };
  } catch {
    return { json: false };
  }
}

/** Whether the procedure's own input schema accepts what the text carries. */
function acceptedBySchema(info: ProcedureInfo, text: string | undefined): boolean {
  const parsed = parseWire(info, text);
  return parsed.json && info.inputs.every((schema) => schema.safeParse(parsed.value).success);
}

/** Lone surrogates cannot be URL-encoded; a browser would send U+FFFD instead. */
const wellFormed = (text: string) => text.replace(/[\uD800-\uDFFF]/gu, "\uFFFD");
const json = (value: unknown): string | undefined => JSON.stringify(value);

// ---------------------------------------------------------------------------------------------
// Arbitraries

const badIds = fc.oneof(
  fc.constantFrom(
    "not-a-uuid",
    "",
    "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz",
    "7a3c1c38-8f8b-4a57-9d4e-0d9c2b0e7f1",
    "{7a3c1c38-8f8b-4a57-9d4e-0d9c2b0e7f10}",
    "7a3c1c38-8f8b-4a57-9d4e-0d9c2b0e7f10'; drop table offer; --",
    "../../etc/passwd",
  ),
  fc.uuid().map((id) => `${id}x`),
  fc.uuid().map((id) => id.replaceAll("-", "")),
  fc.string({ maxLength: 40 }),
);
const trickyStrings = fc.constantFrom(
  "\u0000",
  "a\u0000b",
  "\uD800",
  "'; drop table offer; --",
  "<script>alert(1)</script>",
  "${7*7}",
  "%00",
  " ",
  "\t\n",
  "😀".repeat(50),
  "NaN",
  "null",
  "__proto__",
  "constructor",
  "2026-02-30",
  "-0001-01-01",
);
const longStrings = fc.integer({ min: 1_000, max: 100_000 }).map((length) => "ä".repeat(length));
const oddNumbers = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-1, 0, 1.5, 2 ** 31, 2 ** 53 + 2, -(2 ** 53), 1e308, -1e308));
/** Deeply nested arrays or objects, as JSON text. */
const deepNesting = fc
  .tuple(fc.integer({ min: 100, max: 20_000 }), fc.boolean())
  .map(([depth, arrays]) => (arrays ? "[".repeat(depth) + "]".repeat(depth) : '{"a":'.repeat(depth) + "1" + "}".repeat(depth)));

/** Every malformed shape of input, as the JSON text (or raw text, or nothing) sent on the wire. */
function wireInputs(info: ProcedureInfo, knownIds: string[]): fc.Arbitrary<string | undefined> {
  const shape = objectShape(info.inputs[0]);
  const keys = Object.keys(shape);
  const nestedKeys = keys.flatMap((key) => Object.keys(objectShape(shape[key])));
  const keyPool = [...new Set([...keys, ...nestedKeys, "id", "expectedVersion", "data"])];
  const junk = fc.oneof(
    fc.anything({ maxDepth: 2 }),
    trickyStrings,
    longStrings,
    oddNumbers,
    badIds,
    fc.uuid(),
    fc.constantFrom(...knownIds),
    fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 5 }),
    fc.constant(null),
    fc.boolean(),
  );
  // The right field names with values of the wrong type (any subset of them).
  const wrongTypes = fc.record(Object.fromEntries(keys.map((key) => [key, junk])), { requiredKeys: [] });
  const pollution = fc
    .tuple(fc.subarray(keyPool), junk, fc.constantFrom("__proto__", "constructor", "prototype"), fc.boolean())
    .map(([chosen, value, key, nested]) => {
      const payload = key === "constructor" ? '{"prototype":{"polluted":true}}' : '{"polluted":true,"isAdmin":true}';
      const fields = chosen.map((field) => `${JSON.stringify(field)}:${json(value) ?? "null"}`);
      const polluted = `{${[`"${key}":${payload}`, ...fields].join(",")}}`;
      return nested && keyPool[0] ? `{${JSON.stringify(keyPool[0])}:${polluted}}` : polluted;
    });
  return fc.oneof(
    fc.anything().map(json),
    wrongTypes.map(json),
    fc.dictionary(fc.constantFrom(...keyPool), junk, { maxKeys: 8 }).map(json),
    fc.array(wrongTypes, { minLength: 1, maxLength: 3 }).map(json),
    fc.record({ id: badIds, expectedVersion: oddNumbers, data: fc.anything({ maxDepth: 2 }) }).map(json),
    pollution,
    deepNesting,
    fc.string({ maxLength: 200, unit: "binary" }).map(wellFormed),
    fc.constant(undefined),
  );
}

// ---------------------------------------------------------------------------------------------
// What every answer must look like

/** The human-readable message of an error answer: tRPC's error.message, the app's error, better-auth's message. */
function messageOf(body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: string | { message?: unknown }; message?: unknown } | { error?: { message?: unknown } }[];
    const first = Array.isArray(parsed) ? parsed[0] : parsed;
    if (!first) return "";
    if (typeof first.error === "string") return first.error;
    if (first.error && typeof first.error.message === "string") return first.error.message;
    if ("message" in first && typeof first.message === "string") return first.message;
    return "";
  } catch {
    return "";
  }
}

const preview = (text: string | undefined) => (text === undefined ? "(keine Eingabe)" : text.length > 200 ? `${text.slice(0, 200)}… (${text.length} Zeichen)` : text);

/** Snapshot of every table: row count and a checksum over the full text of every row. */
async function snapshot(db: Kysely<Database>): Promise<Record<string, { rows: number; checksum: string }>> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const result: Record<string, { rows: number; checksum: string }> = {};
  for (const { name } of tables.rows) {
    const { rows } = await sql<{ rows: number; checksum: string }>`
      select count(*)::int as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as checksum
      from ${sql.table(name)} as t`.execute(db);
    result[name] = rows[0]!;
  }
  return result;
}

describe.each(testDatabases)("malformed input over HTTP on $name", (database) => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createTestApp>["app"];
  let cookie: string;
  let knownIds: string[];
  let before: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    handle = await database.open();
    const graph = await createGraph(callerFor(handle));
    knownIds = [graph.county.id, graph.town.id, graph.actor.id, graph.indicator.id, graph.guidingGoal.id, graph.body.id, graph.meeting.id, graph.programme.id];
    app = createTestApp(handle).app;
    await createAccount(
      handle.db,
      { name: "Ada Admin", email: "admin@kreis.example", password, assignments: [{ role: "admin", territoryId: null, organisationId: null }] },
      systemAccess("2026-11-23"),
    );
    // Signing in writes a session; everything after it must leave the database as it is.
    cookie = await signIn(app, "admin@kreis.example", password);
    before = await snapshot(handle.db);
  });
  afterAll(() => handle.close());

  const expectDatabaseUnchanged = async () => expect(await snapshot(handle.db)).toEqual(before);

  const request = (path: string, init: RequestInit = {}) => Promise.resolve(app.request(`${TEST_ORIGIN}${path}`, init));
  function sendToProcedure(info: ProcedureInfo, text: string | undefined): Promise<Response> {
    if (info.type === "query") {
      return request(`/trpc/${info.path}${text === undefined ? "" : `?input=${encodeURIComponent(text)}`}`, { headers: { cookie } });
    }
    return request(`/trpc/${info.path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: TEST_ORIGIN, cookie },
      body: text ?? "",
    });
  }

  it("has procedures to test", () => {
    expect(withInput.length).toBeGreaterThan(100);
  });

  it.each(withInput.map((info) => [info.path, info] as const))("%s answers generated malformed input with 4xx and a message", async (_path, info) => {
    // Mutations get only input their schema refuses; queries get anything, and may answer a valid one.
    const inputs = wireInputs(info, knownIds).filter((text) => info.type === "query" || !acceptedBySchema(info, text));
    await fc.assert(
      fc.asyncProperty(inputs, async (text) => {
        const response = await sendToProcedure(info, text);
        const body = await response.text();
        const what = `${info.path} ${preview(text)} → ${response.status} ${body.slice(0, 300)}`;
        expect(response.status, what).toBeLessThan(500);
        if (acceptedBySchema(info, text)) {
          expect(response.status, what).toBeGreaterThanOrEqual(200);
        } else {
          expect(response.status, what).toBeGreaterThanOrEqual(400);
        }
        if (response.status >= 400) expect(messageOf(body), what).not.toBe("");
        if (response.status === 400 && parseWire(info, text).json && !acceptedBySchema(info, text)) {
          expect(messageOf(body), what).toMatch(/^Eingabe ungültig: ./);
        }
      }),
      { numRuns: RUNS_PER_PROCEDURE },
    );
    await expectDatabaseUnchanged();
  });

  it("refuses a query sent as POST and a mutation sent as GET with 405", async () => {
    for (const info of procedureInfos) {
      const response =
        info.type === "query"
          ? await request(`/trpc/${info.path}`, { method: "POST", headers: { "content-type": "application/json", origin: TEST_ORIGIN, cookie }, body: "{}" })
          : await request(`/trpc/${info.path}?input=${encodeURIComponent("{}")}`, { headers: { cookie } });
      expect(response.status, info.path).toBe(405);
      expect(messageOf(await response.text()), info.path).not.toBe("");
    }
    await expectDatabaseUnchanged();
  });

  it("answers mutations with raw bodies and wrong content types with 4xx", async () => {
    const mutations = procedureInfos.filter((info) => info.type === "mutation");
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...mutations),
        fc.constantFrom("text/plain", "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=x", "application/octet-stream", "application/xml", "application/json; charset=utf-7", ""),
        fc.oneof(fc.string({ maxLength: 300, unit: "binary" }), fc.anything().map((value) => json(value) ?? "")),
        async (info, contentType, body) => {
          const response = await request(`/trpc/${info.path}`, { method: "POST", headers: { "content-type": contentType, origin: TEST_ORIGIN, cookie }, body });
          const text = await response.text();
          const what = `${info.path} [${contentType}] ${preview(body)} → ${response.status} ${text.slice(0, 300)}`;
          expect(response.status, what).toBeGreaterThanOrEqual(400);
          expect(response.status, what).toBeLessThan(500);
          expect(messageOf(text), what).not.toBe("");
        },
      ),
      { numRuns: 150 },
    );
    await expectDatabaseUnchanged();
  });

  it("answers batched calls with malformed input without 5xx", async () => {
    const queries = withInput.filter((info) => info.type === "query").map((info) => info.path);
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.constantFrom(...queries), { minLength: 1, maxLength: 3 }),
        fc.oneof(fc.anything().map((value) => json(value) ?? "null"), deepNesting, fc.string({ maxLength: 100 })),
        async (paths, input) => {
          const response = await request(`/trpc/${paths.join(",")}?batch=1&input=${encodeURIComponent(input)}`, { headers: { cookie } });
          const text = await response.text();
          const what = `${paths.join(",")} ${preview(input)} → ${response.status} ${text.slice(0, 300)}`;
          expect(response.status, what).toBeLessThan(500);
          if (response.status >= 400) expect(messageOf(text), what).not.toBe("");
        },
      ),
      { numRuns: 60 },
    );
    await expectDatabaseUnchanged();
  });

  it("refuses request bodies over the size limits with 413", async () => {
    for (const path of ["/trpc/fieldOfAction.create", "/trpc/offer.update", "/trpc/account.create"]) {
      const response = await request(path, {
        method: "POST",
        headers: { "content-type": "application/json", origin: TEST_ORIGIN, cookie },
        body: JSON.stringify({ description: "x".repeat(1024 * 1024 + 10) }),
      });
      expect(response.status, path).toBe(413);
      expect(messageOf(await response.text()), path).toContain("zu groß");
    }
    const auth = await request("/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: TEST_ORIGIN },
      body: JSON.stringify({ email: "admin@kreis.example", password: "x".repeat(17 * 1024) }),
    });
    expect(auth.status).toBe(413);
    await expectDatabaseUnchanged();
  });

  it("answers malformed sign-in requests with 4xx and a message", async () => {
    const credentials = fc.record(
      { email: fc.oneof(fc.emailAddress(), trickyStrings, longStrings, oddNumbers, fc.anything({ maxDepth: 1 })), password: fc.oneof(fc.string(), trickyStrings, longStrings, oddNumbers, fc.anything({ maxDepth: 1 })) },
      { requiredKeys: [] },
    );
    const bodies = fc.oneof(
      credentials.map((value) => json(value) ?? ""),
      fc.anything().map((value) => json(value) ?? ""),
      fc.string({ maxLength: 300, unit: "binary" }),
      fc.constant('{"__proto__":{"polluted":true},"email":"admin@kreis.example","password":"falsch-falsch-falsch"}'),
      deepNesting,
    );
    const contentTypes = fc.constantFrom("application/json", "application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data", "");
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("sign-in/email", "sign-up/email", "reset-password", "sign-in/social"),
        contentTypes,
        bodies,
        async (endpoint, contentType, body) => {
          // No session cookie: a sign-out or session refresh would change the database.
          const response = await request(`/api/auth/${endpoint}`, { method: "POST", headers: { "content-type": contentType, origin: TEST_ORIGIN }, body });
          const text = await response.text();
          const what = `${endpoint} [${contentType}] ${preview(body)} → ${response.status} ${text.slice(0, 300)}`;
          expect(response.status, what).toBeGreaterThanOrEqual(400);
          expect(response.status, what).toBeLessThan(500);
          expect(messageOf(text), what).not.toBe("");
        },
      ),
      { numRuns: 200 },
    );
    await expectDatabaseUnchanged();
  });

  it("keeps /health and /ready answering, and refuses other methods there with 404", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("/health", "/ready"),
        fc.oneof(fc.constant(""), fc.webQueryParameters().map((query) => `?${query}`), fc.constantFrom("?%ZZ", "?a=%00", "?input=%7Bnot")),
        fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE"),
        fc.oneof(fc.constant(undefined), fc.string({ maxLength: 100 })),
        async (path, query, method, body) => {
          const response = await request(`${path}${query}`, {
            method,
            headers: { "content-type": "application/json", origin: TEST_ORIGIN },
            ...(method === "GET" ? {} : { body: body ?? "" }),
          });
          const text = await response.text();
          const what = `${method} ${path}${query} → ${response.status} ${text.slice(0, 200)}`;
          if (method === "GET") {
            expect(response.status, what).toBe(200);
          } else {
            expect(response.status, what).toBe(404);
            expect(messageOf(text), what).not.toBe("");
          }
        },
      ),
      { numRuns: 60 },
    );
    await expectDatabaseUnchanged();
  });

  it("answers unknown paths with 404 and a message", async () => {
    const known = new Set(["", "/", "/health", "/ready"]);
    const paths = fc.oneof(
      fc.webPath(),
      fc.webPath().map((path) => `/trpc/${path.replace(/^\//, "") || "x"}`),
      fc.webSegment().map((segment) => `/trpc/noSuch.${segment || "x"}`),
      fc.constantFrom("/%", "/%ZZ", "/trpc/%E0%A4%A", "/trpc/..%2F..%2Fetc%2Fpasswd", "/%2e%2e/%2e%2e/etc/passwd", "/trpc/", "/trpc", `/${"a".repeat(10_000)}`),
    );
    await fc.assert(
      fc.asyncProperty(paths, fc.constantFrom("GET", "POST"), async (path, method) => {
        // "/." or "/a/.." are the root once the URL is normalised: not unknown paths.
        const normalised = URL.canParse(path, TEST_ORIGIN) ? new URL(path, TEST_ORIGIN).pathname : path;
        if (known.has(path) || known.has(normalised)) return;
        const response = await request(path, { method, headers: { "content-type": "application/json", origin: TEST_ORIGIN, cookie }, ...(method === "POST" ? { body: "{}" } : {}) });
        const text = await response.text();
        const what = `${method} ${preview(path)} → ${response.status} ${text.slice(0, 200)}`;
        expect(response.status, what).toBeGreaterThanOrEqual(400);
        expect(response.status, what).toBeLessThan(500);
        expect(messageOf(text), what).not.toBe("");
      }),
      { numRuns: 150 },
    );
    await expectDatabaseUnchanged();
  });

  it("answers unknown sign-in endpoints with 404", async () => {
    await fc.assert(
      fc.asyncProperty(fc.webSegment(), fc.constantFrom("GET", "POST"), async (segment, method) => {
        const path = `/api/auth/no-such-${segment}`;
        const response = await request(path, { method, headers: { "content-type": "application/json", origin: TEST_ORIGIN }, ...(method === "POST" ? { body: "{}" } : {}) });
        expect(response.status, `${method} ${path}`).toBe(404);
      }),
      { numRuns: 40 },
    );
    await expectDatabaseUnchanged();
  });

  it("lets no input pollute the prototype of plain objects", () => {
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(Object.prototype).not.toHaveProperty("isAdmin");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  // Last, because it writes: proves the snapshot covers every table and notices a single change.
  it("takes snapshots that cover every table and notice one changed row", async () => {
    expect(Object.keys(before)).toEqual(expect.arrayContaining(["offer", "offer_proposal", "audit_event", "user", "session", "account", "role_assignment"]));
    expect(before.session?.rows).toBeGreaterThan(0);
    const created = await request("/trpc/fieldOfAction.create", {
      method: "POST",
      headers: { "content-type": "application/json", origin: TEST_ORIGIN, cookie },
      body: JSON.stringify({ code: "snapshot-probe", name: { de: "Probe", en: "Probe" }, description: "" }),
    });
    expect(created.status).toBe(200);
    const after = await snapshot(handle.db);
    const changed = Object.keys(after).filter((table) => JSON.stringify(after[table]) !== JSON.stringify(before[table]));
    expect(changed.sort()).toEqual(["audit_event", "field_of_action"]);
  });
});
