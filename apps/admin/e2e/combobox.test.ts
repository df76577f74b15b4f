import { expectAccessible, newContext, screenshot, signInAs, useBrowserSession } from "@praeventionskette/browser";
import { describe, expect, it } from "vitest";

// The shared combo box opens on typing, the arrow key or its button, not on mere focus, shows
// the chosen option's name once the options arrive (they load after the form is shown), and its
// full list stays open and accessible on a phone as on a desktop.

describe("the shared combo box in the admin app", () => {
  const session = useBrowserSession();

  for (const width of [1280, 390]) {
    it(`opens on typing, arrow key and button, not on focus, and follows its options (${width} px)`, async () => {
      const page = await (await newContext(session.browser, { width })).newPage();
      await signInAs(page, session.platform.url, "coordinator");
      await page.goto(`${session.platform.url}/admin/angebote?q=${encodeURIComponent("Elterncafé Dülmen")}`);
      await page.getByRole("link", { name: /Elterncafé Dülmen/ }).first().click();
      await page.getByRole("heading", { level: 1, name: "Angebot bearbeiten" }).waitFor();
      const provider = page.getByRole("combobox", { name: "Anbieter" });

      // The stored provider's name appears once the list of providers has loaded.
      await expect.poll(() => provider.inputValue(), { timeout: 15_000 }).not.toBe("");
      const providerName = await provider.inputValue();

      // Clicking into the field (focus) leaves the list closed and the page readable.
      await provider.scrollIntoViewIfNeeded();
      await provider.click();
      await page.waitForTimeout(300);
      expect(await page.getByRole("listbox").count()).toBe(0);
      await expectAccessible(page, `Angebot: Anbieter-Feld mit Fokus (${width} px)`);

      // The arrow key opens the list with every option, and it stays open (also on a phone, where
      // the full list is taller than its popover); axe checks the page while it is open. Escape
      // closes it and keeps the choice.
      await provider.press("ArrowDown");
      await page.getByRole("listbox").waitFor({ state: "attached" });
      expect(await page.getByRole("option").count()).toBeGreaterThan(1);
      await page.waitForTimeout(500);
      expect(await page.getByRole("listbox").count()).toBe(1);
      await expectAccessible(page, `Angebot: Anbieter-Liste offen (${width} px)`);
      await screenshot(page, `combobox-open-${width}`);
      await page.keyboard.press("Escape");
      await page.getByRole("listbox").waitFor({ state: "detached" });
      expect(await provider.inputValue()).toBe(providerName);

      // Typing part of a name opens the list with the matching options only.
      const part = providerName.slice(0, 4);
      await provider.fill(part);
      await page.getByRole("listbox").waitFor({ state: "attached" });
      const shown = await page.getByRole("option").allTextContents();
      expect(shown.length).toBeGreaterThan(0);
      for (const name of shown) expect(name.toLocaleLowerCase("de")).toContain(part.toLocaleLowerCase("de"));
      await screenshot(page, `combobox-typed-${width}`);
      await page.keyboard.press("Escape");
      await page.getByRole("listbox").waitFor({ state: "detached" });

      // The button beside the field opens the full list as well; the arrow keys and Enter choose
      // another provider, which the field then shows.
      await page.locator(".ui-field").filter({ has: provider }).getByRole("button", { name: "Vorschläge zeigen" }).click();
      await page.getByRole("listbox").waitFor({ state: "attached" });
      const options = await page.getByRole("option").allTextContents();
      // The option next to the stored one, reached with the arrow keys from there.
      const stored = options.indexOf(providerName);
      const [other, key] = stored + 1 < options.length ? [options[stored + 1]!, "ArrowDown"] : [options[stored - 1]!, "ArrowUp"];
      await expectAccessible(page, `Angebot: Anbieter-Liste über den Knopf offen (${width} px)`);
      const focusedOption = async () => ((await page.locator("[role=option][data-focused]").count()) > 0 ? page.locator("[role=option][data-focused]").textContent() : null);
      for (let step = 0; step <= options.length; step++) {
        const focused = await focusedOption();
        if (focused === other) break;
        await provider.press(key);
        // Each key moves the focus once the list has rendered it; wait for that before the next.
        await expect.poll(focusedOption).not.toBe(focused);
      }
      await provider.press("Enter");
      await page.getByRole("listbox").waitFor({ state: "detached" });
      expect(await provider.inputValue()).toBe(other);
      await expectAccessible(page, `Angebot: Anbieter gewählt (${width} px)`);
    }, 180_000);
  }

  it("opens the full list by touch on a phone and takes the option tapped (390 px)", async () => {
    const context = await session.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: "de-DE", timezoneId: "Europe/Berlin", extraHTTPHeaders: { "X-Forwarded-For": "10.78.0.1" } });
    const page = await context.newPage();
    await signInAs(page, session.platform.url, "coordinator");
    await page.goto(`${session.platform.url}/admin/angebote?q=${encodeURIComponent("Elterncafé Dülmen")}`);
    await page.getByRole("link", { name: /Elterncafé Dülmen/ }).first().tap();
    await page.getByRole("heading", { level: 1, name: "Angebot bearbeiten" }).waitFor();
    const provider = page.getByRole("combobox", { name: "Anbieter" });
    await expect.poll(() => provider.inputValue(), { timeout: 15_000 }).not.toBe("");
    const providerName = await provider.inputValue();

    const button = page.locator(".ui-field").filter({ has: provider }).getByRole("button", { name: "Vorschläge zeigen" });
    await button.scrollIntoViewIfNeeded();
    await button.tap();
    await page.getByRole("listbox").waitFor({ state: "attached" });
    await page.waitForTimeout(500);
    expect(await page.getByRole("listbox").count()).toBe(1);
    await expectAccessible(page, "Angebot: Anbieter-Liste per Berührung offen (390 px)");
    await screenshot(page, "combobox-touch-open-390");

    const other = page.getByRole("option").filter({ hasNotText: providerName }).nth(1);
    const otherName = (await other.textContent())!;
    await other.scrollIntoViewIfNeeded();
    await other.tap();
    await page.getByRole("listbox").waitFor({ state: "detached" });
    expect(await provider.inputValue()).toBe(otherName);
    await context.close();
  }, 180_000);
});
