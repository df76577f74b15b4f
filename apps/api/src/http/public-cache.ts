import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { Context, MiddlewareHandler } from "hono";
import { LRUCache } from "lru-cache";

/** One cached answer: what the API said to an anonymous reader, and its entity tag. */
interface CachedAnswer {
  /** Encoded once: a hit then writes the bytes as they are (answers of a search run to 80 KB). */
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
  etag: string;
  /** What the answer varies by, as the API said (tRPC: its accept headers), and the encoding. */
  vary: string;
  /** The body gzipped, made at the first hit of a client that accepts it (a search answer shrinks about tenfold). */
  gzipped?: Uint8Array<ArrayBuffer>;
}

// Smaller answers go out as they are: compressing them saves less than its headers and time cost.
const MIN_GZIP_BYTES = 1024;

/** The cache of anonymous answers, and how to empty it. */
export interface PublicCache {
  middleware: MiddlewareHandler;
  /** Forgets every answer: called after each change, here or (through the database) elsewhere. */
  invalidate(): void;
  /** Stops caching for good, e.g. when change notifications can no longer be trusted. */
  disable(): void;
  /** Calls `listener` on every change (`disabled` once caching stops for good): for what else must follow changes, like the offer index. */
  onChange(listener: (disabled: boolean) => void): void;
  /** Entries and hits so far, for the health view and tests. */
  stats(): { entries: number; hits: number; misses: number };
}

const READS = new Set(["GET", "HEAD"]);

/**
 * Whether a request comes without a session: no better-auth session cookie (under any prefix).
 * Conservative: a request that carries one is never answered from the cache, valid or not.
 */
export const carriesNoSession = (c: Context): boolean => !/session_token=/.test(c.req.header("cookie") ?? "");

/**
 * Anonymous answers are the same for every family, so the process keeps them: a read of the
 * public API without a session is answered from memory until anything changes (any successful
 * change through this process, or a change notification from the database), for the same day
 * (publication windows move with the date). Every such answer carries an ETag, and a client
 * that sends it back gets 304; answers for signed-in people are never stored (private, no-store).
 */
export function createPublicCache(options: {
  isAnonymous: (c: Context) => boolean | Promise<boolean>;
  today: () => string;
  maxBytes?: number;
}): PublicCache {
  const cache = new LRUCache<string, CachedAnswer>({
    maxSize: options.maxBytes ?? 64 * 1024 * 1024,
    sizeCalculation: (answer, key) => answer.body.byteLength + key.length + 100,
  });
  // Answers computed while a change happened must not be stored: each change starts a new generation.
  let generation = 0;
  let hits = 0;
  let misses = 0;
  let enabled = true;
  const listeners: ((disabled: boolean) => void)[] = [];
  const invalidate = () => {
    generation += 1;
    cache.clear();
    for (const listener of listeners) listener(!enabled);
  };

  const middleware: MiddlewareHandler = async (c, next) => {
    if (!READS.has(c.req.method)) {
      await next();
      if (c.res.status < 400) invalidate();
      return;
    }
    if (!enabled || !(await options.isAnonymous(c))) {
      await next();
      c.res.headers.set("Cache-Control", "private, no-store");
      return;
    }
    const key = `${options.today()} ${c.req.url}`;
    const cached = cache.get(key);
    if (cached) {
      hits += 1;
      return answer(c, cached);
    }
    misses += 1;
    const startedIn = generation;
    await next();
    if (c.res.status !== 200) return;
    const computed = c.res;
    const body = new Uint8Array(await computed.arrayBuffer());
    const stored: CachedAnswer = {
      body,
      contentType: computed.headers.get("content-type") ?? "application/json",
      vary: [computed.headers.get("vary"), "Accept-Encoding"].filter(Boolean).join(", "),
      etag: `"${createHash("sha1").update(body).digest("base64url")}"`,
    };
    if (generation === startedIn) cache.set(key, stored);
    // The body was read once, so the answer goes out as these bytes. Clearing c.res first matters:
    // Hono re-wraps a response set over another as a stream, and a cloned or streamed body cost a
    // cache miss more than the search it answered.
    c.res = undefined;
    c.res = new Response(body, { status: 200, headers: computed.headers });
    c.res.headers.set("ETag", stored.etag);
    c.res.headers.set("Cache-Control", "public, max-age=0, must-revalidate");
    c.res.headers.set("Vary", stored.vary);
  };

  const disable = () => {
    enabled = false;
    invalidate();
  };
  const onChange = (listener: (disabled: boolean) => void) => {
    listeners.push(listener);
  };
  return { middleware, invalidate, disable, onChange, stats: () => ({ entries: cache.size, hits, misses }) };
}

const acceptsGzip = (c: Context): boolean => /\bgzip\b/.test(c.req.header("accept-encoding") ?? "");

/**
 * A cached answer as the client takes it: gzipped where it accepts gzip and the answer is large
 * enough (compressed once, then kept), else as it is. Each encoding has its own ETag, as HTTP
 * asks of different representations.
 */
function answer(c: Context, cached: CachedAnswer): Response {
  const gzip = cached.body.byteLength >= MIN_GZIP_BYTES && acceptsGzip(c);
  const etag = gzip ? `${cached.etag.slice(0, -1)}-gzip"` : cached.etag;
  const headers = { ETag: etag, "Cache-Control": "public, max-age=0, must-revalidate", Vary: cached.vary };
  if (c.req.header("if-none-match") === etag) return c.body(null, 304, headers);
  if (!gzip) return c.body(cached.body, 200, { ...headers, "Content-Type": cached.contentType });
  cached.gzipped ??= new Uint8Array(gzipSync(cached.body));
  return c.body(cached.gzipped, 200, { ...headers, "Content-Type": cached.contentType, "Content-Encoding": "gzip" });
}
