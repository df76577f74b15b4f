import type { Page } from "playwright-core";

/** The demo accounts (apps/api/src/demo/accounts.ts), one per role. */
export const demoAccounts = {
  admin: "admin@demo.example",
  coordinator: "koordinierung@demo.example",
  townEditor: "duelmen@demo.example",
  providerEditor: "awo@demo.example",
  viewer: "lesen@demo.example",
} as const;

/** The password of every demo account, as the README documents it. */
export const DEMO_PASSWORD = "Demo-Praevention-2026";

/** A role of the demo data. */
export type DemoRole = keyof typeof demoAccounts;

/** Signs in through the admin app's own sign-in page, as a person would, and waits for the start page. */
export async function signInAs(page: Page, baseUrl: string, role: DemoRole): Promise<void> {
  await page.goto(`${baseUrl}/admin/anmelden`);
  await page.getByLabel("E-Mail-Adresse").fill(demoAccounts[role]);
  await page.getByLabel("Passwort", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.getByRole("heading", { level: 1, name: "Start" }).waitFor();
}
