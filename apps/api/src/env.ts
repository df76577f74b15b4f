import { fileURLToPath } from "node:url";
import { z } from "zod";

/** A web origin: scheme, host and port only, e.g. https://www.duelmen.de. */
const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i;

/** A phone number as people write it: digits, spaces, slashes, hyphens, an optional leading +. */
const PHONE = /^\+?[0-9][0-9 /-]{2,24}$/;

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => value === "true" || value === "1" || value === "yes");

/** The only place that reads process.env: everything configurable, validated at start. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL muss mit postgres:// oder postgresql:// beginnen.")
    .optional(),
  DEMO_DATA: booleanFlag.default(true),
  /** The address people reach the platform at, e.g. https://praevention.kreis-coesfeld.de (links, cookies, CSRF). */
  PUBLIC_URL: z.url().optional(),
  /** Signs sessions; at least 32 characters. Without it, one is generated and kept in DATA_DIR. */
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET muss mindestens 32 Zeichen lang sein.").optional(),
  /** Behind a reverse proxy: take the client address from X-Forwarded-For and honour X-Forwarded-Proto. */
  TRUST_PROXY: booleanFlag.default(false),
  /** Single sign-on through OpenID Connect (e.g. the municipality's Keycloak realm). */
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).default("Single Sign-on"),
  SUPPRESSION_THRESHOLD: z.coerce.number().int().min(1).max(20).default(3),
  /**
   * The NRW boundary files for `seed --scale state`. Default: the shared geodata beside the
   * repository, resolved from this file (src/env.ts and dist/env.js lie equally deep).
   */
  GEODATA_DIR: z.string().min(1).default(fileURLToPath(new URL("../../../../shared/geodata/", import.meta.url))),
  /**
   * Which browser apps this process serves besides the API, comma-separated: `admin`,
   * `reporting` (and `public` once the portal is built). Default: all that are built.
   */
  APPS: z
    .string()
    .transform((list) => list.split(",").map((name) => name.trim()).filter(Boolean))
    .pipe(z.array(z.enum(["admin", "public", "reporting"], { error: "APPS kennt nur admin, public und reporting (durch Kommas getrennt)." })))
    .optional(),
  /** Where the apps' builds lie (`<APPS_DIR>/<app>/dist`); default: this repository's apps folder. */
  APPS_DIR: z.string().min(1).default(fileURLToPath(new URL("../../", import.meta.url))),
  /** The operator as the apps name it, e.g. "Kreis Coesfeld", with its Impressum and Datenschutzerklärung. */
  OPERATOR_NAME: z.string().trim().min(1).default("Präventionskette"),
  IMPRINT_URL: z.url().optional(),
  PRIVACY_URL: z.url().optional(),
  /** The official key of the area the family portal serves, e.g. 05558 for Kreis Coesfeld; default: all. */
  PORTAL_TERRITORY: z.string().regex(/^\d{2,12}$/, "PORTAL_TERRITORY ist ein amtlicher Schlüssel aus Ziffern, z. B. 05558.").optional(),
  /**
   * The websites that may show the family portal's finder in a frame (`/einbetten/angebote`),
   * comma-separated origins, e.g. `https://www.duelmen.de,https://www.olfen.de`; default: none.
   */
  PORTAL_EMBED_ORIGINS: z
    .string()
    .transform((list) => list.split(",").map((origin) => origin.trim().replace(/\/$/, "")).filter(Boolean))
    .pipe(z.array(z.string().regex(ORIGIN, "PORTAL_EMBED_ORIGINS nennt Ursprünge wie https://www.duelmen.de (ohne Pfad), durch Kommas getrennt.")))
    .default([]),
  /**
   * The youth office's own emergency numbers, shown on the portal's help page above the national
   * lines: `Name=Nummer` pairs separated by semicolons, e.g.
   * `Jugendamt Kreis Coesfeld (Mo–Fr 8–16 Uhr)=02541 18-5555;Rufbereitschaft nachts und am Wochenende=0171 1234567`.
   */
  PORTAL_EMERGENCY_CONTACTS: z
    .string()
    .transform((list) =>
      list
        .split(";")
        .map((entry) => entry.trim())
        .filter(Boolean)
        .map((entry) => {
          const at = entry.lastIndexOf("=");
          return { name: at < 0 ? "" : entry.slice(0, at).trim(), phone: at < 0 ? entry : entry.slice(at + 1).trim() };
        }),
    )
    .pipe(
      z.array(
        z.object({
          name: z.string().min(1, "PORTAL_EMERGENCY_CONTACTS: jeder Eintrag hat die Form Name=Nummer, Einträge durch Semikolon getrennt.").max(120, "PORTAL_EMERGENCY_CONTACTS: ein Name hat höchstens 120 Zeichen."),
          phone: z.string().regex(PHONE, "PORTAL_EMERGENCY_CONTACTS: eine Nummer besteht aus Ziffern, Leerzeichen, / oder -, z. B. 02541 18-5555."),
        }),
      ),
    )
    .default([]),
  /** How much the server logs (JSON lines on stdout): `info` includes one line per request. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug"]).default("info"),
});

export type Env = z.infer<typeof EnvSchema>;

/** OpenID Connect settings, when all three are configured. */
export function oidcSettings(env: Env): { issuer: string; clientId: string; clientSecret: string; name: string } | null {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return null;
  return { issuer: env.OIDC_ISSUER, clientId: env.OIDC_CLIENT_ID, clientSecret: env.OIDC_CLIENT_SECRET, name: env.OIDC_NAME };
}

/** Reads and validates the environment; exits with a readable message when it is invalid. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // An empty variable (as container tools often set them) means "not set".
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(source).filter(([, value]) => value !== "")));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Ungültige Konfiguration:\n${problems.join("\n")}`);
  }
  return parsed.data;
}
