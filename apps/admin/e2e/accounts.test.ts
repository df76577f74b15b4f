import { expectAccessible, newContext, screenshot, signInAs, useBrowserSession } from "@praeventionskette/browser";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

const navigation = (page: Page) => page.getByRole("navigation", { name: "Hauptnavigation" });

/** Chooses an option of a React Aria select or combobox by its label. */
async function choose(page: Page, scope: ReturnType<Page["locator"]> | Page, label: string, option: string): Promise<void> {
  const combobox = scope.getByRole("combobox", { name: label });
  if ((await combobox.count()) > 0) {
    await combobox.fill(option);
  } else {
    // A select button is named by its value and then its label.
    await scope.getByRole("button", { name: new RegExp(`(^|\\s)${label}$`) }).click();
  }
  await page.getByRole("option", { name: option, exact: true }).click();
}

describe("accounts, roles and the audit trail in the admin app", () => {
  const session = useBrowserSession();

  it("lets the coordinator create an account with a role in the county, and the administration finds the change in the audit trail", async () => {
    const url = session.platform.url;
    const context = await newContext(session.browser);
    const page = await context.newPage();
    await signInAs(page, url, "coordinator");

    await navigation(page).getByRole("link", { name: "Konten und Rollen" }).click();
    await page.getByRole("heading", { level: 1, name: "Konten und Rollen" }).waitFor();
    // The coordinator sees the accounts with roles in Kreis Coesfeld, not Kamen's.
    await page.getByRole("link", { name: "Demo Redaktion Olfen" }).waitFor();
    expect(await page.getByRole("link", { name: "Demo Jugendamt Kamen" }).count()).toBe(0);
    // The list's filters are in the URL.
    await choose(page, page, "Rolle", "Redaktion Gemeinde");
    await page.waitForURL(/rolle=townEditor/);
    // The filtered list replaces the full one once its answer is in.
    await expect.poll(() => page.getByRole("row").count(), { timeout: 15_000 }).toBe(3);
    await page.goto(page.url());
    await page.getByRole("link", { name: "Demo Redaktion Dülmen" }).waitFor();
    expect(await page.getByRole("row").count()).toBe(3);
    await expectAccessible(page, "Konten: gefiltert");
    await screenshot(page, "accounts-list-1280");

    await page.getByRole("link", { name: "Neues Konto" }).click();
    await page.getByRole("heading", { level: 1, name: "Neues Konto" }).waitFor();
    await page.getByRole("textbox", { name: "Name" }).fill("Lea Beispiel");
    await page.getByRole("textbox", { name: "E-Mail-Adresse" }).fill("olfen@demo.example");
    await page.getByLabel("Erstes Passwort").fill("kurz");
    await choose(page, page, "Erste Rolle", "Redaktion Gemeinde");
    await choose(page, page, "Gebiet", "Olfen");
    await page.getByRole("button", { name: "Konto anlegen" }).click();
    // The refusal is said at the field, and what was typed stays.
    await page.locator(".ui-field__error").filter({ hasText: /Passwort|Zeichen/ }).first().waitFor();
    expect(await page.getByRole("textbox", { name: "Name" }).inputValue()).toBe("Lea Beispiel");
    await expectAccessible(page, "Neues Konto: abgelehnt");
    await page.getByLabel("Erstes Passwort").fill("Praevention-Kreis-2026!");
    await page.getByRole("button", { name: "Konto anlegen" }).click();
    await page.getByText("Ein Konto mit der E-Mail-Adresse olfen@demo.example gibt es bereits.").waitFor();
    await page.getByRole("textbox", { name: "E-Mail-Adresse" }).fill("lea.beispiel@olfen.example");
    await screenshot(page, "accounts-new-1280");
    await page.getByRole("button", { name: "Konto anlegen" }).click();

    await page.getByRole("heading", { level: 1, name: "Lea Beispiel" }).waitFor();
    await page.getByText("Redaktion Gemeinde – Olfen").waitFor();
    const userId = new URL(page.url()).pathname.split("/").pop() ?? "";
    // A second role, in the county: a viewer for Dülmen.
    await choose(page, page, "Rolle", "Lesezugriff");
    await choose(page, page, "Gebiet", "Dülmen");
    await page.getByRole("button", { name: "Rolle hinzufügen" }).click();
    await page.getByText("Lesezugriff – Dülmen").waitFor();
    await expectAccessible(page, "Konto: Rollen");
    await screenshot(page, "accounts-account-1280");
    await context.close();

    // The new person can sign in with the password set.
    const newcomer = await newContext(session.browser);
    const newcomerPage = await newcomer.newPage();
    await newcomerPage.goto(`${url}/admin/anmelden`);
    await newcomerPage.getByLabel("E-Mail-Adresse").fill("lea.beispiel@olfen.example");
    await newcomerPage.getByLabel("Passwort", { exact: true }).fill("Praevention-Kreis-2026!");
    await newcomerPage.getByRole("button", { name: "Anmelden" }).click();
    await newcomerPage.getByRole("heading", { level: 1, name: "Start" }).waitFor();
    await newcomer.close();

    // The administration reads the audit trail, filtered by that account.
    const adminContext = await newContext(session.browser);
    const admin = await adminContext.newPage();
    await signInAs(admin, url, "admin");
    await navigation(admin).getByRole("link", { name: "Konten und Rollen" }).click();
    await admin.getByRole("link", { name: "Lea Beispiel" }).click();
    await admin.getByRole("link", { name: "Änderungen an diesem Konto im Protokoll" }).click();
    await admin.getByRole("heading", { level: 1, name: "Änderungsprotokoll" }).waitFor();
    expect(admin.url()).toContain(`datensatz=${userId}`);
    const created = admin.getByRole("row").filter({ hasText: "Konto angelegt" });
    await created.getByText("Demo Koordinierung Kreis Coesfeld").waitFor();
    await created.getByText("Konto", { exact: true }).waitFor();
    // Besides its creation, the record's trail holds the newcomer's own sign-in.
    await admin.getByText("2 Einträge", { exact: true }).waitFor();
    await admin.getByRole("row").filter({ hasText: "Angemeldet" }).getByText("Lea Beispiel").waitFor();
    await created.getByText("Einzelheiten").click();
    await created.getByRole("cell", { name: "lea.beispiel@olfen.example" }).waitFor();
    await expectAccessible(admin, "Protokoll: ein Konto");
    await screenshot(admin, "audit-record-1280");

    // Filters by who and what, kept in the address: the role grants by the coordinator.
    await admin.getByRole("link", { name: "Filter zurücksetzen" }).click();
    await choose(admin, admin, "Wer", "Demo Koordinierung Kreis Coesfeld");
    await choose(admin, admin, "Was", "Rolle vergeben");
    await admin.getByRole("button", { name: "Filtern" }).click();
    await admin.waitForURL(/was=assignRole/);
    const grant = admin.getByRole("row").filter({ hasText: "Rolle vergeben" });
    await grant.first().waitFor();
    expect(await grant.count()).toBe(1);
    await grant.getByText("Rollenzuweisung").waitFor();
    await admin.reload();
    await admin.getByRole("row").filter({ hasText: "Rolle vergeben" }).first().waitFor();
    await expectAccessible(admin, "Protokoll: gefiltert");
    await adminContext.close();
  }, 300_000);

  it("keeps accounts and the audit trail usable on a phone", async () => {
    const url = session.platform.url;
    const context = await newContext(session.browser, { width: 390 });
    const page = await context.newPage();
    await signInAs(page, url, "admin");
    for (const [path, heading, name] of [
      ["/admin/konten", "Konten und Rollen", "accounts-list-390"],
      ["/admin/konten/neu", "Neues Konto", "accounts-new-390"],
      ["/admin/protokoll?was=signIn", "Änderungsprotokoll", "audit-390"],
    ] as const) {
      await page.goto(`${url}${path}`);
      await page.getByRole("heading", { level: 1, name: heading }).waitFor();
      await page.waitForLoadState("networkidle");
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await screenshot(page, name);
      await expectAccessible(page, `${heading} (390 px)`);
    }
    await context.close();
  }, 120_000);
});
