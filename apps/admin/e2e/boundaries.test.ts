import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expectAccessible, newContext, screenshot, signInAs, useBrowserSession } from "@praeventionskette/browser";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

const square = (x: number, y: number, size = 0.02) => ({ type: "Polygon", coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]] });

/** Olfen's two social areas, one by official key and one by name, and a district the platform does not know. */
const upload = {
  type: "FeatureCollection",
  features: [
    { type: "Feature", properties: { code: "05558036-01", name: "Olfen Mitte" }, geometry: square(7.36, 51.7) },
    { type: "Feature", properties: { name: "Vinnum" }, geometry: square(7.39, 51.69, 0.03) },
    { type: "Feature", properties: { name: "Eversum" }, geometry: square(7.42, 51.71) },
  ],
};

function writeUpload(name: string, content: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "grenzen-")), name);
  writeFileSync(file, content);
  return file;
}

const todayInGerman = () => new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeZone: "Europe/Berlin" }).format(new Date());
const olfenRow = (page: Page, name: string) => page.locator(".tree__row").filter({ has: page.getByText(name, { exact: true }) });

describe("social-area boundaries in the admin app", () => {
  const session = useBrowserSession();

  it("uploads GeoJSON, previews matches and misses on a map of the upload, and after confirming the tree shows the new boundaries", async () => {
    const url = session.platform.url;
    const context = await newContext(session.browser);
    const page = await context.newPage();
    await signInAs(page, url, "coordinator");

    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Gebiete" }).click();
    await page.getByRole("heading", { level: 1, name: "Gebiete" }).waitFor();
    await page.getByRole("link", { name: "Grenzen in Olfen" }).click();
    await page.getByRole("heading", { level: 2, name: "Grenzen in Olfen" }).waitFor();
    // Today's shapes are the demo's schematic ones, drawn from the store with their source and the BKG note.
    await page.getByRole("img", { name: "Grenzen in Olfen" }).waitFor();
    await page.getByText(/Schematische Sozialräume .*© GeoBasis-DE \/ BKG 2021 \(Daten verändert\)/).waitFor();
    await expectAccessible(page, "Gebiete: Karte von Olfen");

    await page.getByRole("link", { name: "Grenzen hochladen" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Grenzen hochladen" }).waitFor();
    await expect.poll(() => page.getByRole("combobox", { name: "Übergeordnetes Gebiet" }).inputValue()).toBe("Olfen");

    // A file that is not GeoJSON is refused at the field.
    await page.getByLabel("GeoJSON-Datei").setInputFiles(writeUpload("kaputt.geojson", "{ kein json"));
    await page.getByText("Die Datei ist kein gültiges JSON.").waitFor();
    expect(await page.getByLabel("GeoJSON-Datei").getAttribute("aria-invalid")).toBe("true");

    await page.getByLabel("GeoJSON-Datei").setInputFiles(writeUpload("sozialraeume-olfen.geojson", JSON.stringify(upload)));
    await page.getByText("Gewählt: sozialraeume-olfen.geojson (3 Objekte)").waitFor();
    await page.getByRole("button", { name: "Vorschau" }).click();
    // Without a source the API refuses, at the field, and keeps the file.
    await page.getByText("Bitte die Quelle der Grenzen angeben.").waitFor();
    await page.getByRole("textbox", { name: "Quelle" }).fill("Stadt Olfen, Sozialraumplanung 2026");
    await page.getByRole("button", { name: "Vorschau" }).click();

    await page.getByText("3 Objekte: 2 zugeordnet, 1 ohne Gebiet, 0 fehlerhaft.").waitFor();
    const map = page.getByRole("img", { name: "Vorschau der hochgeladenen Grenzen" });
    expect(await map.locator('path[data-state="matched"]').count()).toBe(2);
    expect(await map.locator('path[data-state="missed"]').count()).toBe(1);
    await page.getByRole("row").filter({ hasText: "Olfen (Kernort)" }).getByText("Schlüssel").waitFor();
    await page.getByRole("row").filter({ hasText: "Vinnum" }).getByRole("cell", { name: "Name", exact: true }).waitFor();
    await page.getByRole("row").filter({ hasText: "Eversum" }).getByText("Kein Gebiet mit diesem Schlüssel oder Namen").waitFor();
    await page.getByText("Quelle der Grenzen: Stadt Olfen, Sozialraumplanung 2026").waitFor();
    // While a feature finds no territory, nothing can be imported.
    expect(await page.getByRole("button", { name: "Import bestätigen" }).isDisabled()).toBe(true);
    await screenshot(page, "boundaries-preview-1280");
    await expectAccessible(page, "Grenzen: Vorschau");

    await page.getByText("Objekte ohne passendes Gebiet auslassen").click();
    await page.getByRole("button", { name: "Import bestätigen" }).click();
    await page.getByText("Grenzen importiert").first().waitFor();

    // Back in the tree, Olfen's social areas have the new boundaries since today.
    await page.getByRole("heading", { level: 1, name: "Gebiete" }).waitFor();
    expect(page.url()).toContain("gebiet=");
    const since = `Grenze seit ${todayInGerman()}`;
    await olfenRow(page, "Olfen (Kernort)").getByText(since).waitFor();
    await olfenRow(page, "Vinnum").getByText(since).waitFor();
    await page.getByText(/Stadt Olfen, Sozialraumplanung 2026/).first().waitFor();
    await screenshot(page, "boundaries-tree-1280");
    await expectAccessible(page, "Gebiete nach dem Import");

    // The stored boundaries are the uploaded shapes (simplified for display).
    const olfen = await page.request.get(`${url}/trpc/territory.list?input=${encodeURIComponent(JSON.stringify({ code: "05558036", limit: 1 }))}`);
    const olfenId = ((await olfen.json()) as { result: { data: { items: { id: string }[] } } }).result.data.items[0]?.id;
    const stored = await page.request.get(`${url}/trpc/territory.boundaries?input=${encodeURIComponent(JSON.stringify({ parentId: olfenId }))}`);
    const features = ((await stored.json()) as { result: { data: { features: { properties: { name: string; schematic: boolean }; geometry: { coordinates: number[][][] } }[] } } }).result.data.features;
    const vinnum = features.find((feature) => feature.properties.name === "Vinnum");
    expect(vinnum?.geometry.coordinates[0]).toContainEqual([7.42, 51.72]);
    await context.close();
  }, 240_000);

  it("shows the preview on a phone", async () => {
    const url = session.platform.url;
    const context = await newContext(session.browser, { width: 390 });
    const page = await context.newPage();
    await signInAs(page, url, "coordinator");
    await page.goto(`${url}/admin/gebiete/grenzen`);
    await page.getByRole("heading", { level: 1, name: "Grenzen hochladen" }).waitFor();
    await page.getByRole("combobox", { name: "Übergeordnetes Gebiet" }).fill("Olfen");
    await page.getByRole("option", { name: "Olfen", exact: true }).click();
    await page.getByLabel("GeoJSON-Datei").setInputFiles(writeUpload("olfen-phone.geojson", JSON.stringify(upload)));
    await page.getByRole("textbox", { name: "Quelle" }).fill("Stadt Olfen");
    await page.getByRole("button", { name: "Vorschau" }).click();
    await page.getByText(/3 Objekte: 2 zugeordnet, 1 ohne Gebiet/).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, "boundaries-preview-390");
    await expectAccessible(page, "Grenzen: Vorschau (390 px)");
    await context.close();
  }, 120_000);
});
