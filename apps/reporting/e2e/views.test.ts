import { expectAccessible, newContext, screenshot, signInAs, useBrowserSession } from "@praeventionskette/browser";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

const distDir = path.resolve(fileURLToPath(import.meta.url), "../../dist");

/** A tRPC query as the app makes it, with the page's session cookie. */
async function query<T>(page: Page, procedure: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([name, body]) => {
      const response = await fetch(`/trpc/${name}?input=${encodeURIComponent(JSON.stringify(body))}`);
      return ((await response.json()) as { result: { data: unknown } }).result.data;
    },
    [procedure, input] as const,
  ) as Promise<T>;
}

/** A tRPC mutation as the app makes it, with the page's session cookie. */
async function mutate(page: Page, procedure: string, input: unknown): Promise<{ ok: boolean; body: unknown }> {
  return page.evaluate(
    async ([name, body]) => {
      const response = await fetch(`/trpc/${name}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      return { ok: response.ok, body: await response.json() };
    },
    [procedure, input] as const,
  );
}

/** The text of a table cell: the row named by its first cell, the column by its header. */
async function cell(page: Page, table: ReturnType<Page["getByRole"]>, rowName: string, column: number): Promise<string> {
  const row = table.getByRole("row", { name: new RegExp(`^${rowName}\\b`) }).first();
  return ((await row.locator("th, td").nth(column).textContent()) ?? "").trim();
}

describe("the reporting app's profiles, comparisons, need vs supply, governance and self-assessment", () => {
  const session = useBrowserSession();

  it("shows a town's profile with trend and the county's and state's values, and compares towns side by side", async () => {
    const context = await newContext(session.browser);
    const page = await context.newPage();
    await page.goto(`${session.platform.url}/reporting/`);
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Gebietsprofil" }).click();
    await page.getByRole("heading", { level: 1, name: /^Gebietsprofil: / }).waitFor();
    // Every territory is listed: the county's eleven towns and the social areas of four of them.
    const options = await page.getByRole("combobox", { name: "Gebiet", exact: true }).locator("option").allTextContents();
    expect(options.map((o) => o.trim()), options.join("|")).toEqual(expect.arrayContaining(["Dülmen", "Nordkirchen", "Bösensell", "Kreis Coesfeld"]));
    await page.getByRole("combobox", { name: "Gebiet", exact: true }).selectOption({ label: "\u2003Dülmen" });
    await page.getByRole("heading", { level: 1, name: "Gebietsprofil: Dülmen" }).waitFor();
    const table = page.getByRole("table", { name: /Kennzahlen von Dülmen/ });
    await table.getByRole("columnheader", { name: "Kreis Coesfeld" }).waitFor();
    await table.getByRole("columnheader", { name: /Nordrhein-Westfalen|NRW/ }).waitFor();
    const s1 = table.getByRole("row", { name: /S1 SGB-II-Quote/ });
    await s1.locator("td").nth(1).filter({ hasText: /\d/ }).waitFor();
    expect(await s1.locator("td").nth(1).textContent()).toMatch(/^\d+,\d %$/);
    expect(await s1.locator("td").nth(2).textContent()).toMatch(/seit \d{4}, (besser|schlechter)|unverändert/);
    expect(await s1.locator("td").nth(3).textContent()).toMatch(/^\d+,\d %$/);
    // The profile's value is the one the indicator map gives Dülmen in the same period.
    const period = ((await s1.locator("td").first().textContent()) ?? "").trim();
    const profileValue = ((await s1.locator("td").nth(1).textContent()) ?? "").trim();
    const offers = page.getByRole("table", { name: /Veröffentlichte Angebote für Dülmen/ });
    await offers.getByRole("rowheader").first().waitFor();
    expect(await offers.getByRole("row").count()).toBeGreaterThan(2);
    await expectAccessible(page, "Gebietsprofil Dülmen");

    await s1.getByRole("link").click();
    await page.getByLabel("Zeitraum").selectOption(period);
    await page.locator('path[role="button"][aria-label^="Dülmen:"]').waitFor();
    expect(await page.locator('path[role="button"][aria-label^="Dülmen:"]').getAttribute("aria-label")).toBe(`Dülmen: ${profileValue}`);

    await page.goBack();
    await page.goBack();
    await page.getByRole("link", { name: "Mit den Nachbargebieten vergleichen" }).click();
    await page.getByRole("heading", { level: 1, name: "Gebiete vergleichen" }).waitFor();
    const comparison = page.getByRole("table", { name: /Kennzahlen im Vergleich/ });
    await comparison.getByRole("columnheader", { name: "Dülmen" }).waitFor();
    expect(await comparison.getByRole("columnheader").count()).toBe(2 + 3);
    await page.getByLabel("Gebiet hinzufügen").selectOption({ label: "\u2003Olfen" });
    await page.getByRole("button", { name: "Hinzufügen" }).click();
    await comparison.getByRole("columnheader", { name: "Olfen" }).waitFor();
    expect(await comparison.getByRole("columnheader").count()).toBe(2 + 4);
    await page.waitForLoadState("networkidle");
    const values = await comparison.getByRole("row", { name: /S1 SGB-II-Quote/ }).locator("td").allTextContents();
    expect(values.slice(1).every((v) => /\d+,\d %|gesperrt|–/.test(v))).toBe(true);
    await expectAccessible(page, "Vergleich");
    await page.getByRole("button", { name: "Olfen entfernen" }).click();
    await page.waitForURL((url) => !(url.searchParams.get("gebiete") ?? "").includes(",".repeat(3)));
    expect(await comparison.getByRole("columnheader").count()).toBe(2 + 3);
    await context.close();
  }, 150_000);

  it("shows need against supply per town as two maps and a table that agree", async () => {
    const context = await newContext(session.browser);
    const page = await context.newPage();
    await page.goto(`${session.platform.url}/reporting/bedarf`);
    await page.getByRole("heading", { level: 1, name: "Bedarf und Angebot" }).waitFor();
    await page.getByRole("heading", { level: 2, name: /Gemeinden von Kreis Coesfeld/ }).waitFor();
    expect(await page.getByLabel("Bedarf (Kennzahl)").locator("option:checked").textContent()).toMatch(/^S1 /);
    const table = page.getByRole("table", { name: "Bedarf und Angebot als Tabelle" });
    await table.getByRole("row", { name: /^Ascheberg\b/ }).waitFor();
    const need = await cell(page, table, "Ascheberg", 1);
    const perThousand = await cell(page, table, "Ascheberg", 5);
    expect(need).toMatch(/^\d+,\d %$/);
    expect(perThousand).toMatch(/^\d+,\d\d$/);
    // The maps draw once the boundaries have arrived, which may be after the table's figures.
    const maps = page.locator("figure.map");
    await maps.nth(1).locator('path[aria-label^="Ascheberg:"]').waitFor();
    expect(await maps.count()).toBe(2);
    expect(await maps.nth(0).locator('path[aria-label^="Ascheberg:"]').getAttribute("aria-label")).toBe(`Ascheberg: ${need}`);
    expect(await maps.nth(1).locator('path[aria-label^="Ascheberg:"]').getAttribute("aria-label")).toBe(`Ascheberg: ${perThousand} je 1.000`);
    expect(await maps.nth(1).locator('path[role="button"]').count()).toBe(11);
    await page.getByText("Kinderzahl: Nenner von B1").waitFor();
    await expectAccessible(page, "Bedarf und Angebot");

    // A phase without a children count says so rather than estimating one.
    await page.getByLabel("Lebensphase").selectOption({ label: "Grundschulalter" });
    await page.getByText(/liegt keine Kinderzahl vor/).waitFor();
    expect(await cell(page, table, "Ascheberg", 5)).toBe("–");
    await context.close();
  }, 120_000);

  it("shows meetings and decisions over time to everyone, and funding and self-assessment only to staff", async () => {
    const context = await newContext(session.browser);
    const page = await context.newPage();
    await page.goto(`${session.platform.url}/reporting/gremien`);
    await page.getByRole("heading", { level: 1, name: "Gremien und Förderung" }).waitFor();
    const overTime = page.getByRole("table", { name: /Sitzungen und Beschlüsse der Gremien von Kreis Coesfeld/ });
    await overTime.getByRole("rowheader", { name: "2018" }).waitFor();
    const decisions = page.getByRole("table", { name: "Beschlüsse" });
    await decisions.getByRole("cell", { name: "SV-9-1217" }).first().waitFor();
    await page.getByText("Förderanträge sind interne Daten").waitFor();
    await expectAccessible(page, "Gremien, anonym");
    await page.goto(`${session.platform.url}/reporting/selbstbewertung`);
    await page.getByText("Selbstbewertungen sind interne Arbeitsstände").waitFor();
    expect(await page.getByRole("table").count()).toBe(0);
    await expectAccessible(page, "Selbstbewertung, anonym");

    await signInAs(page, session.platform.url, "coordinator");
    await page.goto(`${session.platform.url}/reporting/gremien`);
    await page.getByText("Angemeldet als Demo Koordinierung Kreis Coesfeld").waitFor();
    const funding = page.getByRole("table", { name: /Förderung von Kreis Coesfeld je Programm und Jahr/ });
    await funding.getByRole("columnheader", { name: /Lückenschluss 2018/ }).waitFor();
    const year2018 = await funding.getByRole("row", { name: /^2018\b/ }).locator("td").allTextContents();
    expect(year2018[0]).toMatch(/\d.*€/);
    expect(year2018[1]).toMatch(/\d.*€/);
    await expectAccessible(page, "Gremien, angemeldet");

    await page.goto(`${session.platform.url}/reporting/selbstbewertung`);
    const assessments = page.getByRole("table", { name: /Selbstbewertungen nebeneinander/ });
    await assessments.getByRole("columnheader", { name: /Kreis Coesfeld/ }).waitFor();
    expect(await cell(page, assessments, "Entwicklungsstand", 1)).toMatch(/^(Am Anfang|Im Aufbau|Etabliert|Weit entwickelt) \(\d+ von 100 Punkten\)/);
    expect(await cell(page, assessments, "g\\) Sozialraumkonferenzen", 1)).toMatch(/^○○○ Nicht vorhanden/);

    // Dülmen's youth office assesses itself too (through the API, as the admin app would save it): the two stand side by side.
    const [duelmen] = (await query<{ items: { id: string }[] }>(page, "territory.list", { code: "05558016" })).items;
    const item = (fulfilment: string) => ({ fulfilment, note: "" });
    const created = await mutate(page, "qualityAssessment.create", {
      territoryId: duelmen?.id,
      assessedOn: "2025-03-01",
      assessedBy: "Jugendamt Dülmen",
      prerequisites: { a: item("fully"), b: item("fully"), c: item("partly"), d: item("partly"), e: item("fully"), f: item("partly"), g: item("fully") },
      stations: { leitbild: item("fully"), strategicSteering: item("partly"), implementation: item("partly"), reflection: item("partly") },
    });
    expect(created.ok, JSON.stringify(created.body)).toBe(true);
    await page.reload();
    await assessments.getByRole("columnheader", { name: /Dülmen/ }).waitFor();
    expect(await cell(page, assessments, "g\\) Sozialraumkonferenzen", 1)).toMatch(/^●●● Vollständig vorhanden/);
    expect(await cell(page, assessments, "g\\) Sozialraumkonferenzen", 2)).toMatch(/^○○○ Nicht vorhanden/);
    expect(await cell(page, assessments, "Entwicklungsstand", 1)).toMatch(/^Weit entwickelt \(81 von 100 Punkten\)/);
    await expectAccessible(page, "Selbstbewertung, angemeldet");
    await screenshot(page, "review-selbstbewertung-angemeldet-1280");

    // On a phone the wide tables scroll inside their named, focusable frames.
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [name, address] of [["selbstbewertung", "/reporting/selbstbewertung"], ["gremien", "/reporting/gremien"]] as const) {
      await page.goto(`${session.platform.url}${address}`);
      await page.getByRole("table").last().waitFor();
      await page.waitForLoadState("networkidle");
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await expectAccessible(page, `${name}, angemeldet, 390 px`);
      await screenshot(page, `review-${name}-angemeldet-390`);
    }
    await context.close();
  }, 240_000);

  it("shows signed-in staff their own territories' counts unsuppressed, where visitors see „gesperrt“", async () => {
    const context = await newContext(session.browser);
    const page = await context.newPage();
    await page.goto(`${session.platform.url}/reporting/`);
    // School leavers without a certificate: small counts in some towns, suppressed in the public view.
    await page.getByRole("link", { name: /B6 Schulabgänge ohne Abschluss/ }).click();
    await page.locator('path[role="button"]').first().waitFor();
    const table = page.getByRole("table", { name: "Die Werte der Karte als Tabelle" });
    const suppressedRow = table.getByRole("row").filter({ has: page.getByRole("cell", { name: "gesperrt", exact: true }) }).first();
    const periods = await page.getByLabel("Zeitraum").locator("option").allTextContents();
    for (const period of periods.toReversed()) {
      await page.getByLabel("Zeitraum").selectOption(period);
      await page.getByRole("heading", { level: 2, name: `Gemeinden im Kreis Coesfeld, ${period}` }).waitFor();
      await page.locator('path[role="button"]').first().waitFor();
      if ((await suppressedRow.count()) > 0) break;
    }
    const url = page.url();
    const territory = ((await suppressedRow.getByRole("rowheader").textContent()) ?? "").trim();
    expect(await suppressedRow.locator("td").allTextContents()).toEqual(["–", "–", "–", "gesperrt"]);

    await signInAs(page, session.platform.url, "coordinator");
    await page.goto(url);
    const own = table.getByRole("row", { name: new RegExp(`^${territory}\\b`) }).first();
    await own.getByRole("cell", { name: "intern, ungesperrt" }).waitFor();
    const [value, numerator, denominator] = await own.locator("td").allTextContents();
    expect(value).toMatch(/^\d+,\d %$/);
    expect(numerator).toMatch(/^\d+$/);
    expect(denominator).toMatch(/^[\d.]+$/);
    await expect.poll(() => page.locator(`path[role="button"][aria-label="${territory}: ${value}"]`).count()).toBe(1);
    await expectAccessible(page, "Indikator, angemeldet");
    await context.close();
  }, 120_000);

  it.each([1280, 390])("shows every view clearly at %i px: nothing wider than the screen, axe passes (screenshots for review)", async (width) => {
    const context = await newContext(session.browser, { width });
    const page = await context.newPage();
    const open = (address: string) => page.goto(`${session.platform.url}/reporting${address}`);
    const heading = (name: string | RegExp) => page.getByRole("heading", { level: 1, name }).waitFor();
    const shapes = () => page.locator('path[role="button"]').first().waitFor();
    /** Picks a territory in the page's territory list by its name (the list indents towns and areas). */
    const pick = async (name: string) => {
      const select = page.getByRole("combobox", { name: "Gebiet", exact: true });
      const value = await select.locator("option").filter({ hasText: new RegExp(`^\\s*${name}$`) }).getAttribute("value");
      await select.selectOption(value ?? "");
    };
    const views: [string, () => Promise<unknown>][] = [
      ["start", async () => { await open("/"); await heading("Indikatoren"); }],
      ["indikator-gemeinden", async () => {
        await page.getByRole("link", { name: /S1 SGB-II-Quote unter 15 Jahren/ }).click();
        await heading(/S1 SGB-II-Quote/);
        await shapes();
        await page.getByRole("img", { name: /Liniendiagramm/ }).waitFor();
      }],
      ["indikator-sozialraeume", async () => {
        await page.getByRole("radio", { name: "Sozialräume" }).check();
        await page.locator('path[role="button"][aria-label^="Bösensell:"]').waitFor();
      }],
      ["profil-gemeinde", async () => {
        await open("/profil");
        await heading(/^Gebietsprofil: /);
        await pick("Dülmen");
        await heading("Gebietsprofil: Dülmen");
        await page.getByRole("table", { name: /Veröffentlichte Angebote für Dülmen/ }).getByRole("rowheader").first().waitFor();
      }],
      ["profil-sozialraum", async () => {
        await pick("Bösensell");
        await heading("Gebietsprofil: Bösensell");
      }],
      ["vergleich", async () => { await open("/vergleich"); await heading("Gebiete vergleichen"); }],
      ["ziele", async () => { await open("/ziele"); await heading("Zielerreichung"); await page.getByText("Auf Kurs").first().waitFor(); }],
      ["abdeckung", async () => { await open("/abdeckung"); await heading("Angebote und Lücken"); }],
      ["bedarf", async () => { await open("/bedarf"); await heading("Bedarf und Angebot"); await page.locator("figure.map").nth(1).locator('path[role="button"]').first().waitFor(); }],
      ["gremien", async () => { await open("/gremien"); await heading("Gremien und Förderung"); }],
      ["selbstbewertung", async () => { await open("/selbstbewertung"); await heading("Selbstbewertung"); }],
      ["bericht", async () => { await open("/bericht?jahr=2024"); await heading(/Bericht für den Jugendhilfeausschuss/); await page.getByRole("heading", { level: 2, name: "Förderung" }).waitFor(); }],
    ];
    for (const [name, show] of views) {
      await show();
      await page.waitForLoadState("networkidle");
      // Nothing may be wider than the phone: wide tables scroll inside their own frame.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} at ${width}px`).toBeLessThanOrEqual(0);
      await expectAccessible(page, `${name} at ${width}px`);
      await screenshot(page, `review-${name}-${width}`);
    }
    await context.close();
  }, 300_000);

  it("loads under 150 KB of JavaScript (gzipped) on its first page", async () => {
    const context = await newContext(session.browser);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on("request", (request) => request.resourceType() === "script" && scripts.push(new URL(request.url()).pathname));
    await page.goto(`${session.platform.url}/reporting/`, { waitUntil: "networkidle" });
    await page.getByRole("heading", { level: 1, name: "Indikatoren" }).waitFor();
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce((sum, script) => sum + gzipSync(readFileSync(path.join(distDir, script.replace(/^\/reporting\//, "")))).length, 0);
    console.info(`Berichte, erste Seite: ${scripts.length} Skripte, ${(gzipped / 1024).toFixed(1)} KB gzip`);
    expect(gzipped).toBeLessThan(150 * 1024);
    await context.close();
  });
});
