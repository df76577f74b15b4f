import { defineConfig } from "vitest/config";

// Browser tests start a server and Chromium each; on two cores they run one file at a time.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "e2e/**/*.test.ts"],
    globalSetup: ["./e2e/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // In CI a failed test runs once more, and the flaky reporter names each that passed only then.
    retry: process.env.CI ? 1 : 0,
    reporters: ["default", "@praeventionskette/browser/flaky-reporter"],
  },
});
