import { expectAccessible, newContext, screenshot, useBrowserSession } from "@praeventionskette/browser";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { readPdf, renderPdfPages } from "./pdf.js";

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

    // Every shape is reached by Tab, one after another, and shows its value while focused.
    const tooltip = page.locator(".map__tooltip text");
    await page.locator('path[role="button"]').first().focus();
    const reached = new Set<string>();
    for (let step = 0; step < 11; step++) {
      const label = (await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))) ?? "";
      reached.add(label);
      expect((await tooltip.allTextContents()).join(": ")).toBe(label);
      await page.keyboard.press("Tab");
    }
    expect([...reached].filter((label) => label.includes(":")).length).toBe(11);
    // The pointer shows the same on hover.
    await page.locator('path[role="button"][aria-label^="Dülmen:"]').hover();
    expect((await tooltip.allTextContents()).join(": ")).toBe(await page.locator('path[role="button"][aria-label^="Dülmen:"]').getAttribute("aria-label"));

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
    // Baseline, latest value and target in their indicator's unit ("6,8 % (Stand …)"), never a bare number.
    const figures = (await page.locator(".goal-figures dd").allTextContents()).filter((text) => text !== "–");
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) expect(figure).toMatch(/^\d[\d.]*,\d (%|je [\d.]+\S*)/);
    await screenshot(page, "review-goals");
    await expectAccessible(page, "Zielerreichung");

    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Angebote und Lücken" }).click();
    await page.getByRole("heading", { level: 1, name: "Angebote und Lücken" }).waitFor();
    const matrix = page.getByRole("table", { name: /Lebensphasen und Handlungsfelder/ });
    await matrix.getByRole("columnheader", { name: "Lebensphase" }).waitFor();
    await matrix.getByText(/Lücke/).first().waitFor();
    await page.getByText(/^Ähnliche Titel \(\d+ % Übereinstimmung\) im selben Gebiet, in derselben Lebensphase und demselben Handlungsfeld: „.+“, „.+“\.$/).first().waitFor();
    await screenshot(page, "review-coverage");
    await expectAccessible(page, "Abdeckung");

    await page.goto(`${session.platform.url}/reporting/bericht?jahr=2024`);
    const headings = ["Leitbild", "Ziele und Fortschritt", "Kennzahlen", "Angebote und Lücken", "Gremien und Beschlüsse", "Förderung"];
    await page.getByRole("heading", { level: 1, name: "Bericht für den Jugendhilfeausschuss: Kreis Coesfeld, 2024" }).waitFor();
    for (const heading of headings) await page.getByRole("heading", { level: 2, name: heading, exact: true }).waitFor();
    await page.getByRole("button", { name: /Als CSV herunterladen/ }).first().waitFor();
    const goalValues = await page.getByRole("table", { name: "Ziele und Fortschritt" }).locator("td.ui-table__number").allTextContents();
    expect(goalValues.filter((text) => text !== "–").length).toBeGreaterThan(0);
    for (const value of goalValues.filter((text) => text !== "–")) expect(value).toMatch(/^\d[\d.]*,\d (%|je [\d.]+\S*) \(\d{4}(\/\d{2})?\)$/);
    await screenshot(page, "review-report");
    await expectAccessible(page, "Bericht");

    const navigation = await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link").allTextContents();
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("navigation", { name: "Hauptnavigation" }).isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: /Drucken/ }).isVisible()).toBe(false);
    for (const heading of headings) expect(await page.getByRole("heading", { level: 2, name: heading, exact: true }).isVisible()).toBe(true);
    const reportText = await page.locator("main").innerText();
    const printedHeadings = (await page.locator("main").locator("h1:visible, h2:visible, h3:visible").allInnerTexts()).map((text) => text.replace(/\s+/g, " ").trim());
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    await renderPdfPages(pdf, "review-report-pdf", 4);

    // What the committee reads on paper: the title with territory and year, every section and heading, no navigation.
    const printed = await readPdf(pdf);
    const pageNumber = /^\d+ \/ \d+$/;
    expect(printed.map((printedPage) => printedPage.lines.find((line) => pageNumber.test(line)))).toEqual(printed.map((_, index) => `${index + 1} / ${printed.length}`));
    const body = printed.map((printedPage) => printedPage.lines.filter((line) => !pageNumber.test(line)));
    const text = body.flat().join(" ");
    expect(body[0]?.join(" ")).toMatch(/^Bericht für den Jugendhilfeausschuss: Kreis Coesfeld, 2024 /);
    expect(body[0]).toContain("Leitbild");
    expect(printed.length, "pages").toBeGreaterThanOrEqual(headings.length - 2);
    expect(printed.length, "pages").toBeLessThanOrEqual(40);
    // The long sections start a page of their own, with their heading on top.
    for (const heading of ["Ziele und Fortschritt", "Kennzahlen", "Angebote und Lücken", "Gremien und Beschlüsse"]) {
      expect(body.some((lines, index) => index > 0 && lines[0] === heading), `${heading} opens a page`).toBe(true);
    }
    for (const heading of printedHeadings) expect(text).toContain(heading);
    expect(printedHeadings.filter((heading) => /^[A-Z]+\d+ .+ \(\d{4}(\/\d{2})?\)$/.test(heading)).length, "key indicators").toBeGreaterThan(0);
    expect(text).toMatch(/Auf Kurs|Fortschritt, Beschleunigung nötig|Verschlechterung/);
    expect(text).toMatch(/\d+,\d %/);
    expect(text).toMatch(/Sitzungen Datum Gremium Sitzung Status \d\d\.\d\d\.2024 /);
    expect(text).toMatch(/Beschlüsse (Datum Gremium Vorlage|Keine Beschlüsse im Jahr 2024\.)/);
    expect(text).toContain("Förderanträge sind interne Daten");
    const screenOnly = [...navigation, "Zum Inhalt springen", "Drucken oder als PDF speichern", "Als CSV herunterladen", "Anmelden (Mitarbeitende)"].filter((line) => !reportText.includes(line));
    expect(screenOnly.length).toBeGreaterThan(5);
    for (const line of screenOnly) expect(text, `${line} is not printed`).not.toContain(line);
    // No heading is left alone at the foot of a page, away from what it heads.
    for (const [index, lines] of body.entries()) expect(printedHeadings, `last line of page ${index + 1}`).not.toContain(lines.at(-1));
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
});
