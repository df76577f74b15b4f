import { expectAccessible, newContext, screenshot, useBrowserSession } from "@praeventionskette/browser";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

/** The value a map shape names ("Ascheberg: 6,4 %" → "6,4 %") and the same territory's value in the table. */
async function mapAndTableValue(page: Page, territory: string): Promise<{ map: string; table: string }> {
  const shape = page.locator(`path[role="button"][aria-label^="${territory}:"]`);
  const label = (await shape.getAttribute("aria-label")) ?? "";
  const row = page.getByRole("row", { name: new RegExp(`^${territory}\\b`) }).first();
  const table = ((await row.locator("td").first().textContent()) ?? "").trim();
  return { map: label.slice(territory.length + 2), table };
}

describe("the reporting app", () => {
  const session = useBrowserSession();

  it("shows an indicator as map, table and series; level and period switch; values agree; the keyboard reaches every shape", async () => {
    const context = await newContext(session.browser);
    const page = await context.newPage();
    await page.goto(`${session.platform.url}/reporting/`);
    await page.getByRole("heading", { level: 1, name: "Indikatoren" }).waitFor();
    await expectAccessible(page, "Startseite");
    await page.getByRole("link", { name: /S1 SGB-II-Quote unter 15 Jahren/ }).click();
    await page.getByRole("heading", { level: 1, name: /S1 SGB-II-Quote/ }).waitFor();
    await page.locator('path[role="button"][aria-label^="Ascheberg:"]').waitFor();
    await page.getByText("© GeoBasis-DE / BKG 2021 (Daten verändert)").first().waitFor();
    await page.getByText("Niedriger ist besser").first().waitFor();

    const latest = await mapAndTableValue(page, "Ascheberg");
    expect(latest.map).toMatch(/^\d+,\d %$/);
    expect(latest.table).toBe(latest.map);
    expect(await page.locator('path[role="button"]').count()).toBe(11);
    await page.getByRole("img", { name: /Liniendiagramm/ }).waitFor();
    await expectAccessible(page, "Indikator S1, Gemeinden");

    // Every shape is reached by Tab, one after another.
    await page.locator('path[role="button"]').first().focus();
    const reached = new Set<string>();
    for (let step = 0; step < 11; step++) {
      reached.add((await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))) ?? "");
      await page.keyboard.press("Tab");
    }
    expect([...reached].filter((label) => label.includes(":")).length).toBe(11);

    await page.getByLabel("Zeitraum").selectOption("2022");
    await page.waitForURL(/zeitraum=2022(&|$)/);
    await page.getByRole("heading", { level: 2, name: /Gemeinden im Kreis Coesfeld, 2022/ }).waitFor();
    await page.locator('path[role="button"][aria-label^="Ascheberg:"]').waitFor();
    const earlier = await mapAndTableValue(page, "Ascheberg");
    expect(earlier.table).toBe(earlier.map);

    await page.getByRole("radio", { name: "Sozialräume" }).check();
    await page.waitForURL(/ebene=sozialraeume/);
    await page.locator('path[role="button"][aria-label^="Bösensell:"]').waitFor();
    const area = await mapAndTableValue(page, "Bösensell");
    expect(area.table).toBe(area.map);
    await page.getByText(/Schematische Sozialräume/).first().waitFor();
    await expectAccessible(page, "Indikator S1, Sozialräume");
    await context.close();
  }, 150_000);

  it("shows goal progress, the coverage matrix and the committee report, which prints to PDF", async () => {
    const context = await newContext(session.browser);
    const page = await context.newPage();
    await page.goto(`${session.platform.url}/reporting/ziele`);
    await page.getByRole("heading", { level: 1, name: "Zielerreichung" }).waitFor();
    await page.getByText("Auf Kurs").first().waitFor();
    await page.getByText("Die Entwicklung ist schnell genug, um den Zielwert rechtzeitig zu erreichen.").first().waitFor();
    await expectAccessible(page, "Zielerreichung");

    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Angebote und Lücken" }).click();
    await page.getByRole("heading", { level: 1, name: "Angebote und Lücken" }).waitFor();
    const matrix = page.getByRole("table", { name: /Lebensphasen und Handlungsfelder/ });
    await matrix.getByRole("columnheader", { name: "Lebensphase" }).waitFor();
    await matrix.getByText(/Lücke/).first().waitFor();
    await expectAccessible(page, "Abdeckung");

    await page.goto(`${session.platform.url}/reporting/bericht?jahr=2024`);
    const headings = ["Leitbild", "Ziele und Fortschritt", "Kennzahlen", "Angebote und Lücken", "Gremien und Beschlüsse", "Förderung"];
    await page.getByRole("heading", { level: 1, name: "Bericht für den Jugendhilfeausschuss: Kreis Coesfeld, 2024" }).waitFor();
    for (const heading of headings) await page.getByRole("heading", { level: 2, name: heading, exact: true }).waitFor();
    await page.getByRole("button", { name: /Als CSV herunterladen/ }).first().waitFor();
    await expectAccessible(page, "Bericht");

    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("navigation", { name: "Hauptnavigation" }).isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: /Drucken/ }).isVisible()).toBe(false);
    for (const heading of headings) expect(await page.getByRole("heading", { level: 2, name: heading, exact: true }).isVisible()).toBe(true);
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(20_000);
    await screenshot(page, "review-report-print");
    await context.close();
  }, 150_000);

  it("downloads a table as German CSV", async () => {
    const context = await newContext(session.browser);
    const page = await context.newPage();
    await page.goto(`${session.platform.url}/reporting/abdeckung`);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: /Als CSV herunterladen/ }).click();
    const file = await (await download).createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of file) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    expect(text.startsWith("\uFEFFLebensphase;Handlungsfeld;Angebote")).toBe(true);
    await context.close();
  });

  it("looks right at 1280 and 390 px (screenshots for review)", async () => {
    for (const width of [1280, 390]) {
      const context = await newContext(session.browser, { width });
      const page = await context.newPage();
      const pages = [
        ["start", "/reporting/", "Indikatoren"],
        ["indikator", "/reporting/", "Indikatoren"],
        ["ziele", "/reporting/ziele", "Zielerreichung"],
        ["abdeckung", "/reporting/abdeckung", "Angebote und Lücken"],
        ["bericht", "/reporting/bericht?jahr=2024", /Bericht für den Jugendhilfeausschuss/],
      ] as const;
      for (const [name, path, heading] of pages) {
        await page.goto(`${session.platform.url}${path}`);
        await page.getByRole("heading", { level: 1, name: heading }).waitFor();
        if (name === "indikator") {
          await page.getByRole("link", { name: /B1 Betreuungsquote U3/ }).click();
          await page.locator('path[role="button"]').first().waitFor();
          await page.getByRole("img", { name: /Liniendiagramm/ }).waitFor();
        }
        if (name === "bericht") await page.getByRole("heading", { level: 2, name: "Förderung" }).waitFor();
        await page.waitForLoadState("networkidle");
        // Nothing may be wider than the phone: tables scroll inside their frame.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${name} at ${width}px`).toBeLessThanOrEqual(0);
        await expectAccessible(page, `${name} at ${width}px`);
        await screenshot(page, `review-${name}-${width}`);
      }
      await context.close();
    }
  }, 300_000);
});
