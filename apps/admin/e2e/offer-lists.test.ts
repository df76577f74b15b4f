import { expectAccessible, newContext, screenshot, signInAs, useBrowserSession } from "@praeventionskette/browser";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

/** The tRPC answer of a query, read with the page's session (the signed-in person). */
async function query<T>(page: Page, url: string, procedure: string, input: unknown): Promise<T> {
  const response = await page.request.get(`${url}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`);
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

interface StoredOffer {
  territoryIds: string[];
  fieldOfActionIds: string[];
  version: number;
}

async function openOffer(page: Page, url: string, title: string): Promise<string> {
  await page.goto(`${url}/admin/angebote?q=${encodeURIComponent(title)}`);
  await page.getByRole("link", { name: new RegExp(title) }).first().click();
  await page.getByRole("heading", { level: 1, name: "Angebot bearbeiten" }).waitFor();
  return new URL(page.url()).pathname.split("/").at(-1)!;
}

/** Removes the rows after the first, so that the test starts from one territory and one field of action. */
async function keepFirstRow(page: Page, removeSecond: string): Promise<void> {
  while ((await page.getByRole("button", { name: removeSecond }).count()) > 0) await page.getByRole("button", { name: removeSecond }).click();
}

describe("an offer's territories and fields of action in the admin app", () => {
  const session = useBrowserSession();

  it("saves two territories and two fields of action, reads them back through the API, and removes one again", async () => {
    const url = session.platform.url;
    const page = await (await newContext(session.browser)).newPage();
    await signInAs(page, url, "coordinator");
    const offerId = await openOffer(page, url, "Elterncafé Dülmen");
    const before = await query<StoredOffer>(page, url, "offer.get", { id: offerId });
    const olfen = (await query<{ items: { id: string }[] }>(page, url, "territory.list", { code: "05558036", limit: 1 })).items[0]!.id;
    expect(before.territoryIds).not.toContain(olfen);

    const territories = page.getByRole("group", { name: "Gebiete" });
    await expect.poll(() => territories.getByRole("combobox", { name: "Gebiet 1" }).inputValue(), { timeout: 15_000 }).not.toBe("");
    await keepFirstRow(page, "Gebiet 2 entfernen");
    await keepFirstRow(page, "Handlungsfeld 2 entfernen");

    // A second territory, typed and chosen with the keyboard.
    await territories.getByRole("button", { name: "Weiteres Gebiet" }).click();
    const second = territories.getByRole("combobox", { name: "Gebiet 2" });
    await second.fill("Olfen");
    await page.getByRole("option", { name: "Olfen", exact: true }).waitFor();
    // The town and its social areas match; the arrow key walks down to the town itself.
    const matching = await page.getByRole("option").allTextContents();
    for (let step = 0; step <= matching.indexOf("Olfen"); step++) await second.press("ArrowDown");
    await second.press("Enter");
    await expect.poll(() => second.inputValue()).toBe("Olfen");

    // A second field of action, chosen from the list with a click.
    const fields = page.getByRole("group", { name: "Handlungsfelder" });
    await fields.getByRole("button", { name: "Weiteres Handlungsfeld" }).click();
    await fields.getByRole("button", { name: /Handlungsfeld 2$/ }).click();
    await page.getByRole("listbox").waitFor();
    const list = page.getByRole("listbox");
    const offered = await list.getByRole("option").allTextContents();
    expect(offered.length).toBeGreaterThan(0);
    await list.getByRole("option").first().click();
    await page.getByRole("listbox").waitFor({ state: "detached" });

    await expectAccessible(page, "Angebot mit zwei Gebieten und zwei Handlungsfeldern (1280 px)");
    await screenshot(page, "offer-lists-1280");
    await page.getByRole("button", { name: "Speichern" }).click();
    await page.getByText("Gespeichert").first().waitFor();

    const saved = await query<StoredOffer>(page, url, "offer.get", { id: offerId });
    expect(saved.version).toBe(before.version + 1);
    expect(saved.territoryIds).toEqual([before.territoryIds[0], olfen]);
    expect(saved.fieldOfActionIds).toHaveLength(2);
    expect(saved.fieldOfActionIds[0]).toBe(before.fieldOfActionIds[0]);
    expect(saved.fieldOfActionIds[1]).not.toBe(saved.fieldOfActionIds[0]);

    // After a reload the form shows both rows of each, as stored.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Angebot bearbeiten" }).waitFor();
    await expect.poll(() => territories.getByRole("combobox", { name: "Gebiet 2" }).inputValue(), { timeout: 15_000 }).toBe("Olfen");
    expect(await fields.getByRole("button", { name: /Handlungsfeld 2$/ }).count()).toBe(1);

    // On a phone, the rows and their buttons fit and stay accessible.
    const phone = await (await newContext(session.browser, { width: 390 })).newPage();
    await signInAs(phone, url, "coordinator");
    await phone.goto(page.url());
    await phone.getByRole("heading", { level: 1, name: "Angebot bearbeiten" }).waitFor();
    await expect.poll(() => phone.getByRole("combobox", { name: "Gebiet 2" }).inputValue(), { timeout: 15_000 }).toBe("Olfen");
    await phone.getByRole("group", { name: "Gebiete" }).scrollIntoViewIfNeeded();
    await expectAccessible(phone, "Angebot mit zwei Gebieten und zwei Handlungsfeldern (390 px)");
    await screenshot(phone, "offer-lists-390");

    // Removing the second territory saves the offer with the first one only.
    await page.getByRole("button", { name: "Gebiet 2 entfernen" }).click();
    await page.getByRole("button", { name: "Speichern" }).click();
    await expect.poll(async () => (await query<StoredOffer>(page, url, "offer.get", { id: offerId })).territoryIds, { timeout: 15_000 }).toEqual([before.territoryIds[0]]);
    expect((await query<StoredOffer>(page, url, "offer.get", { id: offerId })).fieldOfActionIds).toEqual(saved.fieldOfActionIds);
  }, 240_000);
});
