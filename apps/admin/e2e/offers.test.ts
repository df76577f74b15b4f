import path from "node:path";
import { expectAccessible, newContext, SCREENSHOT_DIR, screenshot, signInAs, useBrowserSession } from "@praeventionskette/browser";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

async function openFirstOffer(page: Page, title: RegExp): Promise<string> {
  await page.getByRole("link", { name: title }).first().click();
  await page.getByRole("heading", { level: 1, name: "Angebot bearbeiten" }).waitFor();
  return page.url();
}

describe("offers in the admin app", () => {
  const session = useBrowserSession();

  it("lists offers with filters kept in the URL", async () => {
    const context = await newContext(session.browser);
    const page = await context.newPage();
    await signInAs(page, session.platform.url, "coordinator");
    await page.getByRole("link", { name: "Angebote" }).click();
    await page.getByRole("heading", { level: 1, name: "Angebote" }).waitFor();
    await page.getByRole("table").getByRole("row").nth(1).waitFor();
    await expectAccessible(page, "Angebotsliste");
    await page.getByLabel("Suche", { exact: true }).fill("Hebamme");
    await page.getByRole("button", { name: "Suche", exact: true }).click();
    await page.waitForURL(/q=Hebamme/);
    await page.getByRole("link", { name: /Hebamme/ }).first().waitFor();
    const rows = await page.getByRole("table").getByRole("row").count();
    expect(rows).toBeGreaterThan(1);
    // The filtered list is a link: opened anew, it shows the same.
    const link = page.url();
    const second = await context.newPage();
    await second.goto(link);
    await second.getByRole("link", { name: /Hebamme/ }).first().waitFor();
    expect(await second.getByLabel("Suche", { exact: true }).inputValue()).toBe("Hebamme");
    await context.close();
  }, 180_000);

  it("refuses an invalid save at the field, keeps what was typed, and saves once corrected", async () => {
    const context = await newContext(session.browser);
    const page = await context.newPage();
    await signInAs(page, session.platform.url, "coordinator");
    await page.goto(`${session.platform.url}/admin/angebote?q=Elterncaf%C3%A9`);
    await openFirstOffer(page, /Elterncafé/);
    await page.getByLabel("Titel", { exact: true }).fill("");
    await page.getByLabel("E-Mail", { exact: true }).fill("keine-adresse");
    await page.getByRole("button", { name: "Speichern" }).click();
    await page.getByText("Bitte korrigieren Sie die markierten Felder.").waitFor();
    expect(await page.getByLabel("E-Mail", { exact: true }).inputValue()).toBe("keine-adresse");
    await expectAccessible(page, "Angebot mit Fehlern");
    await page.getByLabel("Titel", { exact: true }).fill("Elterncafé am Dienstag");
    await page.getByLabel("E-Mail", { exact: true }).fill("elterncafe@example.org");
    await page.getByRole("button", { name: "Speichern" }).click();
    await page.getByText("Gespeichert").first().waitFor();
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Angebot bearbeiten" }).waitFor();
    expect(await page.getByLabel("Titel", { exact: true }).inputValue()).toBe("Elterncafé am Dienstag");
    await context.close();
  }, 180_000);

  it("shows the second of two editors the conflict, who changed what, and loses nothing", async () => {
    const first = await (await newContext(session.browser)).newPage();
    const second = await (await newContext(session.browser)).newPage();
    await signInAs(first, session.platform.url, "coordinator");
    await signInAs(second, session.platform.url, "admin");
    await first.goto(`${session.platform.url}/admin/angebote?q=Hebamme`);
    const offerUrl = await openFirstOffer(first, /Hebamme/);
    await second.goto(offerUrl);
    await second.getByRole("heading", { level: 1, name: "Angebot bearbeiten" }).waitFor();

    await first.getByLabel("Kurztitel", { exact: true }).fill("Hebammen-Sprechstunde");
    await first.getByRole("button", { name: "Speichern" }).click();
    await first.getByText("Gespeichert").first().waitFor();

    await second.getByLabel("Kurztitel", { exact: true }).fill("Sprechstunde der Hebammen");
    await second.getByRole("button", { name: "Speichern" }).click();
    const dialog = second.getByRole("alertdialog");
    await dialog.getByRole("heading", { name: /inzwischen geändert/ }).waitFor();
    await dialog.getByText("Demo Koordinierung Kreis Coesfeld", { exact: false }).waitFor();
    await dialog.getByRole("row", { name: /Kurztitel Sprechstunde der Hebammen Hebammen-Sprechstunde/ }).waitFor();
    await expectAccessible(second, "Konfliktdialog");
    await dialog.getByRole("button", { name: "Meine Eingaben behalten" }).click();
    expect(await second.getByLabel("Kurztitel", { exact: true }).inputValue()).toBe("Sprechstunde der Hebammen");
    await second.getByRole("button", { name: "Speichern" }).click();
    await second.getByText("Gespeichert").first().waitFor();
  }, 180_000);

  it("edits every field of an offer: translations by language, a place with its point set on the town map", async () => {
    const context = await newContext(session.browser);
    const page = await context.newPage();
    await signInAs(page, session.platform.url, "coordinator");
    await page.goto(`${session.platform.url}/admin/angebote?q=Paulusschule`);
    await openFirstOffer(page, /Paulusschule/);
    await expectAccessible(page, "Angebotsformular");

    // A Turkish translation without its title is refused at that field, in that language's tab.
    await page.getByRole("tab", { name: "Türkisch" }).click();
    await page.getByLabel("Beschreibung (Türkisch)").fill("Okul sonrası bakım ve ödev yardımı.");
    const arabic = page.getByRole("tab", { name: "Arabisch" });
    await arabic.click();
    const arabicTitle = page.getByLabel("Titel (Arabisch)", { exact: true });
    expect(await arabicTitle.getAttribute("dir")).toBe("rtl");
    expect(await arabicTitle.getAttribute("lang")).toBe("ar");

    // A new place after those the offer has.
    const number = (await page.getByRole("group", { name: /^Ort \d+$/ }).count()) + 1;
    await page.getByRole("button", { name: "Ort hinzufügen" }).click();
    const place = page.getByRole("group", { name: `Ort ${number}`, exact: true });
    await place.getByLabel("Straße und Hausnummer").fill("Am Stadtpark 5");
    await place.getByLabel("Postleitzahl").fill("4824");
    const map = place.getByRole("button", { name: new RegExp(`^Karte von .*: Punkt für Ort ${number}$`) });
    // A click in the middle of the town places the point there.
    await map.click();
    const status = place.getByText(/^Punkt: Breite \d+,\d+, Länge \d+,\d+/);
    await status.waitFor();
    const latitude = await place.getByLabel("Breite (Grad Nord)").inputValue();
    expect(Number(latitude.replace(",", "."))).toBeGreaterThan(47);

    await page.getByRole("button", { name: "Speichern" }).click();
    await page.getByText("Bitte korrigieren Sie die markierten Felder.").waitFor();
    await place.getByText("Eine Postleitzahl hat fünf Ziffern.").waitFor();
    await page.getByRole("tab", { name: "Türkisch (Fehler)" }).waitFor();
    await page.getByLabel("Titel (Türkisch)", { exact: true }).waitFor();
    await page.getByText("Bitte füllen Sie dieses Feld aus.").first().waitFor();
    await expectAccessible(page, "Angebotsformular mit Fehlern");

    await page.getByLabel("Titel (Türkisch)", { exact: true }).fill("Paulusschule: okul sonrası bakım");
    await place.getByLabel("Postleitzahl").fill("48249");
    await page.getByRole("button", { name: "Speichern" }).click();
    await page.getByText("Gespeichert").first().waitFor();
    await screenshot(page, "offer-edit-1280");

    // Saved in the record: after a reload the form shows the same.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Angebot bearbeiten" }).waitFor();
    await page.getByRole("tab", { name: "Türkisch (übersetzt)" }).click();
    expect(await page.getByLabel("Titel (Türkisch)", { exact: true }).inputValue()).toBe("Paulusschule: okul sonrası bakım");
    const saved = page.getByRole("group", { name: `Ort ${number}`, exact: true });
    expect(await saved.getByLabel("Postleitzahl").inputValue()).toBe("48249");
    expect(await saved.getByLabel("Breite (Grad Nord)").inputValue()).toBe(latitude);
    await saved.getByText(/^Punkt: Breite/).waitFor();
    const offerUrl = page.url();
    await context.close();

    const phone = await (await newContext(session.browser, { width: 390 })).newPage();
    await signInAs(phone, session.platform.url, "coordinator");
    await phone.goto(offerUrl);
    await phone.getByRole("group", { name: `Ort ${number}`, exact: true }).getByRole("button", { name: /^Karte von/ }).waitFor();
    await expectAccessible(phone, "Angebotsformular am Telefon");
    await screenshot(phone, "offer-edit-390");
    // The place with its map and the translations as a phone shows them, for the review by eye.
    await phone.getByRole("group", { name: `Ort ${number}`, exact: true }).getByRole("button", { name: /^Karte von/ }).scrollIntoViewIfNeeded();
    await phone.screenshot({ path: path.join(SCREENSHOT_DIR, "offer-edit-390-map.png") });
    await phone.getByRole("tab", { name: "Türkisch (übersetzt)" }).scrollIntoViewIfNeeded();
    await phone.screenshot({ path: path.join(SCREENSHOT_DIR, "offer-edit-390-translations.png") });
  }, 240_000);

  it("asks before leaving a form with unsaved changes", async () => {
    const context = await newContext(session.browser);
    const page = await context.newPage();
    await signInAs(page, session.platform.url, "coordinator");
    await page.goto(`${session.platform.url}/admin/angebote?q=Familienzentrum`);
    await openFirstOffer(page, /Familienzentrum/);
    await page.getByLabel("Kurztitel", { exact: true }).fill("Noch nicht gespeichert");
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Start" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.getByRole("heading", { name: "Ungespeicherte Änderungen" }).waitFor();
    await dialog.getByRole("button", { name: "Weiter bearbeiten" }).click();
    expect(await page.getByLabel("Kurztitel", { exact: true }).inputValue()).toBe("Noch nicht gespeichert");
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Start" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Seite verlassen" }).click();
    await page.getByRole("heading", { level: 1, name: "Start" }).waitFor();
    await context.close();
  }, 180_000);

  it("can be worked by keyboard alone: find an offer, change it, save", async () => {
    const context = await newContext(session.browser);
    const page = await context.newPage();
    await signInAs(page, session.platform.url, "coordinator");
    await page.goto(`${session.platform.url}/admin/angebote`);
    await page.getByRole("table").getByRole("row").nth(1).waitFor();
    const search = page.getByLabel("Suche", { exact: true });
    await search.focus();
    await page.keyboard.type("Familienzentrum");
    await page.keyboard.press("Enter");
    await page.waitForURL(/q=Familienzentrum/);
    const link = page.getByRole("link", { name: /Familienzentrum/ }).first();
    await link.waitFor();
    // Tab from the search to the first result link, as a keyboard user would.
    for (let step = 0; step < 40 && !(await link.evaluate((element) => element === document.activeElement)); step++) await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Angebot bearbeiten" }).waitFor();
    await page.getByLabel("Kurztitel", { exact: true }).focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("Familienzentrum am Markt");
    await page.keyboard.press("Enter");
    await page.getByText("Gespeichert").first().waitFor();
    await context.close();
  }, 180_000);
});
