import { expectAccessible, newContext, screenshot, signInAs, useBrowserSession } from "@praeventionskette/browser";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

// Offers from a file: a faulty row refuses the whole file row by row and writes nothing; a good
// file imports after its preview; an HSDS service exported by the platform comes back as a change.

const HEADER = "Titel;Anbieter;Gebietsschlüssel;Alter von (Monate);Alter bis (Monate, ausschließlich);Kostenfrei;Sprachen;E-Mail;Handlungsfelder;Zielgruppen;Präventionsebene";
const row = (title: string, { territory = "05558016", provider = "Arbeiterwohlfahrt im Kreis Coesfeld" } = {}) =>
  `${title};${provider};${territory};0;36;ja;de, tr;sprachcafe@awo.example;bildung;Eltern;Universelle Prävention`;

/** Chooses a file in the import page's file field, as the file picker would. */
async function chooseFile(page: Page, name: string, mimeType: string, content: string) {
  await page.getByLabel("Datei auswählen").setInputFiles({ name, mimeType, buffer: Buffer.from(content, "utf8") });
}

/** How many offers of exactly this title the staff list shows (unpublished ones included) when searched for it. */
async function countInList(page: Page, baseUrl: string, title: string): Promise<number> {
  await page.goto(`${baseUrl}/admin/angebote?q=${encodeURIComponent(title)}`);
  await page.getByRole("heading", { level: 1, name: "Angebote" }).waitFor();
  await page.getByRole("table").getByRole("row").nth(1).waitFor();
  await page.waitForFunction(() => !document.querySelector("table")?.textContent?.includes("Wird geladen"));
  return page.getByRole("table").getByRole("link", { name: title, exact: true }).count();
}

describe("offer import in the admin app", () => {
  const session = useBrowserSession();

  it("refuses a file with faulty rows row by row and writes nothing; a good file imports after the preview", async () => {
    const page = await (await newContext(session.browser)).newPage();
    await signInAs(page, session.platform.url, "coordinator");
    await page.goto(`${session.platform.url}/admin/angebote`);
    await page.getByRole("link", { name: "Importieren" }).click();
    await page.getByRole("heading", { level: 1, name: "Angebote importieren" }).waitFor();
    await expectAccessible(page, "Import, leer");

    // Without a file: a message at the field.
    await page.getByRole("button", { name: "Vorschau prüfen" }).click();
    await page.getByText("Bitte wählen Sie eine Datei.").waitFor();

    const faulty = [HEADER, row("Sprachcafé Zaunkönigweg"), row("Sprachcafé Atlantis", { territory: "09999999" }), row("Sprachcafé ohne Träger", { provider: "" })].join("\r\n");
    await chooseFile(page, "angebote-fehler.csv", "text/csv", faulty);
    await page.getByRole("button", { name: "Vorschau prüfen" }).click();
    await page.getByText("2 Fehler: Nichts wurde importiert").waitFor();
    const problems = page.getByRole("table", { name: "Fehler nach Zeile" });
    await problems.getByRole("row", { name: "3 Gebietsschlüssel Ein Gebiet „09999999“ gibt es nicht." }).waitFor();
    await problems.getByRole("row", { name: "4 Anbieter Bitte den Anbieter angeben." }).waitFor();
    expect(await page.getByRole("button", { name: /importieren$/ }).count()).toBe(0);
    await expectAccessible(page, "Import mit Fehlern");
    await screenshot(page, "offer-import-errors-1280");
    // Not even the good row was written.
    expect(await countInList(page, session.platform.url, "Sprachcafé Zaunkönigweg")).toBe(0);

    await page.goto(`${session.platform.url}/admin/angebote/import`);
    const good = [HEADER, row("Sprachcafé Zaunkönigweg"), row("Sprachcafé Eulenhorst")].join("\r\n");
    await chooseFile(page, "angebote.csv", "text/csv", good);
    await page.getByRole("button", { name: "Vorschau prüfen" }).click();
    await page.getByText("2 Zeilen: 2 neu, 0 geändert, 0 unverändert.").waitFor();
    const preview = page.getByRole("table", { name: "Was der Import tun würde" });
    await preview.getByRole("row", { name: "2 Neu anlegen Sprachcafé Zaunkönigweg" }).waitFor();
    await preview.getByRole("row", { name: "3 Neu anlegen Sprachcafé Eulenhorst" }).waitFor();
    await expectAccessible(page, "Importvorschau");
    await screenshot(page, "offer-import-preview-1280");
    // The preview wrote nothing.
    const importPage = page.url();
    expect(await countInList(page, session.platform.url, "Sprachcafé Eulenhorst")).toBe(0);

    await page.goto(importPage);
    await chooseFile(page, "angebote.csv", "text/csv", good);
    await page.getByRole("button", { name: "Vorschau prüfen" }).click();
    await page.getByRole("button", { name: "2 Angebote importieren" }).click();
    await page.getByText("Import abgeschlossen: 2 Angebote neu angelegt, 0 geändert.").waitFor();
    await page.getByRole("table", { name: "Was importiert wurde" }).getByRole("link", { name: "Sprachcafé Eulenhorst" }).waitFor();
    await expectAccessible(page, "Import abgeschlossen");
    await screenshot(page, "offer-import-done-1280");
    await page.getByRole("link", { name: "Sprachcafé Eulenhorst" }).click();
    await page.getByRole("heading", { level: 1, name: "Angebot bearbeiten" }).waitFor();
    expect(await page.getByLabel("Sprachen", { exact: true }).inputValue()).toBe("de, tr");
    expect(await countInList(page, session.platform.url, "Sprachcafé Zaunkönigweg")).toBe(1);
  }, 240_000);

  it("takes back an HSDS service the platform published, as a change of that offer", async () => {
    const services = (await (await fetch(`${session.platform.url}/api/hsds/services?per_page=1`)).json()) as { contents: { id: string }[] };
    const id = services.contents[0]?.id ?? "";
    const service = (await (await fetch(`${session.platform.url}/api/hsds/services/${id}`)).json()) as { name: string };
    const renamed = { ...service, name: `${service.name} (aus HSDS)` };

    const page = await (await newContext(session.browser, { width: 390 })).newPage();
    await signInAs(page, session.platform.url, "coordinator");
    await page.goto(`${session.platform.url}/admin/angebote/import`);
    await chooseFile(page, "dienste.json", "application/json", JSON.stringify([renamed]));
    // The format follows the file.
    await page.getByRole("button", { name: /^HSDS 3\.0 \(JSON\)/ }).waitFor();
    await page.getByRole("button", { name: "Vorschau prüfen" }).click();
    await page.getByText("1 Zeile: 0 neu, 1 geändert, 0 unverändert.").waitFor();
    await page.getByRole("row", { name: `1 Ändern ${renamed.name}` }).waitFor();
    await expectAccessible(page, "HSDS-Vorschau am Telefon");
    await screenshot(page, "offer-import-preview-390");
    await page.getByRole("button", { name: "1 Angebot importieren" }).click();
    await page.getByText("Import abgeschlossen: 0 Angebote neu angelegt, 1 geändert.").waitFor();
    await screenshot(page, "offer-import-done-390");
    await page.getByRole("link", { name: renamed.name }).click();
    await page.getByRole("heading", { level: 1, name: "Angebot bearbeiten" }).waitFor();
    expect(await page.getByLabel("Titel", { exact: true }).inputValue()).toBe(renamed.name);
  }, 240_000);
});
