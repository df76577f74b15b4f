import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";

/**
 * A handler whose answer certain other sites may show in a frame (the family portal's embed
 * view, for the municipalities' own websites) names their origins in this header, separated by
 * spaces; `securityHeaders` makes them the answer's `frame-ancestors` and removes the header.
 */
export const FRAMING_ORIGINS_HEADER = "X-Framing-Origins";

/**
 * A handler whose HTML carries inline style elements (the family portal inlines its stylesheet)
 * names their hashes (`'sha256-…'`) in this header, separated by spaces; `securityHeaders` adds
 * exactly these to the answer's `style-src` (never `'unsafe-inline'`) and removes the header.
 */
export const STYLE_HASHES_HEADER = "X-Style-Hashes";

const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i;
const SHA256_SOURCE = /^'sha256-[A-Za-z0-9+/]{43}='$/;

/** Takes an internal header off an answer: its value, or null when it was not set. */
function takeHeader(headers: Headers, name: string): string | null {
  const value = headers.get(name);
  headers.delete(name);
  return value;
}

/** The policy with one directive's sources replaced (directives are separated by semicolons). */
function withDirective(policy: string, name: string, sources: string[]): string {
  return policy
    .split(";")
    .map((directive) => (directive.trim().split(/\s+/)[0] === name ? ` ${name} ${sources.join(" ")}` : directive))
    .join(";")
    .trim();
}

/**
 * Security headers for every answer: a strict Content-Security-Policy (no inline scripts, no
 * inline styles but those a handler names by hash, no third-party hosts, no framing unless the
 * handler allows named sites), nosniff, a referrer
 * policy, and HSTS once served over TLS. Location access only on the platform's own pages (the
 * portal's "near me" button asks for it; nothing else may).
 */
export function securityHeaders(options: { https: boolean }): MiddlewareHandler {
  const headers = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", "data:"],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: "DENY",
    xContentTypeOptions: "nosniff",
    referrerPolicy: "strict-origin-when-cross-origin",
    strictTransportSecurity: options.https ? "max-age=31536000; includeSubDomains" : false,
    crossOriginResourcePolicy: "same-origin",
    crossOriginOpenerPolicy: "same-origin",
    permissionsPolicy: { camera: [], microphone: [], geolocation: ["self"] },
  });
  return async (c, next) => {
    await headers(c, next);
    const framers = takeHeader(c.res.headers, FRAMING_ORIGINS_HEADER);
    const styleHashes = takeHeader(c.res.headers, STYLE_HASHES_HEADER);
    let policy = c.res.headers.get("Content-Security-Policy");
    if (!policy) return;
    const origins = (framers ?? "").split(/\s+/).filter((origin) => ORIGIN.test(origin));
    if (origins.length > 0) {
      // X-Frame-Options cannot name sites; browsers that know frame-ancestors follow it instead.
      c.res.headers.delete("X-Frame-Options");
      policy = withDirective(policy, "frame-ancestors", ["'self'", ...origins]);
    }
    const hashes = (styleHashes ?? "").split(/\s+/).filter((hash) => SHA256_SOURCE.test(hash));
    if (hashes.length > 0) policy = withDirective(policy, "style-src", ["'self'", ...hashes]);
    c.res.headers.set("Content-Security-Policy", policy);
  };
}

const mutatingMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Changes are accepted only from the platform's own pages: a browser request that comes from
 * another site (Origin or Sec-Fetch-Site says so) is refused before it reaches any procedure.
 * Requests without these headers come from programs, not browsers, and cannot carry a
 * victim's cookies across sites.
 */
export function sameOriginMutations(publicOrigin: string): MiddlewareHandler {
  return async (c, next) => {
    if (mutatingMethods.has(c.req.method)) {
      const origin = c.req.header("origin");
      const site = c.req.header("sec-fetch-site");
      const allowed = new Set([publicOrigin, new URL(c.req.url).origin]);
      if ((origin && !allowed.has(origin)) || site === "cross-site" || site === "same-site") {
        return c.json({ error: "Änderungen sind nur von den Seiten der Plattform selbst aus möglich." }, 403);
      }
    }
    await next();
  };
}

/**
 * Refuses request bodies above the limit with 413 and a readable message. Reads (GET, HEAD) pass
 * unchecked: nothing reads their bodies, and asking the Node adapter for one builds a full Fetch
 * request, a tenth of what a cached answer costs.
 */
export function limitBody(maxBytes: number): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: (c) => c.json({ error: `Die Anfrage ist zu groß (höchstens ${Math.round(maxBytes / 1024)} KB).` }, 413),
  });
  return (c, next) => (c.req.method === "GET" || c.req.method === "HEAD" ? next() : limit(c, next));
}
