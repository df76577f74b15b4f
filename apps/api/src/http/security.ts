import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";

/**
 * Security headers for every answer: a strict Content-Security-Policy (no inline scripts, no
 * third-party hosts, no framing), nosniff, a referrer policy, and HSTS once served over TLS.
 */
export function securityHeaders(options: { https: boolean }): MiddlewareHandler {
  return secureHeaders({
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
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  });
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

/** Refuses request bodies above the limit with 413 and a readable message. */
export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => c.json({ error: `Die Anfrage ist zu groß (höchstens ${Math.round(maxBytes / 1024)} KB).` }, 413),
  });
}
