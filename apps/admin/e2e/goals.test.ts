import { expectAccessible, newContext, screenshot, signInAs, useBrowserSession } from "@praeventionskette/browser";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";

/** Picks an option of the select labelled `label` (React Aria: a button opening a list box). */
async function choose(page: Page, label: string, option: RegExp): Promise<void> {
  await page.locator(".ui-field").filter({ has: page.getByText(label, { exact: true }) }).first().getByRole("button").click();
  await page.getByRole("option", { name: option }).click();
}

/** Ticks a checkbox by keyboard, as people who do not use a mouse do. */
async function tick(page: Page, checkbox: Locator): Promise<void> {
  await checkbox.focus();
  await page.keyboard.press("Space");
  expect(await checkbox.isChecked()).toBe(true);
}

interface StoredGoal {
  id: string;
  version: number;
  parentId: string | null;
  indicatorIds: string[];
  responsibleActorIds: string[];
  baseline: { value: number; date: string } | null;
  target: { value: number; date: string } | null;
}

async function storedGoal(page: Page, url: string, id: string): Promise<StoredGoal> {
  const response = await page.request.get(`${url}/trpc/goal.get?input=${encodeURIComponent(JSON.stringify({ id }))}`);
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { result: { data: StoredGoal } }).result.data;
}

const TITLE = "Die Betreuungsquote U3 steigt in den kleinen Gemeinden bis März 2028 auf 50,5 %";
const ACCESS = /^Zugänge verbessern/;
const DEVELOPMENT = /^Entwicklung stärken/;

