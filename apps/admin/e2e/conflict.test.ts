import path from "node:path";
import { expectAccessible, newContext, SCREENSHOT_DIR, screenshot, signInAs, useBrowserSession } from "@praeventionskette/browser";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

// Two people edit one offer at once: the second save does not overwrite the first. The second
// person learns who saved when, compares their entries with the saved version field by field,
// and loads the saved version.

async function openOffer(page: Page, baseUrl: string, words: string): Promise<string> {
  await page.goto(`${baseUrl}/admin/angebote?q=${encodeURIComponent(words)}`);
  await page.getByRole("link", { name: new RegExp(words) }).first().click();
  await page.getByRole("heading", { level: 1, name: "Angebot bearbeiten" }).waitFor();
  return page.url();
}

describe("an offer edited in two browser sessions at once", () => {
  const session = useBrowserSession();

  for (const width of [1280, 390]) {
    it(`shows the second editor who saved when, compares field by field and reloads the saved version (${width} px)`, async () => {
      const words = width === 1280 ? "Elterncafé Dülmen" : "Paulusschule";
      const first = await (await newContext(session.browser)).newPage();
      const second = await (await newContext(session.browser, { width })).newPage();
      await signInAs(first, session.platform.url, "townEditor");
      await signInAs(second, session.platform.url, "coordinator");
      const offerUrl = await openOffer(first, session.platform.url, words);
      await second.goto(offerUrl);
      await second.getByRole("heading", { level: 1, name: "Angebot bearbeiten" }).waitFor();
      const shortTitleBefore = await second.getByLabel("Kurztitel", { exact: true }).inputValue();

      // The first saves a new description …
      const description = `Neu beschrieben (${width}): jeden Dienstag mit Hebamme.`;
      await first.getByLabel("Beschreibung für Familien").fill(description);
      await first.getByRole("button", { name: "Speichern" }).click();
      await first.getByText("Gespeichert").first().waitFor();

      // … while the second, still on the old version, changes the short title.
      await second.getByLabel("Kurztitel", { exact: true }).fill(`Kurz ${width}`);
      await second.getByRole("button", { name: "Speichern" }).click();
      const dialog = second.getByRole("alertdialog", { name: "Jemand anderes hat dieses Angebot inzwischen geändert" });
      await dialog.waitFor();
      await dialog.getByText(/^Demo Redaktion Dülmen hat das Angebot am \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} gespeichert\./).waitFor();
      const comparison = dialog.getByRole("table");
      expect(await comparison.getByRole("columnheader").allTextContents()).toEqual(["Feld", "Ihre Eingabe", "Gespeicherte Fassung"]);
      await comparison.getByRole("row", { name: `Kurztitel Kurz ${width} ${shortTitleBefore}`.trim() }).waitFor();
      const descriptionRow = comparison.getByRole("row", { name: /^Beschreibung für Familien/ });
      expect(await descriptionRow.getByRole("cell").nth(1).textContent()).toBe(description);
      await expectAccessible(second, `Konfliktdialog (${width} px)`);
      await screenshot(second, `conflict-dialog-${width}`);
      // The dialog as the person sees it, without the long form behind it.
      await second.screenshot({ path: path.join(SCREENSHOT_DIR, `conflict-dialog-${width}-viewport.png`) });

      await dialog.getByRole("button", { name: "Neue Fassung laden" }).click();
      await dialog.waitFor({ state: "detached" });
      expect(await second.getByLabel("Beschreibung für Familien").inputValue()).toBe(description);
      expect(await second.getByLabel("Kurztitel", { exact: true }).inputValue()).toBe(shortTitleBefore);

      // The loaded version is the saved one: a save from it now goes through.
      await second.getByLabel("Kurztitel", { exact: true }).fill(`Kurz ${width}`);
      await second.getByRole("button", { name: "Speichern" }).click();
      await second.getByText("Gespeichert").first().waitFor();
      await first.reload();
      await first.getByRole("heading", { level: 1, name: "Angebot bearbeiten" }).waitFor();
      expect(await first.getByLabel("Kurztitel", { exact: true }).inputValue()).toBe(`Kurz ${width}`);
      expect(await first.getByLabel("Beschreibung für Familien").inputValue()).toBe(description);
    }, 240_000);
  }
});
