// The standalone portal's own settings (the API process validates the same ones in its env.ts).

const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i;
const PHONE = /^\+?[0-9][0-9 /-]{2,24}$/;

/** PORTAL_EMBED_ORIGINS: comma-separated origins that may frame the embed view. */
export function embedOriginsOf(value: string | undefined): string[] {
  const origins = (value ?? "").split(",").map((origin) => origin.trim().replace(/\/$/, "")).filter(Boolean);
  const wrong = origins.find((origin) => !ORIGIN.test(origin));
  if (wrong) throw new Error(`PORTAL_EMBED_ORIGINS: „${wrong}“ ist kein Ursprung wie https://www.duelmen.de (ohne Pfad).`);
  return origins;
}

/** PORTAL_EMERGENCY_CONTACTS: `Name=Nummer` pairs separated by semicolons. */
export function emergencyContactsOf(value: string | undefined): { name: string; phone: string }[] {
  return (value ?? "")
    .split(";")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const at = entry.lastIndexOf("=");
      const contact = { name: entry.slice(0, Math.max(at, 0)).trim(), phone: entry.slice(at + 1).trim() };
      if (at < 1 || !contact.name || !PHONE.test(contact.phone)) throw new Error(`PORTAL_EMERGENCY_CONTACTS: „${entry}“ hat nicht die Form Name=Nummer (z. B. Jugendamt=02541 18-5555).`);
      return contact;
    });
}

const SHA256_SOURCE = /^'sha256-[A-Za-z0-9+/]{43}='$/;

/**
 * The strict Content-Security-Policy of the API process (apps/api src/http/security.ts), for a
 * portal without it in front: only this origin's scripts, styles, images and requests; inline
 * styles only those named by hash (the page's stylesheet), never `'unsafe-inline'`.
 */
const POLICY: Record<string, string[]> = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "style-src": ["'self'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
};

/**
 * The security headers of an answer: the strict policy, its inline styles allowed by hash, and
 * the framing rule (only the named sites may show it in a frame; none by default).
 */
export function securityHeaders({ framingOrigins, styleHashes }: { framingOrigins: string[]; styleHashes: string[] }): Record<string, string> {
  const framers = framingOrigins.filter((origin) => ORIGIN.test(origin));
  const policy: Record<string, string[]> = {
    ...POLICY,
    "style-src": [...POLICY["style-src"]!, ...styleHashes.filter((hash) => SHA256_SOURCE.test(hash))],
    "frame-ancestors": framers.length > 0 ? ["'self'", ...framers] : ["'none'"],
  };
  return {
    "Content-Security-Policy": Object.entries(policy).map(([name, sources]) => `${name} ${sources.join(" ")}`).join("; "),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // X-Frame-Options cannot name sites; browsers that know frame-ancestors follow that instead.
    ...(framers.length > 0 ? {} : { "X-Frame-Options": "DENY" }),
  };
}
