import { expectAccessible, newContext, screenshot, signInAs, startPlatform, useBrowserSession } from "@praeventionskette/browser";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";

/** Tests that open several contexts and run axe at two widths each: minutes on a busy two-core machine. */
const SLOW = 240_000;

/** Opens a page in a fresh context and checks it with axe at office and phone width, with a screenshot of each. */
async function checkAtBothWidths(session: { browser: Browser; platform: { url: string } }, path: string, name: string, ready: (page: Page) => Promise<unknown>) {
  for (const width of [1280, 390]) {
    const context = await newContext(session.browser, { width });
    const page = await context.newPage();
    await page.goto(`${session.platform.url}${path}`);
    await ready(page);
    await expectAccessible(page, `${name} (${width} px)`);
    await screenshot(page, `legal-${name}-${width}`);
    await context.close();
  }
}

/** Every Set-Cookie header the platform sends to this context. */
function collectCookieHeaders(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on("response", (response) => {
    void response.headerValue("set-cookie").then((value) => {
      if (value) seen.push(`${response.url()}: ${value}`);
    });
  });
  return seen;
}

describe("the portal's legal pages and feedback form", () => {
  const session = useBrowserSession();

  it("leads from every page's footer to an accessibility statement naming the NRW ombuds office", async () => {
    const context = await newContext(session.browser);
    const page = await context.newPage();
    await page.goto(`${session.platform.url}/angebote?q=Hebamme`);
    await page.getByRole("contentinfo").getByRole("link", { name: "Barrierefreiheit" }).click();
    await page.waitForURL(/\/barrierefreiheit$/);
    await page.getByRole("heading", { level: 1, name: "Erklärung zur Barrierefreiheit" }).waitFor();
    await page.getByText("Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen", { exact: true }).waitFor();
    expect(await page.getByRole("link", { name: "ombudsstelle-barrierefreie-it@mags.nrw.de" }).getAttribute("href")).toBe("mailto:ombudsstelle-barrierefreie-it@mags.nrw.de");
    await page.getByText(/IT\.NRW/).first().waitFor();
    await page.getByText(/29\. November 2026/).waitFor();
    await page.getByRole("link", { name: "Zum Formular: Barriere melden" }).click();
    await page.waitForURL(/\/barrierefreiheit\/rueckmeldung$/);
    await context.close();
    await checkAtBothWidths(session, "/barrierefreiheit", "barrierefreiheit", (p) => p.getByRole("heading", { level: 1 }).waitFor());
  }, SLOW);

  it("takes feedback without JavaScript: the server's refusal at the field, then thanks; coordinators read it", async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, locale: "de-DE" });
    const page = await context.newPage();
    await page.goto(`${session.platform.url}/angebote?q=Hebamme`);
    await page.getByRole("contentinfo").getByRole("link", { name: "Barriere melden" }).click();
    await page.waitForURL(/\/barrierefreiheit\/rueckmeldung\?seite=/);
    // The footer's link says which page the family came from.
    expect(await page.getByLabel("Welche Seite meinen Sie?").inputValue()).toBe("/angebote?q=Hebamme");
    expect(await page.getByRole("radio", { name: /Eine Barriere/ }).isChecked()).toBe(true);
    // Only spaces pass the browser's own check (required, minlength) but not the API's.
    await page.getByLabel(/Ihre Nachricht/).fill("            ");
    await page.getByRole("button", { name: "Rückmeldung senden" }).click();
    await page.waitForURL(/fehler=nachricht/);
    await page.getByRole("alert").getByText("Bitte prüfen Sie Ihre Angaben:").waitFor();
    const message = page.getByLabel(/Ihre Nachricht/);
    expect(await message.getAttribute("aria-invalid")).toBe("true");
    expect(await message.getAttribute("aria-describedby")).toContain("feedback-nachricht-error");
    await page.locator("#feedback-nachricht-error").getByText(/10 bis 4000 Zeichen/).waitFor();
    expect(await page.title()).toMatch(/^Bitte prüfen Sie Ihre Angaben/);
    await screenshot(page, "legal-rueckmeldung-fehler-390");

    await page.getByRole("radio", { name: /Fehler in einem Angebot/ }).check();
    await page.getByLabel("Welche Seite meinen Sie?").fill("/angebote?q=Hebamme");
    await message.fill("Die Telefonnummer der Hebammenpraxis ist veraltet.");
    await page.getByLabel(/E-Mail-Adresse für eine Antwort/).fill("mutter@example.org");
    await page.getByRole("button", { name: "Rückmeldung senden" }).click();
    await page.waitForURL(/\/barrierefreiheit\/rueckmeldung\?gesendet=1$/);
    await page.getByRole("status").getByRole("heading", { name: "Vielen Dank für Ihre Rückmeldung!" }).waitFor();
    await screenshot(page, "legal-rueckmeldung-danke-390");
    await context.close();

    const staff = await newContext(session.browser);
    const staffPage = await staff.newPage();
    await signInAs(staffPage, session.platform.url, "coordinator");
    const response = await staffPage.request.get(`${session.platform.url}/trpc/feedback.list?input=${encodeURIComponent(JSON.stringify({ limit: 10 }))}`);
    expect(response.status()).toBe(200);
    const { result } = (await response.json()) as { result: { data: { items: { kind: string; page: string; message: string; replyTo: string; language: string }[] } } };
    expect(result.data.items[0]).toMatchObject({ kind: "content", page: "/angebote?q=Hebamme", message: "Die Telefonnummer der Hebammenpraxis ist veraltet.", replyTo: "mutter@example.org", language: "de" });
    // Families cannot read what others sent.
    const anonymous = await session.browser.newContext();
    expect((await anonymous.request.get(`${session.platform.url}/trpc/feedback.list`)).status()).toBe(401);
    await anonymous.close();
    await staff.close();

    await checkAtBothWidths(session, "/barrierefreiheit/rueckmeldung?fehler=nachricht,antwort", "rueckmeldung-fehler", (p) => p.getByRole("alert").waitFor());
    await checkAtBothWidths(session, "/barrierefreiheit/rueckmeldung", "rueckmeldung", (p) => p.getByRole("button", { name: "Rückmeldung senden" }).waitFor());
  }, SLOW);

  it("keeps the form in Arabic, right to left, through sending", async () => {
    const context = await newContext(session.browser, { width: 390, locale: "ar" });
    const page = await context.newPage();
    await page.goto(`${session.platform.url}/ar/barrierefreiheit/rueckmeldung`);
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    await expectAccessible(page, "Rückmeldung auf Arabisch");
    await page.getByLabel(/رسالتك/).fill("لا أستطيع فتح قائمة اللغات بلوحة المفاتيح.");
    await page.getByRole("button", { name: "إرسال الملاحظة" }).click();
    await page.waitForURL(/\/ar\/barrierefreiheit\/rueckmeldung\?gesendet=1$/);
    await page.getByRole("heading", { name: "شكرًا لملاحظتك!" }).waitFor();
    await screenshot(page, "legal-rueckmeldung-ar-390");
    await context.close();
  });

  it("says on the imprint and privacy pages what the operator must configure, and what the portal stores", async () => {
    const context = await newContext(session.browser);
    const page = await context.newPage();
    await page.goto(`${session.platform.url}/`);
    await page.getByRole("contentinfo").getByRole("link", { name: "Impressum" }).click();
    await page.waitForURL(/\/impressum$/);
    await page.getByText(/IMPRINT_URL/).waitFor();
    await page.goto(`${session.platform.url}/en/`);
    await page.getByRole("contentinfo").getByRole("link", { name: "Privacy" }).click();
    await page.waitForURL(/\/en\/datenschutz$/);
    await page.getByText(/PRIVACY_URL/).waitFor();
    await page.getByText(/sets no cookies/).waitFor();
    await context.close();
    await checkAtBothWidths(session, "/impressum", "impressum", (p) => p.getByRole("heading", { level: 1 }).waitFor());
    await checkAtBothWidths(session, "/leichte-sprache/datenschutz", "datenschutz-leicht", (p) => p.getByRole("heading", { level: 1 }).waitFor());
  }, SLOW);

  it("sets no cookie for anonymous visitors: not on pages, not in open data, not when sending feedback", async () => {
    const context = await newContext(session.browser);
    const headers = collectCookieHeaders(context);
    const page = await context.newPage();
    for (const path of ["/", "/angebote?q=Hebamme", "/lebensphasen", "/hilfe", "/barrierefreiheit", "/datenschutz", "/en/angebote", "/api/hsds/services?per_page=1"]) {
      await page.goto(`${session.platform.url}${path}`);
    }
    await page.goto(`${session.platform.url}/angebote?q=Hebamme`);
    await page.locator("main a[href*='/angebote/']").first().click();
    await page.waitForURL(/\/angebote\/[0-9a-f-]{36}$/);
    await page.goto(`${session.platform.url}/barrierefreiheit/rueckmeldung`);
    await page.getByLabel(/Ihre Nachricht/).fill("Ein Test, ob beim Senden ein Cookie gesetzt wird.");
    await page.getByRole("button", { name: "Rückmeldung senden" }).click();
    await page.waitForURL(/gesendet=1/);
    const csv = await page.request.get(`${session.platform.url}/api/hsds/offers.csv`);
    expect(csv.headers()["set-cookie"]).toBeUndefined();
    expect(await context.cookies()).toEqual([]);
    expect(headers).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe("");
    await context.close();
  });
});

describe("the legal pages with the operator's own imprint and privacy policy", () => {
  it("links the footer straight to them, and the pages name them", async () => {
    const platform = await startPlatform({ env: { IMPRINT_URL: "https://www.kreis-coesfeld.de/impressum", PRIVACY_URL: "https://www.kreis-coesfeld.de/datenschutz", OPERATOR_NAME: "Kreis Coesfeld" } });
    try {
      const home = await (await fetch(`${platform.url}/`)).text();
      expect(home).toContain('href="https://www.kreis-coesfeld.de/impressum"');
      expect(home).toContain('href="https://www.kreis-coesfeld.de/datenschutz"');
      const imprint = await (await fetch(`${platform.url}/impressum`)).text();
      expect(imprint).toContain("Das Impressum von Kreis Coesfeld finden Sie hier:");
      expect(imprint).not.toContain("IMPRINT_URL");
      const statement = await (await fetch(`${platform.url}/barrierefreiheit`)).text();
      expect(statement).toContain("Kreis Coesfeld möchte, dass alle Menschen dieses Familienportal gut nutzen können.");
    } finally {
      await platform.stop();
    }
  }, SLOW);
});
