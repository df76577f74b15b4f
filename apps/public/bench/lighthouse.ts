import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";

/** Debian's Chromium, as everywhere on this platform (ARCHITECTURE: Lighthouse 12.2.3 runs offline with it). */
export const CHROMIUM = process.env.CHROME_PATH ?? "/usr/bin/chromium";

/** The four categories and the targets the portal is held to. */
export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];
export const TARGETS: Record<Category, number> = { performance: 0.95, accessibility: 1, "best-practices": 0.95, seo: 1 };

/** A request the page made, as Lighthouse saw it. */
export interface LoadedResource {
  url: string;
  resourceType: string;
  /** Bytes over the wire (compressed, with headers). */
  transferSize: number;
}

/** What one Lighthouse run found on one page. */
export interface LighthouseResult {
  name: string;
  url: string;
  scores: Record<Category, number | null>;
  metricsMs: { firstContentfulPaint: number | null; largestContentfulPaint: number | null; totalBlockingTime: number | null; speedIndex: number | null };
  cumulativeLayoutShift: number | null;
  /** Lighthouse's measure of this machine's CPU at the time (a mid-range phone simulated on a machine of ~1000+ is meaningful; far below, performance is understated). */
  benchmarkIndex: number | null;
  /** Audits that cost points (score below 1), by category, for the findings list. */
  findings: { category: Category; id: string; title: string; score: number; displayValue?: string }[];
  resources: LoadedResource[];
  /** Lighthouse's whole report of the run, for the audits the summary leaves out (written beside the results, not into them). */
  lhr: object;
}

interface Lhr {
  environment?: { benchmarkIndex?: number };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; numericValue?: number; displayValue?: string; details?: { items?: unknown[] } }>;
}

const numeric = (lhr: Lhr, id: string): number | null => {
  const value = lhr.audits[id]?.numericValue;
  return value === undefined ? null : Math.round(value * 1000) / 1000;
};

/**
 * Runs Lighthouse (its default: the mobile profile, a mid-range phone on slow 4G with simulated
 * throttling) on one page in a fresh headless Chromium, and keeps the scores, the main timings,
 * what cost points and every request with its transferred bytes.
 *
 * @example
 * const start = await runLighthouse("Startseite", "http://127.0.0.1:3000/");
 */
export async function runLighthouse(name: string, url: string): Promise<LighthouseResult> {
  const chrome = await launch({
    chromePath: CHROMIUM,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse lieferte kein Ergebnis für ${url}`);
    const lhr = result.lhr as unknown as Lhr;
    if ((result.lhr as { runtimeError?: { message: string } }).runtimeError) throw new Error(`Lighthouse: ${(result.lhr as { runtimeError?: { message: string } }).runtimeError!.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((category) => [category, lhr.categories[category]?.score ?? null])) as Record<Category, number | null>;
    const findings = CATEGORIES.flatMap((category) =>
      (lhr.categories[category]?.auditRefs ?? []).flatMap((ref) => {
        const audit = lhr.audits[ref.id];
        if (!audit || audit.score === null || audit.score >= 1 || !["binary", "numeric", "metricSavings"].includes(audit.scoreDisplayMode)) return [];
        if (ref.weight === 0 && audit.scoreDisplayMode !== "metricSavings") return [];
        return [{ category, id: ref.id, title: audit.title, score: audit.score, ...(audit.displayValue ? { displayValue: audit.displayValue } : {}) }];
      }),
    );
    const resources = ((lhr.audits["network-requests"]?.details?.items ?? []) as LoadedResource[]).map(({ url: resourceUrl, resourceType, transferSize }) => ({ url: resourceUrl, resourceType, transferSize }));
    return {
      name,
      url,
      scores,
      metricsMs: {
        firstContentfulPaint: numeric(lhr, "first-contentful-paint"),
        largestContentfulPaint: numeric(lhr, "largest-contentful-paint"),
        totalBlockingTime: numeric(lhr, "total-blocking-time"),
        speedIndex: numeric(lhr, "speed-index"),
      },
      cumulativeLayoutShift: numeric(lhr, "cumulative-layout-shift"),
      benchmarkIndex: lhr.environment?.benchmarkIndex === undefined ? null : Math.round(lhr.environment.benchmarkIndex),
      findings,
      resources,
      lhr: result.lhr,
    };
  } finally {
    chrome.kill();
  }
}
