import type { Page } from "playwright-core";

/**
 * Waits until the portal page is hydrated: only then does choosing a filter or typing search in
 * place. On a busy machine hydration can finish well after the load event.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

/** Opens a portal page and waits until it is hydrated. */
export async function gotoEnhanced(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForHydration(page);
}
