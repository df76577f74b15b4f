import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { expectAccessible, newContext, useBrowserSession } from "@praeventionskette/browser";
import { describe, expect, it } from "vitest";
import { gotoEnhanced } from "./enhanced-page.js";
import { startStandalonePortal } from "./standalone-portal.js";

const clientDir = path.resolve(fileURLToPath(import.meta.url), "../../dist/client");

describe("the family portal", () => {
  const session = useBrowserSession();

  it("finds the midwives without JavaScript, despite a typo, with what comes next for a baby", async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, locale: "de-DE" });
    const page = await context.newPage();
    await page.goto(`${session.platform.url}/`);
    await page.getByLabel("Was suchen Sie?").fill("Hebame");
    await page.getByLabel("Mein Kind ist … Jahre alt").selectOption({ label: "unter 1 Jahr" });
    await page.getByRole("button", { name: "Angebote finden" }).click();
    await page.waitForURL(/\/angebote\?q=Hebame&alter=0/);
    await page.getByRole("heading", { level: 2, name: /Hebammen/ }).first().waitFor();
    await page.getByRole("heading", { level: 2, name: /Bald steht an/ }).waitFor();
    await context.close();
  });

  it("updates the results as the family types, without reloading the page", async () => {
    const context = await newContext(session.browser);
    const page = await context.newPage();
    await page.goto(`${session.platform.url}/`);
    await expectAccessible(page, "Startseite des Portals");
    await gotoEnhanced(page, `${session.platform.url}/angebote`);
    const count = page.getByRole("status").filter({ hasText: "gefunden" });
    const before = await count.textContent();
    // A reload would lose this mark.
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));
    await page.getByLabel("Was suchen Sie?").pressSequentially("Elterncafe", { delay: 30 });
    await page.waitForURL(/q=Elterncafe/);
    // The unfiltered first page may already list an Elterncafé, so the count tells when the new results are in.
    await expect.poll(() => count.textContent(), { timeout: 30_000 }).not.toBe(before);
    await page.getByRole("heading", { level: 2, name: /Elterncafé/ }).first().waitFor();
    expect(await page.evaluate(() => "notReloaded" in window)).toBe(true);
    await expectAccessible(page, "Suchergebnisse");
    await context.close();
  });

  it("speaks six languages: Arabic right to left, links between them, German text said openly", async () => {
    const context = await newContext(session.browser);
    const page = await context.newPage();
    await page.goto(`${session.platform.url}/ar/angebote?q=Hebamme`);
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    expect(await page.locator("html").getAttribute("lang")).toBe("ar");
    const alternates = await page.locator('link[rel="alternate"]').evaluateAll((links) => links.map((link) => link.getAttribute("hreflang")));
    expect(alternates).toEqual(["de", "en", "tr", "ar", "uk", "de-x-ls", "x-default"]);
    await expectAccessible(page, "Suche auf Arabisch");
    await page.getByRole("link", { name: "English" }).click();
    await page.waitForURL(/\/en\/angebote\?q=Hebamme/);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.goto(`${session.platform.url}/tr/angebote?q=Rückbildung`);
    await page.getByText(/Almanca|German/).first().waitFor();
    await page.goto(`${session.platform.url}/leichte-sprache/hilfe`);
    expect(await page.locator("html").getAttribute("lang")).toBe("de-x-ls");
    await expectAccessible(page, "Hilfe in Leichter Sprache");
    await context.close();
  });

  it("shows an offer with its facts, structured data and canonical address; an unknown one is a 404", async () => {
    const context = await newContext(session.browser);
    const page = await context.newPage();
    await page.goto(`${session.platform.url}/angebote?q=Willkommensbesuch`);
    await page.getByRole("link", { name: /Willkommensbesuch/ }).first().click();
    await page.getByRole("heading", { level: 1, name: /Willkommensbesuch/ }).waitFor();
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(data).toMatchObject({ "@context": "https://schema.org", "@type": "Service", name: expect.stringMatching(/Willkommensbesuch/) });
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(page.url());
    await expectAccessible(page, "Angebotsseite");
    const missing = await page.goto(`${session.platform.url}/angebote/00000000-0000-4000-8000-000000000000`);
    expect(missing?.status()).toBe(404);
    await page.getByRole("heading", { level: 1, name: "Dieses Angebot gibt es nicht (mehr)." }).waitFor();
    await context.close();
  });

  it("keeps help in a crisis one tap away and the chain of life phases readable", async () => {
    const context = await newContext(session.browser, { width: 390 });
    const page = await context.newPage();
    await page.goto(`${session.platform.url}/lebensphasen`);
    await page.getByRole("heading", { level: 1, name: "Von der Geburt bis zum Beruf" }).waitFor();
    expect(await page.getByRole("heading", { level: 2 }).count()).toBeGreaterThan(3);
    await expectAccessible(page, "Lebensphasen");
    await page.getByRole("link", { name: "Notfall? Hilfe sofort" }).click();
    await page.getByRole("link", { name: "116 111" }).waitFor();
    expect(await page.getByRole("link", { name: "116 111" }).getAttribute("href")).toBe("tel:116111");
    await expectAccessible(page, "Hilfe in der Not");
    await context.close();
  });

  it("loads under 100 KB of JavaScript (gzipped) on its first page, and nothing from another host", async () => {
    const context = await newContext(session.browser, { width: 390 });
    const page = await context.newPage();
    const scripts: string[] = [];
    const hosts = new Set<string>();
    page.on("request", (request) => {
      hosts.add(new URL(request.url()).origin);
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${session.platform.url}/`, { waitUntil: "networkidle" });
    const firstPage = [...scripts];
    await page.goto(`${session.platform.url}/ar/angebote?q=Hebamme`, { waitUntil: "networkidle" });
    await page.locator(".offer-card h2 a").first().click();
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.waitForLoadState("networkidle");
    expect([...hosts].filter((origin) => origin !== "null")).toEqual([session.platform.url]);
    expect(firstPage.length).toBeGreaterThan(0);
    const gzipped = firstPage.reduce((sum, script) => sum + gzipSync(readFileSync(path.join(clientDir, script))).length, 0);
    console.info(`Portal, erste Seite: ${firstPage.length} Skripte, ${(gzipped / 1024).toFixed(1)} KB gzip`);
    expect(gzipped).toBeLessThan(100 * 1024);
    await context.close();
  });

  it("runs as its own process against a remote API, as a town hosting only the portal would", async () => {
    const portal = await startStandalonePortal(session.platform.url, { PORTAL_TERRITORY: "05558016", PORTAL_OPERATOR_NAME: "Stadt Dülmen" });
    try {
      const page = await fetch(`${portal.origin}/angebote?q=Familienzentrum`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain("Stadt Dülmen");
      expect(html).toMatch(/Angebote? gefunden/);
      const asset = /<script type="module" src="([^"]+)"/.exec(html)?.[1];
      expect((await fetch(`${portal.origin}${asset}`)).status).toBe(200);
    } finally {
      portal.stop();
    }
  });
});
