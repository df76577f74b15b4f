import { launchBrowser, screenshot } from "./browser.js";
import { type Platform, startPlatform } from "./platform.js";
import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll } from "vitest";

/**
 * One platform server and one Chromium per test file (call at the top of a describe block); after a failed test, a screenshot of every
 * open page goes to test-results/.
 */
export function useBrowserSession(options: { env?: Record<string, string> } = {}) {
  const session = {} as { platform: Platform; browser: Browser };
  beforeAll(async () => {
    session.platform = await startPlatform(options);
    session.browser = await launchBrowser();
  });
  afterEach(async (context) => {
    if (context.task.result?.state !== "fail") return;
    for (const [index, page] of session.browser.contexts().flatMap((browserContext) => browserContext.pages()).entries()) {
      await screenshot(page, `${context.task.name}-${index}`).catch(() => undefined);
    }
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.platform?.stop();
  });
  return session;
}
