import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { CATEGORIES, type LighthouseResult, TARGETS } from "./lighthouse.js";
import { type FirstPageWeight, JS_BUDGET_BYTES } from "./weight.js";

/** Everything one `npm run bench:portal` measured, as written to bench/results/<timestamp>.json. */
export interface PortalBenchReport {
  startedAt: string;
  machine: { node: string; cpus: number; cpuModel: string; loadAverageAtStart: number[] };
  lighthouseVersion: string;
  firstPage: FirstPageWeight;
  /** Each page's median run, with the performance scores of all its runs. */
  pages: (Omit<LighthouseResult, "lhr"> & { performanceOfRuns: (number | null)[] })[];
}

/** Facts about the machine that explain differing numbers between runs (Lighthouse's performance score depends on the CPU). */
export function machineFacts(): PortalBenchReport["machine"] {
  return { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? "unknown", loadAverageAtStart: loadavg().map((value) => Math.round(value * 100) / 100) };
}

/** Writes the report as JSON into `dir`, named by its start time; returns the file's path. */
export function writeReport(dir: string, report: PortalBenchReport): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${report.startedAt.replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mark = (ok: boolean) => (ok ? "✓" : "✗ below target");
const score = (value: number | null, target: number) => (value === null ? "–" : `${value.toFixed(2)} ${mark(value >= target)}`);
const ms = (value: number | null) => (value === null ? "–" : `${Math.round(value)} ms`);

/** The report as Markdown tables: first-page weight, scores per page, timings, then what cost points. */
export function formatReport(report: PortalBenchReport): string {
  const { javascript, css, html } = report.firstPage;
  const { machine } = report;
  const findings = report.pages.flatMap((page) => page.findings.map((finding) => `| ${page.name} | ${finding.category} | ${finding.id} | ${finding.title} | ${finding.score.toFixed(2)} | ${finding.displayValue ?? ""} |`));
  return [
    `Portal benchmark ${report.startedAt}: Lighthouse ${report.lighthouseVersion}, mobile profile (simulated slow 4G, 4× CPU slowdown), Chromium; ` +
      `Node ${machine.node}, ${machine.cpus} × ${machine.cpuModel}, load average at start ${machine.loadAverageAtStart.join(" / ")}`,
    "",
    "| first page (start page) | files | gzip (built files) | transferred | target |",
    "|---|---:|---:|---:|---|",
    `| JavaScript | ${javascript.files.length} | ${kb(javascript.gzipBytes)} | ${kb(javascript.transferBytes)} | ≤ ${kb(JS_BUDGET_BYTES)} ${mark(javascript.gzipBytes <= JS_BUDGET_BYTES)} |`,
    `| CSS (linked) | ${css.files.length} | ${kb(css.gzipBytes)} | ${kb(css.transferBytes)} | – |`,
    // Older reports have no HTML row.
    ...(html ? [`| HTML (with the inline stylesheet) | ${html.files.length} | – | ${kb(html.transferBytes)} | – |`] : []),
    "",
    `| page | ${CATEGORIES.map((category) => `${category} (≥ ${TARGETS[category]})`).join(" | ")} | FCP | LCP | TBT | Speed Index | CLS | performance of all runs | CPU benchmark index |`,
    `|---|${CATEGORIES.map(() => "---:").join("|")}|---:|---:|---:|---:|---:|---|---:|`,
    ...report.pages.map(
      (page) =>
        `| ${page.name} | ${CATEGORIES.map((category) => score(page.scores[category], TARGETS[category])).join(" | ")} | ${ms(page.metricsMs.firstContentfulPaint)} | ${ms(page.metricsMs.largestContentfulPaint)} | ${ms(page.metricsMs.totalBlockingTime)} | ${ms(page.metricsMs.speedIndex)} | ${page.cumulativeLayoutShift ?? "–"} | ${page.performanceOfRuns.map((value) => value?.toFixed(2) ?? "–").join(", ")} | ${page.benchmarkIndex ?? "–"} |`,
    ),
    "",
    "Scores are each page's median run by performance. Performance depends on the machine: Lighthouse simulates a mid-range phone by slowing",
    "this CPU down 4×, so on a busy or slow machine (a low CPU benchmark index, a load average above the core count) it is understated.",
    "",
    ...(findings.length > 0 ? ["What cost points:", "", "| page | category | audit | title | score | value |", "|---|---|---|---|---:|---|", ...findings] : ["Nothing cost points."]),
  ].join("\n");
}
