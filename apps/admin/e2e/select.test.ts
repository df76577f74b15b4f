import { mkdirSync } from "node:fs";
import path from "node:path";
import { expectAccessible, newContext, SCREENSHOT_DIR, signInAs, useBrowserSession } from "@praeventionskette/browser";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";

// The shared select (a button opening a list box) keeps its full list open on a phone as on a
// desktop, when opened by click, touch or keyboard: the list is taller than its popover, and its
// last option can be scrolled into view inside the popover and picked. The offers page's
// territory filter is the select used here, since it has many options. Unlike the combo box's
// (see combobox.test.ts), the select's popover is modal in React Aria: it stops the page from
// scrolling and makes the rest inert instead of closing on a scroll; this test guards that.

/** The offers page with its filters, the territory select and its options loaded. */
async function openOffers(page: Page, url: string): Promise<Locator> {
  await signInAs(page, url, "coordinator");
  await page.goto(`${url}/admin/angebote`);
  await page.getByRole("heading", { level: 1, name: "Angebote" }).waitFor();
  // A select button is named by its value and then its label.
  return page.getByRole("button", { name: /(^|\s)Gebiet$/ });
}

/** The open list box, after a pause long enough for any scroll that would close it. */
async function openList(page: Page): Promise<Locator> {
  const listbox = page.getByRole("listbox");
  await listbox.waitFor({ state: "visible" });
  await page.waitForTimeout(500);
  expect(await listbox.count()).toBe(1);
  await expect.poll(() => listbox.getByRole("option").count(), { timeout: 15_000 }).toBeGreaterThan(5);
  return listbox;
}

/** The list is taller than its popover, so that it has to scroll there. */
async function scrollsInPopover(page: Page): Promise<boolean> {
  return page.locator(".ui-popover").evaluate((popover) => {
    const scroller = [popover, ...popover.querySelectorAll("*")].find((element) => getComputedStyle(element).overflowY === "auto");
    return scroller !== undefined && scroller.scrollHeight > scroller.clientHeight;
  });
}

/** A screenshot of the window as seen (the open list is fixed to it, a full page would hide that). */
async function screenshotWindow(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/** Whether the option lies inside the visible part of its popover and of the window. */
async function isShownInPopover(page: Page, option: Locator): Promise<boolean> {
  const box = await option.boundingBox();
  const popover = await page.locator(".ui-popover").boundingBox();
  const viewport = page.viewportSize()!;
  if (!box || !popover) return false;
  const bottom = box.y + box.height;
  return box.y >= popover.y - 1 && bottom <= popover.y + popover.height + 1 && box.y >= 0 && bottom <= viewport.height;
}

/** The name of the last option (a selected option carries a check mark after its name). */
async function lastName(option: Locator): Promise<string> {
  return (await option.textContent())!.replace(/ ✓$/, "");
}

/** After a moment the list is still open, and the option shows inside its popover. */
async function expectStillOpenShowing(page: Page, listbox: Locator, option: Locator): Promise<void> {
  await page.waitForTimeout(300);
  expect(await listbox.count()).toBe(1);
  expect(await isShownInPopover(page, option)).toBe(true);
}

/** Scrolls the list's last option into view (the list stays open) and returns it with its territory's name. */
async function scrollToLast(page: Page, listbox: Locator): Promise<{ last: Locator; lastTerritory: string }> {
  const last = listbox.getByRole("option").last();
  const lastTerritory = await lastName(last);
  await last.scrollIntoViewIfNeeded();
  await expectStillOpenShowing(page, listbox, last);
  return { last, lastTerritory };
}

describe("the shared select in the admin app", () => {
  const session = useBrowserSession();

  for (const width of [1280, 390]) {
    it(`keeps its full list open when opened by click or keyboard, and takes its last option (${width} px)`, async () => {
      const page = await (await newContext(session.browser, { width })).newPage();
      const territory = await openOffers(page, session.platform.url);

      // A click opens the list; it stays open, is taller than its popover, and axe finds nothing.
      await territory.scrollIntoViewIfNeeded();
      await territory.click();
      const listbox = await openList(page);
      expect(await scrollsInPopover(page)).toBe(true);
      await expectAccessible(page, `Angebote: Gebietsliste offen (${width} px)`);
      await screenshotWindow(page, `select-open-${width}`);

      // The last option scrolls into view inside the popover, and the list is still open.
      const { last, lastTerritory } = await scrollToLast(page, listbox);
      await screenshotWindow(page, `select-open-scrolled-${width}`);
      await last.click();
      await listbox.waitFor({ state: "detached" });
      await expect.poll(() => territory.textContent()).toContain(lastTerritory);
      await expect.poll(() => new URL(page.url()).searchParams.get("gebiet")).not.toBeNull();
      await expectAccessible(page, `Angebote: Gebiet gewählt (${width} px)`);

      // The keyboard opens the list on the chosen option; Home goes to the first ("Alle"), End
      // back to the last, the list stays open throughout, and Enter takes the focused option.
      await territory.focus();
      await page.keyboard.press("ArrowDown");
      const again = await openList(page);
      await expectAccessible(page, `Angebote: Gebietsliste per Tastatur offen (${width} px)`);
      const focused = again.locator("[role=option][data-focused]");
      await expect.poll(() => focused.textContent()).toContain(lastTerritory);
      await page.keyboard.press("Home");
      await expect.poll(() => focused.textContent()).toBe("Alle");
      await expectStillOpenShowing(page, again, focused);
      await page.keyboard.press("End");
      await expect.poll(() => focused.textContent()).toContain(lastTerritory);
      await expectStillOpenShowing(page, again, focused);
      await page.keyboard.press("Home");
      await expect.poll(() => focused.textContent()).toBe("Alle");
      await page.keyboard.press("Enter");
      await again.waitFor({ state: "detached" });
      await expect.poll(() => territory.textContent()).toContain("Alle");
      await expect.poll(() => new URL(page.url()).searchParams.get("gebiet")).toBeNull();
      await page.context().close();
    }, 180_000);
  }

  it("opens the full list by touch on a phone and takes the last option tapped (390 px)", async () => {
    const context: BrowserContext = await session.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: "de-DE", timezoneId: "Europe/Berlin", extraHTTPHeaders: { "X-Forwarded-For": "10.79.0.1" } });
    const page = await context.newPage();
    const territory = await openOffers(page, session.platform.url);

    await territory.scrollIntoViewIfNeeded();
    await territory.tap();
    const listbox = await openList(page);
    expect(await scrollsInPopover(page)).toBe(true);
    await expectAccessible(page, "Angebote: Gebietsliste per Berührung offen (390 px)");
    await screenshotWindow(page, "select-touch-open-390");

    const { last, lastTerritory } = await scrollToLast(page, listbox);
    await last.tap();
    await listbox.waitFor({ state: "detached" });
    await expect.poll(() => territory.textContent()).toContain(lastTerritory);
    await expectAccessible(page, "Angebote: Gebiet per Berührung gewählt (390 px)");
    await context.close();
  }, 180_000);
});
