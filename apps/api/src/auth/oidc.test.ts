/*
 * Single sign-on through OpenID Connect, proven against a real OpenID provider.
 *
 * How a municipality connects its Keycloak:
 *   1. In the realm (e.g. "kreis-coesfeld"), create a client: Client type "OpenID Connect",
 *      Client ID e.g. "praeventionskette", Client authentication ON (confidential client),
 *      only "Standard flow" enabled. Valid redirect URI: <PUBLIC_URL>/api/auth/callback/oidc
 *      (e.g. https://praevention.kreis-coesfeld.de/api/auth/callback/oidc), Web origin <PUBLIC_URL>.
 *   2. Copy the client secret from the tab "Credentials".
 *   3. Start the platform with
 *        OIDC_ISSUER=https://sso.example/realms/<realm>
 *        OIDC_CLIENT_ID=praeventionskette
 *        OIDC_CLIENT_SECRET=<client secret>
 *        OIDC_NAME="Anmeldung über das Kreisportal"   (label of the sign-in button, optional)
 *      The platform reads <OIDC_ISSUER>/.well-known/openid-configuration and asks for the scopes
 *      "openid email profile"; the users need an e-mail address (marked verified, so that an
 *      account an administrator created beforehand is linked by its e-mail address).
 *   A person signing in for the first time gets an account without any role; an administrator
 *   or the Kommunale Koordinierung then grants roles.
 */
import { generateKeyPairSync, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Hono } from "hono";
import Provider, { type Configuration, type JWK } from "oidc-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "./roles.js";
import { systemAccess } from "./access.js";
import type { DatabaseHandle } from "../db/client.js";
import { createAccount } from "../repositories/account.js";
import { testDatabases } from "../test/databases.js";
import { createTestApp, post, TEST_ORIGIN } from "../test/http.js";

const CLIENT_ID = "praeventionskette";
const CLIENT_SECRET = "keycloak-client-secret-for-the-test";
const CALLBACK_PATH = "/api/auth/callback/oidc";

interface Person {
  sub: string;
  email: string;
  name: string;
}

/** Known to the administration: an account with a role exists before the first SSO sign-in. */
const lea: Person = { sub: "7d1f0c52-kc-lea", email: "lea.lehmann@kreis.example", name: "Lea Lehmann" };
/** Not yet known to the platform. */
const noah: Person = { sub: "a9e3b417-kc-noah", email: "noah.neumann@kreis.example", name: "Noah Neumann" };
const people = [lea, noah];

