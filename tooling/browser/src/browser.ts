import { mkdirSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

/** Debian's Chromium, as `.ci/run` installs it; CHROMIUM_PATH overrides. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Headless Chromium with nothing that reaches the internet on its own. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

let contextNumber = 0;

/**
 * A fresh browser context (own cookies) at a width: 1280 px for the office, 390 px for a phone.
 * Each context sends an address of its own, so sign-in rate limits apply per simulated person.
 */
export function newContext(browser: Browser, options: { width?: number; locale?: string } = {}): Promise<BrowserContext> {
  contextNumber += 1;
  const width = options.width ?? 1280;
  return browser.newContext({
    viewport: { width, height: width < 600 ? 844 : 900 },
    locale: options.locale ?? "de-DE",
    timezoneId: "Europe/Berlin",
    extraHTTPHeaders: { "X-Forwarded-For": `10.77.${Math.floor(contextNumber / 250)}.${contextNumber % 250}` },
  });
}

/** Rules of WCAG 2.1 A and AA, what BITV 2.0 requires. */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Runs axe on the page as it is now and fails with each violation named (rule, impact, the
 * first elements) when there is any.
 */
export async function expectAccessible(page: Page, what = page.url()): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  if (result.violations.length === 0) return;
  const lines = result.violations.map((violation) => `- ${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes.slice(0, 3).map((node) => node.target.join(" ")).join("\n    ")}`);
  throw new Error(`axe findet ${result.violations.length} Verstöße auf ${what}:\n${lines.join("\n")}`);
}

/** Where screenshots of failed tests (and of reviews) go; ignored by git. */
export const SCREENSHOT_DIR = path.resolve(process.cwd(), "test-results");

/** Saves a full-page screenshot under test-results/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, "-")}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
