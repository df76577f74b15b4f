import { demoAccounts, expectAccessible, newContext, signInAs, useBrowserSession } from "@praeventionskette/browser";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const distDir = path.resolve(fileURLToPath(import.meta.url), "../../dist");

describe("signing in to the admin app", () => {
  const session = useBrowserSession();

  it("sends a visitor without a session to sign in, and back to the page asked for", async () => {
    const context = await newContext(session.browser);
    const page = await context.newPage();
    await page.goto(`${session.platform.url}/admin/angebote?handlungsfeld=00000000-0000-4000-8000-000000000000`);
    await page.getByRole("heading", { level: 1, name: "Anmelden" }).waitFor();
    await expectAccessible(page, "Anmeldung");
    await page.getByLabel("E-Mail-Adresse").fill(demoAccounts.coordinator);
    await page.getByLabel("Passwort", { exact: true }).fill("Demo-Praevention-2026");
    await page.getByRole("button", { name: "Anmelden" }).click();
    await page.getByRole("heading", { level: 1, name: "Angebote" }).waitFor();
    expect(new URL(page.url()).searchParams.get("handlungsfeld")).toBe("00000000-0000-4000-8000-000000000000");
    await context.close();
  });

  it("says plainly when e-mail or password are wrong, and keeps the address typed", async () => {
    const context = await newContext(session.browser);
    const page = await context.newPage();
    await page.goto(`${session.platform.url}/admin/anmelden`);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await page.getByText("Bitte füllen Sie dieses Feld aus.").first().waitFor();
    await page.getByLabel("E-Mail-Adresse").fill(demoAccounts.coordinator);
    await page.getByLabel("Passwort", { exact: true }).fill("falsch-falsch-falsch");
    await page.getByRole("button", { name: "Anmelden" }).click();
    await page.getByRole("alert").filter({ hasText: "stimmen nicht" }).waitFor();
    expect(await page.getByLabel("E-Mail-Adresse").inputValue()).toBe(demoAccounts.coordinator);
    await expectAccessible(page, "Anmeldung mit Fehler");
    await context.close();
  });

  it("shows the start page with what needs attention, in English on request, and signs out", async () => {
    const context = await newContext(session.browser);
    const page = await context.newPage();
    await signInAs(page, session.platform.url, "coordinator");
    await page.getByRole("heading", { level: 2, name: /Vorschläge zur Prüfung/ }).waitFor();
    await page.getByText("Angemeldet als Demo Koordinierung Kreis Coesfeld").waitFor();
    await expectAccessible(page, "Startseite");
    await page.getByLabel("Sprache").selectOption("en");
    await page.getByRole("heading", { level: 1, name: "Start" }).waitFor();
    await page.getByRole("heading", { level: 2, name: /Proposals awaiting review/ }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.getByLabel("Language").selectOption("de");
    await page.getByRole("button", { name: "Abmelden" }).click();
    await page.getByRole("heading", { level: 1, name: "Anmelden" }).waitFor();
    await page.goto(`${session.platform.url}/admin/`);
    await page.getByRole("heading", { level: 1, name: "Anmelden" }).waitFor();
    await context.close();
  });

  it("loads under 200 KB of JavaScript (gzipped) on its first page", async () => {
    const context = await newContext(session.browser);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on("request", (request) => request.resourceType() === "script" && scripts.push(new URL(request.url()).pathname));
    await page.goto(`${session.platform.url}/admin/anmelden`, { waitUntil: "networkidle" });
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce((sum, script) => sum + gzipSync(readFileSync(path.join(distDir, script.replace(/^\/admin\//, "")))).length, 0);
    console.info(`Verwaltung, erste Seite: ${scripts.length} Skripte, ${(gzipped / 1024).toFixed(1)} KB gzip`);
    expect(gzipped).toBeLessThan(200 * 1024);
    await context.close();
  });
});
