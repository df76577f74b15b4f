import type { Page } from "playwright-core";

/**
 * Opens a portal page and waits until it is hydrated: only then does choosing a filter or typing
 * search in place. On a busy machine hydration can finish well after the load event.
 */
export async function gotoEnhanced(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}
