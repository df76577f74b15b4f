import type { Hono } from "hono";
import { createApp } from "../app.js";
import { type AuthSettings, createAuth } from "../auth/auth.js";
import type { DatabaseHandle } from "../db/client.js";
import type { PublicCache } from "../http/public-cache.js";

export const TEST_ORIGIN = "http://127.0.0.1:3000";

/** The real HTTP application on a test database, with reset links caught instead of mailed. */
export function createTestApp(
  handle: DatabaseHandle,
  options: { rateLimit?: boolean; oidc?: AuthSettings["oidc"]; trustProxy?: boolean; publicCache?: PublicCache } = {},
) {
  const resetLinks: { email: string; url: string }[] = [];
  const auth = createAuth({
    db: handle.db,
    baseURL: TEST_ORIGIN,
    secret: "test-secret-with-at-least-thirty-two-characters",
    oidc: options.oidc ?? null,
    rateLimit: options.rateLimit ?? false,
    deliverPasswordReset: async (email, url) => {
      resetLinks.push({ email, url });
    },
  });
  const app = createApp({
    db: handle.db,
    config: { suppressionThreshold: 3 },
    auth,
    publicUrl: TEST_ORIGIN,
    trustProxy: options.trustProxy ?? false,
    publicCache: options.publicCache,
  });
  return { app, auth, resetLinks };
}

/** A same-origin JSON request, as the platform's own pages send it. */
export function post(app: Hono, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(
    app.request(`${TEST_ORIGIN}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: TEST_ORIGIN, ...headers },
      body: JSON.stringify(body),
    }),
  );
}

/** Signs in with e-mail and password and returns the session cookie to send along. */
export async function signIn(app: Hono, email: string, password: string): Promise<string> {
  const response = await post(app, "/api/auth/sign-in/email", { email, password });
  if (response.status !== 200) throw new Error(`Anmeldung fehlgeschlagen: ${response.status} ${await response.text()}`);
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
  return cookies.join("; ");
}
