import { betterAuth } from "better-auth";
import { genericOAuth } from "better-auth/plugins/generic-oauth";
import type { Kysely } from "kysely";
import type { Database } from "../db/types.js";
import { recordSessionEvent } from "../repositories/audit.js";

/** The header through which the server hands the real client address to the rate limiter. */
export const CLIENT_ADDRESS_HEADER = "x-praeventionskette-client";

/** How sign-in is set up for one server. */
export interface AuthSettings {
  db: Kysely<Database>;
  /** The public origin, e.g. https://praevention.kreis-coesfeld.de. */
  baseURL: string;
  secret: string;
  /** Delivers a password-reset link; without SMTP the operator passes it on. */
  deliverPasswordReset: (email: string, url: string) => Promise<void>;
  oidc: { issuer: string; clientId: string; clientSecret: string; name: string } | null;
  /** Off only in tests that sign in many times on purpose. */
  rateLimit: boolean;
}

/**
 * Accounts and sessions (better-auth): e-mail and password with scrypt hashing, sessions in
 * the database behind HttpOnly cookies, reset by one-time link, optional OpenID Connect.
 * Password accounts are created by administrators, never by self-registration; a person the
 * municipality's own identity provider lets in gets an account without roles on first sign-in.
 */
export function createAuth(settings: AuthSettings) {
  return betterAuth({
    appName: "Präventionskette",
    baseURL: settings.baseURL,
    basePath: "/api/auth",
    secret: settings.secret,
    trustedOrigins: [settings.baseURL],
    database: { db: settings.db, type: "postgres" },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: 12,
      maxPasswordLength: 128,
      resetPasswordTokenExpiresIn: 60 * 60,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: ({ user, url }) => settings.deliverPasswordReset(user.email, url),
    },
    session: { expiresIn: 60 * 60 * 8, updateAge: 60 * 30 },
    databaseHooks: {
      session: {
        create: { after: (session) => recordSessionEvent(settings.db, session.userId, "signIn") },
        delete: { after: (session) => recordSessionEvent(settings.db, session.userId, "signOut") },
      },
    },
    // The identity provider is the municipality's own: trust it to link an existing account by e-mail.
    account: { accountLinking: { trustedProviders: ["oidc"] } },
    rateLimit: {
      enabled: settings.rateLimit,
      // In the database, so that several server processes count together (migration 2026-11-29-02).
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 60, max: 5 },
        "/request-password-reset": { window: 15 * 60, max: 3 },
        "/reset-password": { window: 15 * 60, max: 5 },
      },
    },
    advanced: {
      useSecureCookies: settings.baseURL.startsWith("https://"),
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    },
    plugins: settings.oidc
      ? [
          genericOAuth({
            config: [
              {
                providerId: "oidc",
                clientId: settings.oidc.clientId,
                clientSecret: settings.oidc.clientSecret,
                discoveryUrl: `${settings.oidc.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
                scopes: ["openid", "email", "profile"],
                pkce: true,
              },
            ],
          }),
        ]
      : [],
  });
}

/** A configured auth instance. */
export type Auth = ReturnType<typeof createAuth>;
