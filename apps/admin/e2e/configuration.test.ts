import { expectAccessible, newContext, screenshot, signInAs, useBrowserSession } from "@praeventionskette/browser";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

/** The tRPC answer of a query, read with the page's session (the signed-in person). */
async function query<T>(page: Page, url: string, procedure: string, input: unknown): Promise<T> {
  const response = await page.request.get(`${url}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`);
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

async function mutate(page: Page, url: string, procedure: string, input: unknown): Promise<void> {
  const response = await page.request.post(`${url}/trpc/${procedure}`, { headers: { Origin: url }, data: input });
  expect(response.status(), await response.text()).toBe(200);
}

const navigation = (page: Page) => page.getByRole("navigation", { name: "Hauptnavigation" });

describe("the youth office's configuration in the admin app", () => {
  const session = useBrowserSession();

  it("lets the coordinator adopt the platform defaults and adapt a life phase and a field of action", async () => {
    const url = session.platform.url;
    const context = await newContext(session.browser);
    const page = await context.newPage();
    await signInAs(page, url, "coordinator");

    // The sidebar groups its pages; the coordinator sees the administration, not the audit trail.
    for (const heading of ["Netzwerk", "Steuerung", "Monitoring", "Verwaltung"]) await navigation(page).getByRole("heading", { name: heading }).waitFor();
    expect(await navigation(page).getByRole("link").count()).toBe(13);
    expect(await navigation(page).getByRole("link", { name: "Änderungsprotokoll" }).count()).toBe(0);
    await navigation(page).getByRole("link", { name: "Konfiguration" }).click();
    await page.getByRole("heading", { level: 1, name: "Konfiguration" }).waitFor();
    await page.getByText("nutzt die Standardwerte der Plattform").waitFor();
    await page.getByRole("listitem").filter({ hasText: "Kita-Alter (Ü3)" }).getByText("3 J. bis unter 6 J.").waitFor();
    expect(page.url()).not.toContain("jugendamt=");
    await expectAccessible(page, "Konfiguration: Standardwerte");

    await page.getByRole("button", { name: "Standardwerte übernehmen" }).click();
    await page.getByText("Standardwerte übernommen").first().waitFor();
    await page.getByText("Eigene Konfiguration des Jugendamts").waitFor();
    await screenshot(page, "configuration-1280");
    await expectAccessible(page, "Konfiguration: eigene");

    // The copies are the youth office's own: they can be edited; a refused save says why at the field and keeps the input.
    await page.getByRole("link", { name: "Kita-Alter (Ü3) bearbeiten" }).click();
    await page.getByRole("heading", { level: 1, name: "Lebensphase bearbeiten" }).waitFor();
    const maxAge = page.getByRole("textbox", { name: "Bis unter Alter (Monate)" });
    expect(await maxAge.inputValue()).toBe("72");
    await maxAge.fill("30");
    await page.getByRole("button", { name: "Speichern" }).click();
    await page.getByText("Das Höchstalter (ausschließlich) muss über dem Mindestalter der Lebensphase liegen.").waitFor();
    expect(await maxAge.inputValue()).toBe("30");
    expect(await maxAge.getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(page, "Lebensphase: abgelehnte Eingabe");

    // Leaving with unsaved changes asks first.
    await navigation(page).getByRole("link", { name: "Gebiete" }).click();
    const leave = page.getByRole("alertdialog", { name: "Ungespeicherte Änderungen" });
    await leave.getByRole("button", { name: "Weiter bearbeiten" }).click();
    expect(await maxAge.inputValue()).toBe("30");

    await maxAge.fill("84");
    await page.getByRole("textbox", { name: "Name (Deutsch)" }).fill("Kita-Zeit (3 bis 7)");
    await page.getByRole("button", { name: "Speichern" }).click();
    await page.getByText("Gespeichert", { exact: true }).first().waitFor();

    // Someone else changes the phase meanwhile: the next save shows who, when and what.
    const id = new URL(page.url()).pathname.split("/").pop() ?? "";
    const stored = await query<Record<string, unknown> & { version: number }>(page, url, "lifePhase.get", { id });
    // The record's own fields, without what the store adds (id, version, timestamps, editor).
    const data = Object.fromEntries(Object.entries(stored).filter(([key]) => !["id", "version", "createdAt", "updatedAt", "updatedBy", "archivedAt"].includes(key)));
    await mutate(page, url, "lifePhase.update", { id, expectedVersion: stored.version, data: { ...data, description: "Kita und Kindertagespflege" } });
    await page.getByRole("textbox", { name: "Name (Englisch)" }).fill("Day care (3 to 7)");
    await page.getByRole("button", { name: "Speichern" }).click();
    const conflict = page.getByRole("alertdialog", { name: "Jemand anderes hat diesen Eintrag inzwischen geändert" });
    await conflict.getByText(/Demo Koordinierung Kreis Coesfeld hat den Eintrag am .* gespeichert/).waitFor();
    await conflict.getByRole("row", { name: /Beschreibung/ }).getByText("Kita und Kindertagespflege").waitFor();
    await expectAccessible(page, "Lebensphase: Konflikt");
    await conflict.getByRole("button", { name: "Meine Eingaben behalten" }).click();
    expect(await page.getByRole("textbox", { name: "Name (Englisch)" }).inputValue()).toBe("Day care (3 to 7)");
    await page.getByRole("button", { name: "Speichern" }).click();
    await page.getByText("Gespeichert", { exact: true }).first().waitFor();

    await page.getByRole("link", { name: "Zurück zur Konfiguration" }).click();
    await page.getByRole("heading", { level: 1, name: "Konfiguration" }).waitFor();
    expect(page.url()).toContain("jugendamt=");
    await page.getByRole("listitem").filter({ hasText: "Kita-Zeit (3 bis 7)" }).getByText("3 J. bis unter 7 J.").waitFor();

    // A field of action, the same way.
    await page.getByRole("link", { name: "Sport bearbeiten" }).click();
    await page.getByRole("heading", { level: 1, name: "Handlungsfeld bearbeiten" }).waitFor();
    await page.getByRole("textbox", { name: "Name (Deutsch)" }).fill("Sport und Bewegung");
    await page.getByRole("textbox", { name: "Beschreibung" }).fill("Sportvereine, Bewegungskitas, Schwimmkurse");
    await expectAccessible(page, "Handlungsfeld bearbeiten");
    await page.getByRole("button", { name: "Speichern" }).click();
    await page.getByText("Gespeichert", { exact: true }).first().waitFor();
    await page.getByRole("link", { name: "Zurück zur Konfiguration" }).click();
    await page.getByRole("row", { name: /Sport und Bewegung/ }).getByText("Sportvereine, Bewegungskitas, Schwimmkurse").waitFor();

    // What the youth office now has is in force for its towns: the public forAge answer follows it.
    const olfen = (await query<{ items: { id: string }[] }>(page, url, "territory.list", { code: "05558036", limit: 1 })).items[0];
    const phases = await query<{ name: { de: string } }[]>(page, url, "lifePhase.forAge", { ageMonths: 78, territoryId: olfen?.id });
    expect(phases.map((phase) => phase.name.de)).toContain("Kita-Zeit (3 bis 7)");
    await context.close();
  }, 240_000);

  it("fits a phone: the menu folds away, the timeline and tables stay readable", async () => {
    const url = session.platform.url;
    const context = await newContext(session.browser, { width: 390 });
    const page = await context.newPage();
    await signInAs(page, url, "coordinator");
    const menu = page.getByRole("button", { name: "Menü" });
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    expect(await navigation(page).getByRole("link", { name: "Konfiguration" }).isVisible()).toBe(false);
    await menu.click();
    await navigation(page).getByRole("link", { name: "Konfiguration" }).click();
    await page.getByRole("heading", { level: 1, name: "Konfiguration" }).waitFor();
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    await page.getByText("Zeitstrahl der Lebensphasen").waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "configuration-390");
    await expectAccessible(page, "Konfiguration (390 px)");
    await menu.click();
    await screenshot(page, "navigation-390");
    await expectAccessible(page, "Navigation geöffnet (390 px)");
    await context.close();
  }, 120_000);

  it("shows a provider editor only its offers and proposals, and a viewer no administration of accounts", async () => {
    const url = session.platform.url;
    for (const [role, expected] of [
      ["providerEditor", ["Start", "Angebote", "Vorschläge"]],
      ["viewer", null],
    ] as const) {
      const context = await newContext(session.browser);
      const page = await context.newPage();
      await signInAs(page, url, role);
      const links = await navigation(page).getByRole("link").allInnerTexts();
      if (expected) expect(links).toEqual(expected);
      else {
        expect(links).toContain("Konfiguration");
        expect(links).not.toContain("Konten und Rollen");
        expect(links).not.toContain("Änderungsprotokoll");
      }
      await context.close();
    }
  }, 120_000);
});