describe("the goal cascade in the admin app", () => {
  const session = useBrowserSession();

  it("lets the coordinator add an action goal with indicator, actors, baseline and target, move it, and meet a conflict", async () => {
    const url = session.platform.url;
    const page = await (await newContext(session.browser)).newPage();
    await signInAs(page, url, "coordinator");

    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Zielkaskade" }).click();
    await page.getByRole("heading", { level: 1, name: "Zielkaskade" }).waitFor();
    // The demo cascade, top down: the guiding goal, its strategic goals, their action goals.
    await page.getByRole("heading", { level: 2, name: /^Alle Kinder im Kreis Coesfeld/ }).waitFor();
    await page.getByRole("heading", { level: 3, name: ACCESS }).waitFor();
    await page.getByRole("heading", { level: 4, name: /^Die Betreuungsquote für Kinder unter drei Jahren/ }).waitFor();
    await expectAccessible(page, "Zielkaskade");
    await screenshot(page, "goals-cascade-1280");

    await page.getByRole("link", { name: /^Handlungsziel darunter hinzufügen: Zugänge verbessern/ }).click();
    await page.getByRole("heading", { level: 1, name: "Handlungsziel anlegen" }).waitFor();
    // Placed below the strategic goal it was added from.
    await expect.poll(() => page.locator(".ui-field").filter({ has: page.getByText("Übergeordnetes Ziel", { exact: true }) }).getByRole("button").innerText()).toMatch(ACCESS);

    // An action goal without target and indicator is refused at the fields; what was typed stays.
    await page.getByLabel("Titel").fill(TITLE);
    await page.getByLabel("Zielwert", { exact: true }).fill("50,5");
    await page.getByRole("button", { name: "Ziel speichern" }).click();
    await page.getByText("Bitte das Datum zum Zielwert angeben oder auch den Wert leeren.").waitFor();
    await page.getByRole("group", { name: "Kennzahlen" }).getByText("Ein Handlungsziel braucht mindestens eine Kennzahl, an der es gemessen wird.").waitFor();
    expect(await page.getByLabel("Titel").inputValue()).toBe(TITLE);
    expect(await page.getByLabel("Zielwert", { exact: true }).inputValue()).toBe("50,5");
    await expectAccessible(page, "Handlungsziel: abgelehnt");

    await page.getByLabel("Zieldatum").fill("2028-03-01");
    await page.getByLabel("Ausgangswert", { exact: true }).fill("39,3");
    await page.getByLabel("Datum des Ausgangswerts").fill("2024-03-01");
    await tick(page, page.getByRole("group", { name: "Kennzahlen" }).getByRole("checkbox", { name: "B1 – Betreuungsquote U3" }));
    const actors = page.getByRole("group", { name: "Verantwortliche Akteure" });
    await actors.getByLabel("Liste filtern").fill("Jugendamt");
    const youthOfficeName = (await actors.locator(".ui-checkbox").first().innerText()).trim();
    await tick(page, actors.getByRole("checkbox", { name: youthOfficeName }));
    await screenshot(page, "goals-form-1280");
    await page.getByRole("button", { name: "Ziel speichern" }).click();
    await page.getByRole("heading", { level: 1, name: "Handlungsziel bearbeiten" }).waitFor();
    await page.waitForURL(/\/ziele\/[0-9a-f-]{36}$/);
    const goalId = new URL(page.url()).pathname.split("/").pop()!;

    // Stored as entered (decimal commas as numbers), read back through the API.
    const stored = await storedGoal(page, url, goalId);
    expect(stored.baseline).toEqual({ value: 39.3, date: "2024-03-01" });
    expect(stored.target).toEqual({ value: 50.5, date: "2028-03-01" });
    expect(stored.indicatorIds).toHaveLength(1);
    expect(stored.responsibleActorIds).toHaveLength(1);

    // After a reload the goal is still there, with its indicator.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Handlungsziel bearbeiten" }).waitFor();
    expect(await page.getByLabel("Titel").inputValue()).toBe(TITLE);
    expect(await page.getByLabel("Zielwert", { exact: true }).inputValue()).toBe("50,5");
    expect(await page.getByRole("group", { name: "Kennzahlen" }).getByRole("checkbox", { name: "B1 – Betreuungsquote U3" }).isChecked()).toBe(true);
    await expectAccessible(page, "Handlungsziel: gespeichert");

    await page.getByRole("link", { name: "Zurück zur Zielkaskade" }).click();
    const accessBranch = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: ACCESS }) }).last();
    const card = accessBranch.getByRole("article", { name: TITLE });
    await card.waitFor();
    await card.getByText("B1 Betreuungsquote U3").waitFor();
    await card.getByText(/39,3 am 01\.03\.2024/).waitFor();
    await card.getByText(/50,5 bis 01\.03\.2028/).waitFor();
    await card.getByText(youthOfficeName, { exact: false }).waitFor();

    // Moved below another strategic goal: it goes along in the tree.
    await card.getByRole("link", { name: TITLE, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Handlungsziel bearbeiten" }).waitFor();
    await choose(page, "Übergeordnetes Ziel", DEVELOPMENT);
    await page.getByRole("button", { name: "Ziel speichern" }).click();
    await page.getByText("Ziel gespeichert").first().waitFor();
    await page.getByRole("link", { name: "Zurück zur Zielkaskade" }).click();
    const developmentBranch = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: DEVELOPMENT }) }).last();
    await developmentBranch.getByRole("article", { name: TITLE }).waitFor();
    expect(await page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: ACCESS }) }).last().getByRole("article", { name: TITLE }).count()).toBe(0);

    // Someone else saves first: the dialog names who and when, and the entries stay.
    await page.getByRole("link", { name: TITLE, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Handlungsziel bearbeiten" }).waitFor();
    const current = await storedGoal(page, url, goalId);
    const other = await page.request.post(`${url}/trpc/goal.update`, {
      headers: { Origin: url },
      data: { id: goalId, expectedVersion: current.version, data: { ...current, id: undefined, version: undefined, description: "Ausbau der Kindertagespflege in Rosendahl und Nordkirchen." } },
    });
    expect(other.status(), await other.text()).toBe(200);
    await page.getByLabel("Beschreibung").fill("Mehr Plätze in der Kindertagespflege.");
    await page.getByRole("button", { name: "Ziel speichern" }).click();
    const conflict = page.getByRole("alertdialog", { name: "Jemand anderes hat dieses Ziel inzwischen geändert" });
    await conflict.getByText(/Demo Koordinierung Kreis Coesfeld hat das Ziel am .* gespeichert/).waitFor();
    await conflict.getByRole("row", { name: /Beschreibung/ }).waitFor();
    await expectAccessible(page, "Handlungsziel: Konflikt");
    await conflict.getByRole("button", { name: "Meine Eingaben behalten" }).click();
    expect(await page.getByLabel("Beschreibung").inputValue()).toBe("Mehr Plätze in der Kindertagespflege.");
    await page.getByRole("button", { name: "Ziel speichern" }).click();
    await page.getByText("Ziel gespeichert").first().waitFor();
    expect((await storedGoal(page, url, goalId)).parentId).not.toBeNull();
  }, 240_000);

  it("warns with the domain's cascade check while a goal is entered, and fits a phone", async () => {
    const url = session.platform.url;
    const page = await (await newContext(session.browser, { width: 390 })).newPage();
    await signInAs(page, url, "coordinator");
    // A measure with no parent of its kind: the domain's cascade check warns at the goal.
    await page.goto(`${url}/admin/ziele/neu?ebene=measure`);
    await page.getByRole("heading", { level: 1, name: "Maßnahme anlegen" }).waitFor();
    await page.getByText("Eine Maßnahme braucht ein übergeordnetes Handlungsziel.").waitFor();
    await expectAccessible(page, "Maßnahme anlegen (390 px)");
    await screenshot(page, "goals-form-390");

    await page.goto(`${url}/admin/ziele`);
    await page.getByRole("heading", { level: 1, name: "Zielkaskade" }).waitFor();
    await page.getByRole("heading", { level: 2, name: /^Alle Kinder im Kreis Coesfeld/ }).waitFor();
    await expectAccessible(page, "Zielkaskade (390 px)");
    await screenshot(page, "goals-cascade-390");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }, 180_000);
});
