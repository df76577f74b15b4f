import { DEMO_PASSWORD, demoAccounts, expectAccessible, newContext, useBrowserSession } from "@praeventionskette/browser";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";

// One whole task with the keyboard alone, no mouse: sign in, open an offer from the list, change
// a text, a select, a checkbox and the point on the town map, save; the saved offer shows it all.

/** Presses Tab (or Shift+Tab) until the target has the focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, { backwards = false, limit = 120 } = {}): Promise<void> {
  // An open list box (a combobox typed into) hides the rest of the page from the accessibility
  // tree until the next Tab closes it: then the target counts as not focused, and Tab goes on.
  const focused = () => target.evaluate((node) => node === document.activeElement || node.contains(document.activeElement), undefined, { timeout: 2_000 }).catch(() => false);
  for (let step = 0; step < limit && !(await focused()); step++) await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  expect(await focused(), `Tab erreicht ${String(target)} nicht`).toBe(true);
}

describe("the admin app by keyboard alone", () => {
  const session = useBrowserSession();

  it("signs in, opens an offer, changes fields (map included) and saves without a mouse", async () => {
    const page = await (await newContext(session.browser)).newPage();
    await page.goto(`${session.platform.url}/admin/anmelden`);
    await tabTo(page, page.getByLabel("E-Mail-Adresse"));
    await page.keyboard.type(demoAccounts.coordinator);
    await page.keyboard.press("Tab");
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Start" }).waitFor();

    await tabTo(page, page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Angebote" }));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Angebote" }).waitFor();
    await page.getByRole("table").getByRole("row").nth(1).waitFor();
    await tabTo(page, page.getByLabel("Suche", { exact: true }));
    await page.keyboard.type("Elterncafé Dülmen");
    await page.keyboard.press("Enter");
    await page.waitForURL(/q=Elterncaf/);
    const result = page.getByRole("link", { name: "Elterncafé Dülmen" }).first();
    await result.waitFor();
    await tabTo(page, result);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Angebot bearbeiten" }).waitFor();

    // A text field.
    await tabTo(page, page.getByLabel("Kurztitel", { exact: true }));
    await page.keyboard.press("Control+A");
    await page.keyboard.type("Elterncafé am Marktplatz");
    // A select: opened with the keyboard, an option chosen with the arrows.
    const level = page.getByRole("button", { name: /Präventionsebene/ });
    await tabTo(page, level);
    await page.keyboard.press("Enter");
    const options = page.getByRole("listbox");
    await options.waitFor();
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    await options.waitFor({ state: "detached" });
    expect(await level.textContent()).toContain("Indizierte Prävention");
    // A checkbox.
    const families = page.getByRole("checkbox", { name: "Alleinerziehende" });
    const wasChecked = await families.isChecked();
    await tabTo(page, families);
    await page.keyboard.press("Space");
    expect(await families.isChecked()).toBe(!wasChecked);
    // The point on the town map: Enter places it when none is set, arrows move it.
    const addPlace = page.getByRole("button", { name: "Ort hinzufügen" });
    await tabTo(page, addPlace);
    await page.keyboard.press("Enter");
    const place = page.getByRole("group", { name: /^Ort \d+$/ }).last();
    await tabTo(page, place.getByLabel("Straße und Hausnummer"), { backwards: true });
    await page.keyboard.type("Marktplatz 1");
    await page.keyboard.press("Tab");
    await page.keyboard.type("48249");
    const map = place.getByRole("button", { name: /^Karte von Dülmen: Punkt für Ort \d+$/ });
    await tabTo(page, map);
    await page.keyboard.press("Enter");
    const longitude = place.getByLabel("Länge (Grad Ost)");
    const placed = Number((await longitude.inputValue()).replace(",", "."));
    expect(placed).toBeGreaterThan(7);
    await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("ArrowUp");
    const moved = Number((await longitude.inputValue()).replace(",", "."));
    expect(moved).toBeGreaterThan(placed);
    await place.getByText(/^Punkt: Breite 51,\d+, Länge 7,\d+/).waitFor();
    await expectAccessible(page, "Formular per Tastatur");

    await tabTo(page, page.getByRole("button", { name: "Speichern" }));
    await page.keyboard.press("Enter");
    await page.getByText("Gespeichert").first().waitFor();

    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Angebot bearbeiten" }).waitFor();
    expect(await page.getByLabel("Kurztitel", { exact: true }).inputValue()).toBe("Elterncafé am Marktplatz");
    expect(await page.getByRole("button", { name: /Präventionsebene/ }).textContent()).toContain("Indizierte Prävention");
    expect(await page.getByRole("checkbox", { name: "Alleinerziehende" }).isChecked()).toBe(!wasChecked);
    const saved = page.getByRole("group", { name: /^Ort \d+$/ }).last();
    expect(await saved.getByLabel("Straße und Hausnummer").inputValue()).toBe("Marktplatz 1");
    expect(Number((await saved.getByLabel("Länge (Grad Ost)").inputValue()).replace(",", "."))).toBeCloseTo(moved, 5);
  }, 240_000);
});
