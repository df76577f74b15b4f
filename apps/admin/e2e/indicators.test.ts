import { expectAccessible, newContext, screenshot, signInAs, useBrowserSession } from "@praeventionskette/browser";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

const HEADER = "Indikator;Gebietsschlüssel;Gebiet;Zeitraum;Zähler;Nenner;Wert;Quelle;Stand;Anmerkung";

/**
 * A CSV file as Excel on a German Windows saves it: Windows-1252, semicolons, CRLF. Latin-1
 * and Windows-1252 agree on every character used here (ä, ü, ß), so Node's "latin1" writes it.
 */
function windowsCsv(rows: string[]): Buffer {
  return Buffer.from([HEADER, ...rows].join("\r\n"), "latin1");
}

/** How many values the API holds for an indicator (by code) in a period. */
async function valuesIn(page: Page, url: string, code: string, period: string): Promise<number> {
  const get = async (procedure: string, input: unknown) => {
    const response = await page.request.get(`${url}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`);
    expect(response.status(), await response.text()).toBe(200);
    return ((await response.json()) as { result: { data: { items: { id: string; code: string }[]; total: number } } }).result.data;
  };
  const indicator = (await get("indicator.list", { limit: 200 })).items.find((candidate) => candidate.code === code);
  expect(indicator).toBeDefined();
  return (await get("observation.list", { indicatorId: indicator!.id, period, limit: 200 })).total;
}

/** The first public indicator whose public series suppresses values, and how many, as the API says. */
async function indicatorWithSuppression(page: Page, url: string): Promise<{ id: string; code: string; suppressed: number }> {
  const get = async <T>(procedure: string, input: unknown): Promise<T> => {
    const response = await page.request.get(`${url}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`);
    expect(response.status(), await response.text()).toBe(200);
    return ((await response.json()) as { result: { data: T } }).result.data;
  };
  const indicators = await get<{ items: { id: string; code: string; visibility: string }[] }>("indicator.list", { limit: 200 });
  for (const indicator of indicators.items.filter((candidate) => candidate.visibility === "public")) {
    const series = await get<{ observations: { suppressed: boolean }[] }>("observation.publicSeries", { indicatorId: indicator.id });
    const suppressed = series.observations.filter((observation) => observation.suppressed).length;
    if (suppressed > 0) return { id: indicator.id, code: indicator.code, suppressed };
  }
  throw new Error("Die Demodaten haben keinen gesperrten Wert.");
}

