import { expectAccessible, newContext, screenshot, signInAs, useBrowserSession } from "@praeventionskette/browser";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

/** Picks an option of the select labelled `label` (React Aria: a button opening a list box). */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.locator(".ui-field").filter({ has: page.getByText(label, { exact: true }) }).first().getByRole("button").click();
  // A selected option carries a check mark after its name.
  await page.getByRole("option", { name: new RegExp(`^${option.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( ✓)?$`) }).click();
}

describe("actors in the admin app", () => {
  const session = useBrowserSession();

  it("lets the coordinator create an actor with a contact person; a wrong e-mail is refused at the field and nothing typed is lost", async () => {
    const url = session.platform.url;
    const page = await (await newContext(session.browser)).newPage();
    await signInAs(page, url, "coordinator");

    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Akteure" }).click();
    await page.getByRole("heading", { level: 1, name: "Akteure" }).waitFor();
    await page.getByRole("table").getByRole("link").first().waitFor();
    // The filter lives in the URL, so the filtered list can be shared.
    await choose(page, "Art", "Freier Träger");
    await page.waitForURL(/art=freeProvider/);
    await page.getByRole("link", { name: /Arbeiterwohlfahrt/ }).first().waitFor();
    // The filtered list replaces the full one once its answer is in: wait for it, not only for a
    // row that both lists hold (on a busy machine the full list was read before it was replaced).
    const kinds = () => page.getByRole("table").getByRole("row").evaluateAll((rows) => rows.slice(1).map((row) => row.children[1]?.textContent ?? ""));
    await expect.poll(async () => new Set(await kinds()), { timeout: 15_000 }).toEqual(new Set(["Freier Träger"]));
    await expectAccessible(page, "Akteure: Liste");
    await screenshot(page, "actors-list-1280");

    await page.getByRole("link", { name: "Neuer Akteur" }).click();
    await page.getByRole("heading", { level: 1, name: "Neuer Akteur" }).waitFor();
    await page.getByLabel("Name", { exact: true }).first().fill("Familienzentrum Lüdinghausen e. V.");
    await choose(page, "Art", "Verein oder Verband");
    await choose(page, "Gebiet", "Lüdinghausen");
    await page.getByLabel("Postleitzahl").fill("59348");
    await page.getByLabel("Straße und Hausnummer").fill("Mühlenstraße 12");
    await page.getByLabel("Ort", { exact: true }).fill("Lüdinghausen");
    await page.getByRole("button", { name: "Ansprechperson hinzufügen" }).click();
    const person = page.getByRole("group", { name: "Ansprechperson 1" });
    await person.getByLabel("Name", { exact: true }).fill("Miriam Beispiel");
    await person.getByLabel("Funktion").fill("Leitung");
    await person.getByLabel("E-Mail-Adresse").fill("miriam.beispiel(at)example.org");
    await person.getByText("Öffentlich zeigen").click();
    await page.getByRole("button", { name: "Speichern" }).click();

    // Refused by the API: the message stands at the field, everything typed is still there.
    const emailField = person.locator(".ui-field").filter({ has: page.getByText("E-Mail-Adresse", { exact: true }) });
    await emailField.getByText("Bitte geben Sie eine gültige E-Mail-Adresse an.").waitFor();
    expect(await person.getByLabel("E-Mail-Adresse").getAttribute("aria-invalid")).toBe("true");
    await page.getByText("Nicht gespeichert. Bitte prüfen Sie die markierten Angaben.").waitFor();
    expect(await page.getByLabel("Name", { exact: true }).first().inputValue()).toBe("Familienzentrum Lüdinghausen e. V.");
    expect(await person.getByLabel("Funktion").inputValue()).toBe("Leitung");
    expect(page.url()).toMatch(/\/akteure\/neu$/);
    await expectAccessible(page, "Akteur: abgelehnte Eingabe");
    await screenshot(page, "actors-refused-1280");

    await person.getByLabel("E-Mail-Adresse").fill("miriam.beispiel@example.org");
    await page.getByRole("button", { name: "Speichern" }).click();
    await page.getByRole("heading", { level: 1, name: "Familienzentrum Lüdinghausen e. V." }).waitFor();
    await page.waitForURL(/\/akteure\/[0-9a-f-]{36}$/);
    const actorId = new URL(page.url()).pathname.split("/").pop()!;
    // Stored as typed, read back through the API.
    const stored = (await (await page.request.get(`${url}/trpc/actor.get?input=${encodeURIComponent(JSON.stringify({ id: actorId }))}`)).json()) as { result: { data: { kind: string; address: unknown; contactPersons: unknown[]; version: number } } };
    expect(stored.result.data.kind).toBe("association");
    expect(stored.result.data.address).toEqual({ street: "Mühlenstraße 12", postalCode: "59348", city: "Lüdinghausen" });
    expect(stored.result.data.contactPersons).toEqual([{ name: "Miriam Beispiel", role: "Leitung", email: "miriam.beispiel@example.org", phone: null, isPublic: true }]);
    await expectAccessible(page, "Akteur: gespeichert");

    // Leaving with unsaved changes asks first.
    await page.getByLabel("Kurzname").fill("FZ Lüdinghausen");
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Gremien" }).click();
    const leave = page.getByRole("alertdialog", { name: "Ungespeicherte Änderungen" });
    await leave.waitFor();
    await leave.getByRole("button", { name: "Weiter bearbeiten" }).click();
    expect(await page.getByLabel("Kurzname").inputValue()).toBe("FZ Lüdinghausen");

    // Someone else saves first: the conflict names who and when, and keeps the entries.
    const other = await page.request.post(`${url}/trpc/actor.update`, {
      headers: { Origin: url },
      data: { id: actorId, expectedVersion: stored.result.data.version, data: { ...stored.result.data, id: undefined, version: undefined, description: "Offener Treff für Familien." } },
    });
    expect(other.status(), await other.text()).toBe(200);
    await page.getByRole("button", { name: "Speichern" }).click();
    const conflict = page.getByRole("alertdialog", { name: "Jemand anderes hat diesen Akteur inzwischen geändert" });
    await conflict.getByText(/Demo Koordinierung Kreis Coesfeld hat den Akteur am .* gespeichert/).waitFor();
    await conflict.getByRole("row", { name: /Beschreibung/ }).waitFor();
    await expectAccessible(page, "Akteur: Konflikt");
    await conflict.getByRole("button", { name: "Neue Fassung laden" }).click();
    expect(await page.getByLabel("Beschreibung").inputValue()).toBe("Offener Treff für Familien.");
    await page.getByLabel("Kurzname").fill("FZ Lüdinghausen");
    await page.getByRole("button", { name: "Speichern" }).click();
    await page.getByText("Akteur gespeichert").first().waitFor();
  }, 180_000);

  it("shows a viewer the actors without ways to change them", async () => {
    const page = await (await newContext(session.browser)).newPage();
    await signInAs(page, session.platform.url, "viewer");
    await page.goto(`${session.platform.url}/admin/akteure`);
    await page.getByRole("heading", { level: 1, name: "Akteure" }).waitFor();
    await page.getByRole("link", { name: /Arbeiterwohlfahrt/ }).first().click();
    await page.getByText("Sie können diesen Akteur ansehen, aber nicht ändern").waitFor();
    expect(await page.getByRole("button", { name: "Speichern" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Neuer Akteur" }).count()).toBe(0);
  });

  it("looks right on a phone", async () => {
    const phone = await (await newContext(session.browser, { width: 390 })).newPage();
    await signInAs(phone, session.platform.url, "coordinator");
    await phone.goto(`${session.platform.url}/admin/akteure?art=publicBody`);
    await phone.getByRole("link", { name: "Kreis Coesfeld – Jugendamt" }).waitFor();
    await expectAccessible(phone, "Akteure am Telefon");
    await screenshot(phone, "actors-list-390");
    await phone.getByRole("link", { name: "Kreis Coesfeld – Jugendamt" }).click();
    await phone.getByRole("group", { name: "Ansprechperson 1" }).waitFor();
    await expectAccessible(phone, "Akteur am Telefon");
    await screenshot(phone, "actors-edit-390");
  });
});
