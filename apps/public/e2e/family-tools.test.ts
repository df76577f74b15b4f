import { createServer, type Server } from "node:http";
import { expectAccessible, newContext, screenshot, useBrowserSession } from "@praeventionskette/browser";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { gotoEnhanced } from "./enhanced-page.js";

/**
 * A website on this machine whose page frames `frameUrl()`: the municipality's own site that
 * embeds the finder, or a stranger's. (Pages answered by Playwright's request interception
 * instead would not show how Chromium applies frame-ancestors.)
 */
async function startSite(frameUrl: () => string): Promise<{ origin: string; server: Server }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(`<!doctype html><html lang="de"><title>Gemeinde</title><main><h1>Familien in der Gemeinde</h1><iframe title="Angebote für Familien" src="${frameUrl()}" width="1000" height="800"></iframe></main></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return { origin: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`, server };
}

let portalUrl = "";
let framedPath = "/einbetten/angebote?q=Hebamme";
const municipality = await startSite(() => `${portalUrl}${framedPath}`);
const stranger = await startSite(() => `${portalUrl}${framedPath}`);
const YOUTH_OFFICE = "Jugendamt Kreis Coesfeld (Mo–Fr 8–16 Uhr)";

/** Presses Tab (or Shift+Tab) until the focused element matches the selector, as a keyboard user would. */
async function tabTo(page: Page, selector: string, options: { backwards?: boolean; max?: number } = {}): Promise<void> {
  for (let press = 0; press < (options.max ?? 80); press++) {
    await page.keyboard.press(options.backwards ? "Shift+Tab" : "Tab");
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  throw new Error(`Per Tastatur nicht erreicht: ${selector}`);
}

/** The option value of a town in the place filter ("Dülmen (45)" → its id). */
async function townId(page: Page, name: string): Promise<string> {
  const value = await page.locator("#ort option").evaluateAll((options, town) => options.find((option) => option.textContent?.startsWith(`${town} (`))?.getAttribute("value"), name);
  if (!value) throw new Error(`${name} fehlt in der Ortsauswahl`);
  return value;
}

// Generous timeouts: each test opens several pages with axe on a machine shared with other work.
describe("the family portal's map, distance search, shortlist, crisis help and embedding", { timeout: 240_000 }, () => {
  const session = useBrowserSession({
    env: {
      PORTAL_TERRITORY: "05558",
      PORTAL_EMERGENCY_CONTACTS: `${YOUTH_OFFICE}=02541 18-5555;Rufbereitschaft des Jugendamts (nachts, am Wochenende)=0171 1234567`,
      PORTAL_EMBED_ORIGINS: municipality.origin,
    },
  });
  afterAll(() => {
    municipality.server.close();
    stranger.server.close();
  });

  it("shows the results on a map drawn from the town boundaries, with the list as its equal, without JavaScript", async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 }, locale: "de-DE" });
    const page = await context.newPage();
    await page.goto(`${session.platform.url}/angebote`);
    // The portal's county first lists its own towns, then the counties around it, each as a labelled group.
    const groups = await page
      .locator("#ort optgroup")
      .evaluateAll((found) => found.map((group) => ({ label: group.getAttribute("label"), places: [...group.querySelectorAll("option")].map((option) => option.textContent?.replace(/ \(\d+\)$/, "")) })));
    expect(groups[0]?.label).toBe("Städte und Gemeinden");
    expect(groups[0]?.places).toContain("Dülmen");
    expect(groups.find((group) => group.label === "Kreise")?.places).toContain("Kreis Coesfeld");
    const duelmen = await townId(page, "Dülmen");
    await page.getByLabel("Wo wohnen Sie?").selectOption(duelmen);
    await page.getByRole("button", { name: "Angebote finden" }).click();
    await page.getByRole("navigation", { name: "Ansicht" }).getByRole("link", { name: "Karte" }).click();
    await page.waitForURL(/ansicht=karte/);
    expect(new URL(page.url()).searchParams.get("ort")).toBe(duelmen);
    const map = page.getByRole("group", { name: "Karte der Angebote" });
    await map.waitFor();
    // Eleven towns of Kreis Coesfeld, Dülmen marked as chosen, every place a named link.
    expect(await page.locator(".results-map__area").count()).toBe(11);
    expect(await page.locator(".results-map__area.is-chosen title").textContent()).toBe("Dülmen");
    const markers = map.getByRole("link");
    expect(await markers.count()).toBeGreaterThan(3);
    expect(await markers.first().getAttribute("aria-label")).toMatch(/^\d+\. .+, .+$/);
    await expect.poll(() => page.locator("figcaption").textContent()).toContain("© GeoBasis-DE / BKG");
    // The numbered list beside the map names the same offers in the same order.
    const firstMarker = await markers.first().getAttribute("href");
    const listed = await page.locator(".map-list li a").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(listed).toContain(firstMarker);
    const mapUrl = page.url();
    await page.getByRole("navigation", { name: "Ansicht" }).getByRole("link", { name: "Liste" }).click();
    await page.locator(".offer-card").first().waitFor();
    expect(page.url()).not.toContain("ansicht=karte");
    await context.close();
    // axe runs as a script in the page: check the same map with JavaScript, on a phone too.
    for (const width of [1280, 390]) {
      const checked = await newContext(session.browser, { width });
      const checkedPage = await checked.newPage();
      await checkedPage.goto(mapUrl);
      await expectAccessible(checkedPage, `Ergebnisse auf der Karte (${width} px)`);
      await screenshot(checkedPage, `karte-duelmen-${width}`);
      await checked.close();
    }
  });

  it("finds offers within 5 km of a town, nearest first, and asks for the location only when the button is pressed", async () => {
    const context = await newContext(session.browser, { width: 390 });
    await context.grantPermissions(["geolocation"], { origin: session.platform.url });
    // Dülmen's market square, as the phone would report it.
    await context.setGeolocation({ latitude: 51.8307, longitude: 7.2836 });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const original = navigator.geolocation.getCurrentPosition.bind(navigator.geolocation);
      Object.assign(window, { locationRequests: 0 });
      navigator.geolocation.getCurrentPosition = (...args) => {
        Object.assign(window, { locationRequests: (window as unknown as { locationRequests: number }).locationRequests + 1 });
        original(...args);
      };
    });
    await gotoEnhanced(page, `${session.platform.url}/angebote`);
    const count = page.getByRole("status").filter({ hasText: "gefunden" });
    const everything = Number((await count.textContent())?.match(/\d+/)?.[0]);
    await page.getByLabel("Wo wohnen Sie?").selectOption(await townId(page, "Dülmen"));
    await page.getByLabel("Entfernung").selectOption({ label: "bis 5 km" });
    await page.waitForURL(/umkreis=5/);
    await expect.poll(async () => Number((await count.textContent())?.match(/\d+/)?.[0])).toBeLessThan(everything);
    // The town alone lowers the count too; the distances show that the 5 km results are in.
    await page.locator(".offer-card__facts dd").filter({ hasText: "entfernt" }).first().waitFor();
    const distances = await page.locator(".offer-card__facts dd").filter({ hasText: "entfernt" }).allTextContents();
    expect(distances.length).toBeGreaterThan(0);
    const kms = distances.map((text) => {
      const match = /([\d,]+) (k?m) entfernt/.exec(text);
      return match ? Number(match[1]!.replace(",", ".")) / (match[2] === "m" ? 1000 : 1) : Number.NaN;
    });
    expect(kms.every((km) => km <= 5)).toBe(true);
    expect([...kms].sort((a, b) => a - b)).toEqual(kms);
    expect(await page.evaluate(() => (window as unknown as { locationRequests: number }).locationRequests)).toBe(0);
    await page.getByRole("button", { name: "Meinen Standort verwenden" }).click();
    await page.waitForURL(/punkt=51\.8307%2C7\.2836/);
    expect(await page.evaluate(() => (window as unknown as { locationRequests: number }).locationRequests)).toBe(1);
    await page.getByText("Gemessen von dem Punkt, den Sie gewählt haben.").waitFor();
    await expectAccessible(page, "Umkreissuche");
    await context.close();
  });

  it("keeps help in a crisis one tap away on every page, with the youth office's own numbers from the configuration", async () => {
    const context = await newContext(session.browser, { width: 390 });
    const page = await context.newPage();
    for (const path of ["/", "/angebote?ansicht=karte", "/merkliste", "/ar/angebote", "/leichte-sprache/merkliste", "/einbetten/angebote"]) {
      await page.goto(`${session.platform.url}${path}`);
      expect(await page.locator(`a.help-link[href$="/hilfe"]`).count(), path).toBe(1);
    }
    await page.goto(`${session.platform.url}/`);
    await page.getByRole("link", { name: "Notfall? Hilfe sofort" }).click();
    await page.getByRole("heading", { level: 2, name: "Jugendamt in Ihrer Nähe" }).waitFor();
    await page.getByText(YOUTH_OFFICE).waitFor();
    expect(await page.getByRole("link", { name: "02541 18-5555" }).getAttribute("href")).toBe("tel:02541185555");
    for (const [number, dial] of [["116 111", "116111"], ["0800 111 0 550", "08001110550"], ["116 016", "116016"], ["0800 40 40 020", "08004040020"]]) {
      expect(await page.getByRole("link", { name: number }).getAttribute("href")).toBe(`tel:${dial}`);
    }
    await expectAccessible(page, "Hilfe mit Nummern des Jugendamts");
    await screenshot(page, "hilfe-jugendamt-390");
    await context.close();
  });

  it("keeps a shortlist on the device, without a cookie; without JavaScript the button is hidden and the list explains itself", async () => {
    const context = await newContext(session.browser);
    const page = await context.newPage();
    await gotoEnhanced(page, `${session.platform.url}/angebote?q=Elterncafe`);
    const card = page.locator(".offer-card").first();
    const title = (await card.locator("h2").textContent()) ?? "";
    const save = card.locator(".shortlist-button");
    expect(await save.evaluate((button) => button.textContent)).toContain(`Merken: ${title}`);
    await save.click();
    expect(await save.getAttribute("aria-pressed")).toBe("true");
    await page.getByRole("link", { name: "Merkliste (1)" }).waitFor();
    await page.getByRole("link", { name: "Merkliste (1)" }).click();
    await page.getByRole("heading", { level: 1, name: "Merkliste" }).waitFor();
    await page.getByRole("link", { name: title }).waitFor();
    await expectAccessible(page, "Merkliste");
    await page.reload();
    // The title is spoken after the visible word (a visually hidden suffix).
    await page.getByRole("button", { name: new RegExp(`^Entfernen\\s*: ${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) }).click();
    await page.getByText("Sie haben sich noch nichts gemerkt.").waitFor();
    expect(await context.cookies()).toEqual([]);
    await context.close();

    const plain = await session.browser.newContext({ javaScriptEnabled: false });
    const noScript = await plain.newPage();
    await noScript.goto(`${session.platform.url}/angebote?q=Elterncafe`);
    expect(await noScript.getByRole("button", { name: /^Merken/ }).count()).toBe(0);
    await noScript.goto(`${session.platform.url}/merkliste`);
    await noScript.getByText("Die Merkliste braucht JavaScript.", { exact: false }).waitFor();
    await plain.close();
  });

  it("lets the municipality's own website embed the finder without header and footer, and no other site frame any page", async () => {
    portalUrl = session.platform.url;
    const context = await newContext(session.browser);
    const page = await context.newPage();
    await page.goto(`${municipality.origin}/familie/`);
    const finder = page.frameLocator("iframe");
    await finder.getByRole("heading", { level: 1, name: "Angebote" }).waitFor();
    await finder.getByRole("heading", { level: 2, name: /Hebamme/ }).first().waitFor();
    expect(await finder.locator(".site-header, .site-footer").count()).toBe(0);
    await finder.getByRole("link", { name: "Notfall? Hilfe sofort" }).waitFor();
    // Links stay inside the embed view.
    expect(await finder.locator(".offer-card h2 a").first().getAttribute("href")).toMatch(/^\/einbetten\/angebote\/[0-9a-f-]{36}$/);
    await expectAccessible(page, "eingebettete Suche");

    // The full portal may be framed by nobody, the embed view by no other site.
    framedPath = "/angebote";
    await page.goto(`${municipality.origin}/familie/`, { waitUntil: "load" });
    expect(await page.frames()[1]?.locator(".search-form").count()).toBe(0);
    framedPath = "/einbetten/angebote";
    await page.goto(`${stranger.origin}/familie/`, { waitUntil: "load" });
    expect(await page.frames()[1]?.locator(".search-form").count()).toBe(0);
    await context.close();
  });

  it("is used by keyboard alone: search, open a result, put it on the shortlist", async () => {
    const context = await newContext(session.browser);
    const page = await context.newPage();
    await page.goto(`${session.platform.url}/`);
    await tabTo(page, "#q");
    await page.keyboard.type("Hebamme");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/angebote\?q=Hebamme/);
    await page.locator(".offer-card").first().waitFor();
    await tabTo(page, ".offer-card h2 a");
    const title = await page.evaluate(() => document.activeElement?.textContent ?? "");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    await tabTo(page, ".shortlist-button");
    await page.keyboard.press("Space");
    expect(await page.locator(".offer-page .shortlist-button").getAttribute("aria-pressed")).toBe("true");
    // The menu lies above the content: back up to it.
    await tabTo(page, 'a[href="/merkliste"]', { backwards: true });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Merkliste (1)");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Merkliste" }).waitFor();
    await page.getByRole("link", { name: title }).waitFor();
    await context.close();
  });

  it("looks right in German, Arabic and Leichte Sprache at 390 and 1280 px (screenshots for review)", { timeout: 600_000 }, async () => {
    for (const width of [390, 1280]) {
      const context = await newContext(session.browser, { width });
      const page = await context.newPage();
      for (const [prefix, name] of [["", "de"], ["/ar", "ar"], ["/leichte-sprache", "leicht"]] as const) {
        await page.goto(`${session.platform.url}${prefix}/`);
        await screenshot(page, `${name}-start-${width}`);
        await page.goto(`${session.platform.url}${prefix}/angebote?alter=0`);
        await screenshot(page, `${name}-liste-${width}`);
        await page.goto(`${session.platform.url}${prefix}/angebote?alter=0&ansicht=karte`);
        await page.locator(".results-map").waitFor();
        await expectAccessible(page, `Karte (${name}, ${width} px)`);
        await screenshot(page, `${name}-karte-${width}`);
        // Markers of one town may overlap; the keyboard reaches each.
        await page.locator(".results-map__marker").first().focus();
        await page.keyboard.press("Enter");
        await page.getByRole("heading", { level: 1 }).waitFor();
        await expectAccessible(page, `Angebot (${name}, ${width} px)`);
        await screenshot(page, `${name}-angebot-${width}`);
      }
      await context.close();
    }
  });
});
