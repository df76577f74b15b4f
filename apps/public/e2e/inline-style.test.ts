import { createHash } from "node:crypto";
import { expectAccessible, newContext, screenshot, useBrowserSession } from "@praeventionskette/browser";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitForHydration } from "./enhanced-page.js";
import { startStandalonePortal } from "./standalone-portal.js";

/** The directive's sources in a Content-Security-Policy header. */
function sourcesOf(policy: string, directive: string): string[] {
  const found = policy.split(";").map((part) => part.trim().split(/\s+/)).find(([name]) => name === directive);
  return found ? found.slice(1) : [];
}

/**
 * The page's inline stylesheet and its policy: exactly one style element, no linked
 * stylesheet, and a `style-src` that allows this text by its SHA-256 and nothing inline besides.
 */
async function expectHashedInlineStyle(url: string): Promise<void> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  const html = await response.text();
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
  expect(styles).toHaveLength(1);
  expect(styles[0]).toContain(".offer-card");
  expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
  const policy = response.headers.get("content-security-policy") ?? "";
  const hash = `'sha256-${createHash("sha256").update(styles[0]!, "utf8").digest("base64")}'`;
  expect(sourcesOf(policy, "style-src")).toEqual(["'self'", hash]);
  expect(sourcesOf(policy, "script-src")).toEqual(["'self'"]);
  expect(policy).not.toContain("unsafe-inline");
  // The internal header that carried the hash does not leave the server.
  expect(response.headers.get("x-style-hashes")).toBeNull();
}

/** Loads the page and says which policy violations the browser reported, and how the header looks. */
async function visit(page: Page, url: string): Promise<{ violations: string[]; headerBackground: string; bodyFontSize: string }> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.goto(url, { waitUntil: "networkidle" });
  const styled = await page.evaluate(() => ({
    headerBackground: getComputedStyle(document.querySelector(".site-header")!).backgroundColor,
    bodyFontSize: getComputedStyle(document.body).fontSize,
  }));
  return { violations, ...styled };
}

/** Styled by the inline stylesheet: the dark header and the portal's larger body text (1.0625rem). */
function expectStyled(result: { violations: string[]; headerBackground: string; bodyFontSize: string }): void {
  expect(result.violations).toEqual([]);
  expect(result.headerBackground).not.toBe("rgba(0, 0, 0, 0)");
  expect(result.bodyFontSize).toBe("17px");
}

describe("the portal's inline stylesheet under a strict CSP", () => {
  const session = useBrowserSession();

  let offerPath = "";
  beforeAll(async () => {
    const list = await (await fetch(`${session.platform.url}/angebote?q=Familie`)).text();
    offerPath = /href="(\/angebote\/[0-9a-f-]{36})"/.exec(list)?.[1] ?? "";
  });

  it.each([
    ["German", ""],
    ["Arabic", "/ar"],
    ["Leichte Sprache", "/leichte-sprache"],
  ])("is allowed by its hash in the API process: start, result and offer page in %s, at phone and desktop width", { timeout: 180_000 }, async (_language, prefix) => {
    expect(offerPath).not.toBe("");
    for (const [name, pagePath] of [["start", "/"], ["results", "/angebote?q=Familie"], ["offer", offerPath]] as const) {
      await expectHashedInlineStyle(`${session.platform.url}${prefix}${pagePath}`);
      for (const width of [390, 1280]) {
        const context = await newContext(session.browser, { width });
        const page = await context.newPage();
        expectStyled(await visit(page, `${session.platform.url}${prefix}${pagePath}`));
        await expectAccessible(page, `${name} ${prefix || "/de"} ${width}px`);
        await screenshot(page, `inline-style-${name}-${prefix.slice(1) || "de"}-${width}`);
        await context.close();
      }
    }
  });

  it("keeps the JSON answers of the enhanced search free of style hashes", async () => {
    const response = await fetch(`${session.platform.url}/angebote?q=Familie`, { headers: { Accept: "application/json" } });
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(sourcesOf(response.headers.get("content-security-policy") ?? "", "style-src")).toEqual(["'self'"]);
  });

  describe("in the standalone portal process", () => {
    let origin: string;
    let stop = () => {};
    beforeAll(async () => {
      ({ origin, stop } = await startStandalonePortal(session.platform.url));
    });
    afterAll(() => stop());

    it("sets the same strict policy with the stylesheet's hash, and the browser applies the style", async () => {
      await expectHashedInlineStyle(`${origin}/angebote?q=Familie`);
      const policy = (await fetch(`${origin}/`)).headers.get("content-security-policy") ?? "";
      expect(sourcesOf(policy, "default-src")).toEqual(["'self'"]);
      expect(sourcesOf(policy, "frame-ancestors")).toEqual(["'none'"]);
      const context = await newContext(session.browser as Browser, { width: 390 });
      const page = await context.newPage();
      expectStyled(await visit(page, `${origin}/angebote?q=Familie`));
      // Hydrated under the policy: searching in place still works (the script runs, its request is allowed).
      await waitForHydration(page);
      await page.getByLabel("Was suchen Sie?").fill("Hebamme");
      await page.waitForURL(/q=Hebamme/);
      await expectAccessible(page, "Ergebnisse im eigenständigen Portal");
      await context.close();
    });
  });
});
