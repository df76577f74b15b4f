// `npm run bench:portal` (also part of `npm run bench`): the built family portal's first-page
// weight and Lighthouse 12 (mobile) on the start page, a result list and an offer page, on a
// fresh copy of the demo data. Results: bench/results/<timestamp>.json and tables on stdout.
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { prepareDemoTemplate, startPlatform } from "@praeventionskette/browser";
import { type LighthouseResult, runLighthouse } from "./lighthouse.js";
import { formatReport, machineFacts, type PortalBenchReport, writeReport } from "./report.js";
import { firstPageWeight } from "./weight.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const clientDir = path.resolve(here, "../dist/client");
const resultsDir = path.resolve(here, "results");

/** Lighthouse runs per page (PORTAL_BENCH_RUNS, default 3): the run with the median performance score is kept, as Lighthouse advises for a variable machine. */
const RUNS = Math.max(1, Number(process.env.PORTAL_BENCH_RUNS ?? 3) || 3);

/** The run with the median performance score. */
function median(runs: LighthouseResult[]): LighthouseResult {
  const sorted = [...runs].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** The offer page measured: the first result of the result list. */
async function firstOfferPath(origin: string, listPath: string): Promise<string> {
  const html = await (await fetch(`${origin}${listPath}`)).text();
  const match = /href="(\/angebote\/[0-9a-f-]{36})"/.exec(html);
  if (!match) throw new Error(`Keine Angebotsseite in ${listPath} gefunden.`);
  return match[1]!;
}

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const machine = machineFacts();
  console.info("[portal] seeding the demo data …");
  const template = prepareDemoTemplate();
  const platform = await startPlatform();
  try {
    const listPath = "/angebote?q=Familie";
    const pages = [
      { name: "start page", path: "/" },
      { name: "result list", path: listPath },
      { name: "offer page", path: await firstOfferPath(platform.url, listPath) },
    ];
    // A first request per page fills the server's caches (the answer cache, the database's), so that the first run does not measure a cold start.
    for (const page of pages) await (await fetch(`${platform.url}${page.path}`)).text();
    const results = [];
    const lighthouseReports: { name: string; lhr: object }[] = [];
    for (const page of pages) {
      const runs: LighthouseResult[] = [];
      for (let run = 1; run <= RUNS; run++) {
        console.info(`[portal] Lighthouse: ${page.name} (${page.path}), run ${run} of ${RUNS} …`);
        runs.push(await runLighthouse(page.name, `${platform.url}${page.path}`));
      }
      const { lhr, ...kept } = median(runs);
      results.push({ ...kept, performanceOfRuns: runs.map((run) => run.scores.performance) });
      lighthouseReports.push({ name: page.name, lhr });
    }
    const version = (createRequire(import.meta.url)("lighthouse/package.json") as { version: string }).version;
    const report: PortalBenchReport = { startedAt, machine, lighthouseVersion: version, firstPage: firstPageWeight(results[0]!.resources, platform.url, clientDir), pages: results };
    const file = writeReport(resultsDir, report);
    // Each page's whole Lighthouse report (median run) beside the summary, e.g. to see which modules "unused-javascript" names.
    const reportsDir = file.replace(/\.json$/, "");
    mkdirSync(reportsDir, { recursive: true });
    for (const { name, lhr } of lighthouseReports) writeFileSync(path.join(reportsDir, `${name.replace(/\s+/g, "-")}.lighthouse.json`), JSON.stringify(lhr));
    console.info(`\n${formatReport(report)}\n\nResults: ${path.relative(process.cwd(), file)}`);
  } finally {
    await platform.stop();
    rmSync(template, { recursive: true, force: true });
  }
}

if (!existsSync(path.join(clientDir, ".vite", "manifest.json"))) throw new Error(`No portal build in ${clientDir}: run "npm run build" first.`);
await main();
