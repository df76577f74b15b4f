import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { LoadedResource } from "./lighthouse.js";

/** What the first page sends of one kind: the files, their gzipped size as built, and what went over the wire. */
export interface KindWeight {
  files: string[];
  /** gzip (default level) of the built files, as the portal's browser test counts it. */
  gzipBytes: number;
  /** Transferred bytes as Lighthouse saw them (the server's compression, plus headers). */
  transferBytes: number;
}

/** JavaScript and CSS of the first page, and its HTML (which carries the stylesheet inline). */
export interface FirstPageWeight {
  javascript: KindWeight;
  css: KindWeight;
  /** The page itself: no built file, so only what went over the wire counts. */
  html: KindWeight;
}

/** The JavaScript budget of the portal's first page, gzipped. */
export const JS_BUDGET_BYTES = 100 * 1024;

function weightOf(resources: LoadedResource[], type: string, origin: string, clientDir: string): KindWeight {
  const own = resources.filter((resource) => resource.resourceType === type && resource.url.startsWith(origin));
  const files = own.map((resource) => new URL(resource.url).pathname);
  const gzipBytes = files.reduce((sum, file) => {
    const built = path.join(clientDir, file);
    // A page ("/") is no built file; it counts only as transferred.
    return sum + (statSync(built, { throwIfNoEntry: false })?.isFile() ? gzipSync(readFileSync(built)).length : 0);
  }, 0);
  return { files, gzipBytes, transferBytes: own.reduce((sum, resource) => sum + resource.transferSize, 0) };
}

/**
 * The scripts and stylesheets the start page loaded (taken from Lighthouse's record of the
 * requests, so chunks loaded after hydration, like the language's texts, count too).
 *
 * @example
 * const weight = firstPageWeight(start.resources, "http://127.0.0.1:3000", "apps/public/dist/client");
 */
export function firstPageWeight(resources: LoadedResource[], origin: string, clientDir: string): FirstPageWeight {
  return { javascript: weightOf(resources, "Script", origin, clientDir), css: weightOf(resources, "Stylesheet", origin, clientDir), html: weightOf(resources, "Document", origin, clientDir) };
}
