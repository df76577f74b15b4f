// One browser-test harness for the three apps (see README, "Browser tests").
export { type DemoRole, DEMO_PASSWORD, demoAccounts, signInAs } from "./accounts.js";
export { expectAccessible, launchBrowser, newContext, SCREENSHOT_DIR, screenshot } from "./browser.js";
export { freePort, type Platform, prepareDemoTemplate, startPlatform } from "./platform.js";
export { useBrowserSession } from "./session.js";