/** A small OpenID provider that signs in `signingIn()` and grants consent without any page. */
async function startOpenIdProvider(signingIn: () => Person): Promise<{ issuer: string; server: Server; prompts: string[] }> {
  const prompts: string[] = [];

  async function interaction(req: IncomingMessage, res: ServerResponse, oidc: Provider): Promise<void> {
    const details = await oidc.interactionDetails(req, res);
    prompts.push(details.prompt.name);
    if (details.prompt.name === "login") {
      await oidc.interactionFinished(req, res, { login: { accountId: signingIn().sub } }, { mergeWithLastSubmission: false });
      return;
    }
    // Consent: grant everything the client asked for, as a confidential first-party client gets it.
    const accountId = details.session?.accountId;
    const clientId = details.params.client_id;
    if (!accountId || typeof clientId !== "string") throw new Error("Interaktion ohne Sitzung oder Client.");
    const grant = details.grantId ? await oidc.Grant.find(details.grantId) : new oidc.Grant({ accountId, clientId });
    if (!grant) throw new Error("Zustimmung nicht gefunden.");
    const missing = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(" "));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    const grantId = await grant.save();
    await oidc.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }

  // The issuer URL names the port, so the server listens first and gets its handler afterwards.
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const signingKey: JWK = { ...(privateKey.export({ format: "jwk" }) as JWK), kid: "test", use: "sig", alg: "RS256" };
  const configuration: Configuration = {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${TEST_ORIGIN}${CALLBACK_PATH}`],
        response_types: ["code"],
        grant_types: ["authorization_code"],
        // better-auth sends the secret in the form body; Keycloak accepts this and Basic.
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    findAccount: (_ctx, sub) => {
      const person = people.find((candidate) => candidate.sub === sub);
      if (!person) return undefined;
      return { accountId: sub, claims: () => ({ sub, email: person.email, email_verified: true, name: person.name }) };
    },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: [randomUUID()] },
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 3600, IdToken: 600, Interaction: 600, Session: 3600 },
    jwks: { keys: [signingKey] },
  };
  const provider = new Provider(issuer, configuration);
  const endpoints = provider.callback();
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    if (req.url?.startsWith("/interaction/")) {
      interaction(req, res, provider).catch((error: unknown) => {
        res.writeHead(500, { "content-type": "text/plain" }).end(String(error));
      });
      return;
    }
    void endpoints(req, res);
  });
  return { issuer, server, prompts };
}

/** Cookies as a browser keeps them for one host: name → value, emptied cookies forgotten. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const separator = pair.indexOf("=");
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const expired = /max-age=0/i.test(line) || /expires=thu, 01 jan 1970/i.test(line);
      if (!value || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  has(name: string): boolean {
    return [...this.cookies.keys()].some((key) => key.endsWith(name));
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/**
 * A browser signing in through single sign-on: starts at the platform, follows the provider's
 * redirects through login and consent, and returns to the platform's callback. Returns the
 * platform's cookies and where the callback sent the browser.
 */
async function signInThroughSso(app: Hono): Promise<{ appCookies: CookieJar; landing: string }> {
  const appCookies = new CookieJar();
  const start = await post(app, "/api/auth/sign-in/social", { provider: "oidc", callbackURL: "/" });
  expect(start.status).toBe(200);
  appCookies.take(start);
  const { url, redirect } = (await start.json()) as { url: string; redirect: boolean };
  expect(redirect).toBe(true);

  const jars = new Map<string, CookieJar>();
  let location = new URL(url);
  for (let hop = 0; location.origin !== TEST_ORIGIN; hop++) {
    if (hop > 10) throw new Error("Zu viele Weiterleitungen beim Anbieter.");
    const jar = jars.get(location.host) ?? new CookieJar();
    jars.set(location.host, jar);
    const response = await fetch(location, { redirect: "manual", headers: { cookie: jar.header() } });
    jar.take(response);
    const next = response.headers.get("location");
    if (response.status < 300 || response.status >= 400 || !next) {
      throw new Error(`Der Anbieter leitet nicht weiter: ${response.status} ${await response.text()}`);
    }
    location = new URL(next, location);
  }
  expect(location.pathname).toBe(CALLBACK_PATH);

  const callback = await app.request(location.href, { headers: { cookie: appCookies.header() } });
  expect(callback.status).toBe(302);
  appCookies.take(callback);
  return { appCookies, landing: callback.headers.get("location") ?? "" };
}

async function me(app: Hono, cookies: CookieJar): Promise<Principal | null> {
  const response = await app.request(`${TEST_ORIGIN}/trpc/account.me`, { headers: { cookie: cookies.header() } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { result: { data: Principal | null } }).result.data;
}

describe("single sign-on through OpenID Connect", () => {
  let handle: DatabaseHandle;
  let idp: Awaited<ReturnType<typeof startOpenIdProvider>>;
  let signingIn: Person = lea;
  let app: Hono;

  beforeAll(async () => {
    const database = testDatabases[0];
    if (!database) throw new Error("Keine Testdatenbank.");
    handle = await database.open();
    idp = await startOpenIdProvider(() => signingIn);
    app = createTestApp(handle, { oidc: { issuer: idp.issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, name: "Kreisportal" } }).app;
  });
  afterAll(async () => {
    const closed = new Promise((resolve) => idp.server.close(resolve));
    idp.server.closeAllConnections();
    await closed;
    await handle.close();
  });

  it("signs in a person whose account the administration created, with their roles", async () => {
    await createAccount(
      handle.db,
      { name: lea.name, email: lea.email, password: null, assignments: [{ role: "admin", territoryId: null, organisationId: null }] },
      systemAccess("2026-11-23"),
    );
    signingIn = lea;
    const { appCookies, landing } = await signInThroughSso(app);
    expect(idp.prompts).toEqual(["login", "consent"]);
    expect(landing).toBe("/");
    expect(appCookies.has("session_token")).toBe(true);
    expect(await me(app, appCookies)).toMatchObject({
      name: lea.name,
      email: lea.email,
      assignments: [{ role: "admin", territoryId: null, organisationId: null }],
    });
    const linked = await handle.db
      .selectFrom("account")
      .innerJoin("user", "user.id", "account.userId")
      .select(["account.accountId"])
      .where("user.email", "=", lea.email)
      .where("account.providerId", "=", "oidc")
      .execute();
    expect(linked).toEqual([{ accountId: lea.sub }]);
  });

  it("gives a person without an account one on the first sign-in, but no roles", async () => {
    signingIn = noah;
    const first = await signInThroughSso(app);
    expect(first.appCookies.has("session_token")).toBe(true);
    const principal = await me(app, first.appCookies);
    expect(principal).toMatchObject({ name: noah.name, email: noah.email, assignments: [] });

    const again = await signInThroughSso(app);
    expect((await me(app, again.appCookies))?.userId).toBe(principal?.userId);
    const users = await handle.db.selectFrom("user").select("id").where("email", "=", noah.email).execute();
    expect(users).toHaveLength(1);
  });

  it("refuses the sign-in without a session when the client secret is wrong", async () => {
    const oidc = { issuer: idp.issuer, clientId: CLIENT_ID, clientSecret: "not-the-secret", name: "Kreisportal" };
    const misconfigured = createTestApp(handle, { oidc }).app;
    signingIn = lea;
    const { appCookies, landing } = await signInThroughSso(misconfigured);
    expect(landing).toMatch(/\/api\/auth\/error\?error=/);
    expect(appCookies.has("session_token")).toBe(false);
    expect(await me(misconfigured, appCookies)).toBeNull();
  });
});