describe("indicators and observations in the admin app", () => {
  const session = useBrowserSession();

  it("lists indicators with filters in the URL and shows a definition with its grid of values and suppression", async () => {
    const url = session.platform.url;
    const page = await (await newContext(session.browser)).newPage();
    await signInAs(page, url, "coordinator");

    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Indikatoren" }).click();
    await page.getByRole("heading", { level: 1, name: "Indikatoren" }).waitFor();
    await page.getByRole("link", { name: "Betreuungsquote U3" }).waitFor();
    await expectAccessible(page, "Indikatoren");
    await screenshot(page, "indicators-list-1280");

    // The filter is in the URL: a reload (or a shared link) shows the same list.
    await page.getByLabel("Suchen").fill("Betreuungsquote");
    await page.getByRole("button", { name: "Suchen" }).click();
    await page.waitForURL(/q=Betreuungsquote/);
    await page.reload();
    await page.getByText("2 Indikatoren").waitFor();
    expect(await page.getByRole("link", { name: "SGB-II-Quote" }).count()).toBe(0);

    await page.getByRole("link", { name: "Betreuungsquote U3" }).click();
    await page.getByRole("heading", { level: 1, name: "B1 – Betreuungsquote U3" }).waitFor();
    const grid = page.getByRole("table", { name: /^B1: Werte/ });
    await grid.getByRole("columnheader", { name: "2024" }).waitFor();
    await grid.getByRole("rowheader", { name: /^Kreis Coesfeld/ }).waitFor();
    await grid.getByRole("rowheader", { name: /^Olfen \d/ }).waitFor();
    // What public views suppress is counted and marked in words at each value.
    const summary = await page.getByText(/von \d+ Werten? (ist|sind) in öffentlichen Ansichten gesperrt/).innerText();
    const suppressed = Number(/^(\d+) von/.exec(summary)?.[1]);
    expect(await grid.getByText("öffentlich gesperrt").count()).toBe(suppressed);
    await expectAccessible(page, "Indikator B1");
    await screenshot(page, "indicator-grid-1280");

    // An indicator with small cells: staff see each value, and which ones the public does not.
    const small = await indicatorWithSuppression(page, url);
    await page.goto(`${url}/admin/indikatoren/${small.id}`);
    const smallGrid = page.getByRole("table", { name: new RegExp(`^${small.code}: Werte`) });
    await smallGrid.waitFor();
    await page.getByText(new RegExp(`^${small.suppressed} von \\d+ Werten? (ist|sind) in öffentlichen Ansichten gesperrt`)).waitFor();
    expect(await smallGrid.getByText("öffentlich gesperrt").count()).toBe(small.suppressed);
    await expectAccessible(page, `Indikator ${small.code} mit gesperrten Werten`);
    await screenshot(page, "indicator-grid-suppressed-1280");
    await page.goBack();
    await grid.waitFor();

    // Only one level, also kept in the URL.
    await page.locator(".ui-field").filter({ has: page.getByText("Raumebene", { exact: true }) }).getByRole("button").click();
    await page.getByRole("option", { name: "Gemeinde", exact: true }).click();
    await page.waitForURL(/ebene=town/);
    await grid.getByRole("rowheader", { name: /^Olfen \d/ }).waitFor();
    await expect.poll(() => grid.getByRole("rowheader", { name: /^Kreis Coesfeld/ }).count(), { timeout: 15_000 }).toBe(0);
  }, 180_000);

  it("imports a Windows-1252 CSV with decimal commas after a preview, and refuses a faulty one row by row with nothing written", async () => {
    const url = session.platform.url;
    const page = await (await newContext(session.browser)).newPage();
    await signInAs(page, url, "coordinator");
    await page.goto(`${url}/admin/indikatoren`);
    await page.getByRole("link", { name: "Werte importieren" }).click();
    await page.getByRole("heading", { level: 1, name: "Werte importieren" }).waitFor();
    await expectAccessible(page, "Werte importieren");

    // A faulty file: an unknown territory key and more children in care than children.
    const faulty = windowsCsv([
      "B1;05558036;Olfen;2026;130;310;;IT.NRW, Kita-Statistik;2027-03-01;",
      "B1;05558099;Nirgendwo;2026;1;2;;IT.NRW, Kita-Statistik;2027-03-01;",
      "B1;05558020;Havixbeck;2026;500;300;;IT.NRW, Kita-Statistik;2027-03-01;",
    ]);
    await page.getByLabel("CSV-Datei").setInputFiles({ name: "fehlerhaft.csv", mimeType: "text/csv", buffer: faulty });
    await page.getByText(/^Nicht importierbar: 2 Probleme\. Es wurde nichts gespeichert/).waitFor();
    const problems = page.getByRole("table", { name: "Probleme in fehlerhaft.csv" });
    await problems.getByRole("row", { name: /^3 Gebietsschlüssel .*05558099/ }).waitFor();
    await problems.getByRole("row", { name: /^4 / }).waitFor();
    expect(await page.getByRole("button", { name: /importieren$/ }).count()).toBe(0);
    expect(await valuesIn(page, url, "B1", "2026")).toBe(0);
    await expectAccessible(page, "Werte importieren: abgelehnt");
    await screenshot(page, "indicator-import-refused-1280");

    // A good file: thousands points and a decimal comma, umlauts in Windows-1252.
    const good = windowsCsv([
      "B1;05558036;Olfen;2025;120;300;;IT.NRW, Kita-Statistik;2026-03-01;",
      "B1;05558016;Dülmen;2025;1.050;2.900;;IT.NRW, Kita-Statistik;2026-03-01;Prognose",
      "B1;05558020;Havixbeck;2025;;;41,7;IT.NRW, Kita-Statistik;2026-03-01;Nur die Quote veröffentlicht",
    ]);
    await page.getByLabel("CSV-Datei").setInputFiles({ name: "kita-2025.csv", mimeType: "text/csv", buffer: good });
    await page.getByText("Die Datei ist in Ordnung (3 Zeilen). Noch ist nichts gespeichert.").waitFor();
    const preview = page.getByRole("table", { name: "Vorschau: was der Import aus kita-2025.csv speichern würde" });
    expect(await preview.getByRole("row", { name: /Neuer Wert$/ }).count()).toBe(3);
    expect(await valuesIn(page, url, "B1", "2025")).toBe(0);
    await expectAccessible(page, "Werte importieren: Vorschau");
    await screenshot(page, "indicator-import-preview-1280");

    await page.getByRole("button", { name: "3 Zeilen importieren" }).click();
    await page.getByText("Gespeichert: 3 neue und 0 geänderte Werte.").waitFor();
    expect(await valuesIn(page, url, "B1", "2025")).toBe(3);
    await expectAccessible(page, "Werte importieren: fertig");

    await page.getByRole("link", { name: "Werte von B1 ansehen" }).click();
    const grid = page.getByRole("table", { name: /^B1: Werte/ });
    await grid.getByRole("columnheader", { name: "2025" }).waitFor();
    const cellIn2025 = async (town: RegExp) => (await grid.getByRole("row").filter({ has: page.getByRole("rowheader", { name: town }) }).getByRole("cell").last().innerText()).replace(/\s+/g, " ");
    expect(await cellIn2025(/^Olfen \d/)).toContain("40");
    expect(await cellIn2025(/^Olfen \d/)).toContain("120 / 300");
    expect(await cellIn2025(/^Dülmen \d/)).toContain("36,2");
    expect(await cellIn2025(/^Dülmen \d/)).toContain("1.050 / 2.900");
    expect(await cellIn2025(/^Havixbeck \d/)).toContain("41,7");
  }, 180_000);

  it("fits a phone: the import and the grid at 390 px", async () => {
    const url = session.platform.url;
    const page = await (await newContext(session.browser, { width: 390 })).newPage();
    await signInAs(page, url, "coordinator");
    await page.goto(`${url}/admin/indikatoren/import`);
    await page.getByRole("heading", { level: 1, name: "Werte importieren" }).waitFor();
    await page.getByLabel("CSV-Datei").setInputFiles({ name: "eine-zeile.csv", mimeType: "text/csv", buffer: windowsCsv(["B2;05558036;Olfen;2026;300;310;;IT.NRW;2027-03-01;"]) });
    await page.getByText("Die Datei ist in Ordnung (1 Zeile). Noch ist nichts gespeichert.").waitFor();
    await expectAccessible(page, "Werte importieren (390 px)");
    await screenshot(page, "indicator-import-390");

    await page.goto(`${url}/admin/indikatoren`);
    await page.getByRole("link", { name: "Betreuungsquote U3" }).click();
    await page.getByRole("table", { name: /^B1: Werte/ }).waitFor();
    await expectAccessible(page, "Indikator B1 (390 px)");
    await screenshot(page, "indicator-grid-390");
    // The grid scrolls in its own frame (with empty cells by now); the page stays as wide as the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.goto(`${url}/admin/indikatoren`);
    await page.getByRole("link", { name: "Betreuungsquote U3" }).waitFor();
    await expectAccessible(page, "Indikatoren (390 px)");
    await screenshot(page, "indicators-list-390");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }, 180_000);
});
